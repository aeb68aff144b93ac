package outcomes.report.chart;

import java.awt.Color;
import java.util.Locale;

/**
 * How an area compares with its benchmark, coloured as OHID Fingertips colours it (the colours of
 * the fingertipscharts R package): better green #92D050, similar amber #FFC000, worse red #C00000;
 * for indicators without a judgement of better or worse, lower dark blue #5555E6 and higher light
 * blue #BED2FF; not compared light grey #C9C9C9. Markers carry a dark outline, since amber, light
 * blue and grey alone are too pale against white, and a shape of their own, so that colour is not
 * the only cue.
 */
public enum Comparison {
  BETTER("Better", new Color(0x92D050)),
  SIMILAR("Similar", new Color(0xFFC000)),
  WORSE("Worse", new Color(0xC00000)),
  LOWER("Lower", new Color(0x5555E6)),
  HIGHER("Higher", new Color(0xBED2FF)),
  NOT_COMPARED("Not compared", new Color(0xC9C9C9));

  private final String label;
  private final Color colour;

  Comparison(String label, Color colour) {
    this.label = label;
    this.colour = colour;
  }

  public String label() {
    return label;
  }

  /** The fill colour, Fingertips' own. */
  public Color colour() {
    return colour;
  }

  /**
   * Reads the words Fingertips writes in its "Compared to England value or percentiles" columns:
   * Better, Similar (or Same), Worse, Higher, Lower; anything else, such as an empty cell, "Not
   * compared" or a quintile, is NOT_COMPARED.
   */
  public static Comparison fromFingertips(String label) {
    String t = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
    if (t.startsWith("better")) {
      return BETTER;
    }
    if (t.startsWith("similar") || t.startsWith("same")) {
      return SIMILAR;
    }
    if (t.startsWith("worse")) {
      return WORSE;
    }
    if (t.startsWith("higher")) {
      return HIGHER;
    }
    if (t.startsWith("lower")) {
      return LOWER;
    }
    return NOT_COMPARED;
  }
}
