package outcomes.report;

import outcomes.model.Comparison;

/**
 * The report's colours as RGB hex, shared by the workbook and the charts. Comparisons take the
 * Fingertips colours as the fingertipscharts R package copies them (better green, similar amber,
 * worse red, lower dark and higher light blue for indicators with no judgement); series take the
 * GOV.UK Analysis Function's accessible palette.
 */
public final class Colours {
  public static final String BETTER = "92D050";
  public static final String SIMILAR = "FFC000";
  public static final String WORSE = "C00000";
  public static final String HIGHER = "BED2FF";
  public static final String LOWER = "5555E6";
  public static final String NOT_COMPARED = "C9C9C9";
  public static final String HEADER = "12436D";
  public static final String WHITE = "FFFFFF";
  public static final String BLACK = "0B0C0C";

  /** Analysis Function categorical palette, in its order of use. */
  public static final String[] SERIES = {
    "12436D", "28A197", "801650", "F46A25", "3D3D3D", "A285D1"
  };

  /** Quintiles from lowest to highest, in Fingertips' blue-purple ramp. */
  private static final String[] QUINTILES = {"DED3EC", "BEA7DA", "9E7CC8", "7E50B6", "5E25A4"};

  private Colours() {}

  public static String of(Comparison c) {
    return switch (c) {
      case BETTER -> BETTER;
      case SIMILAR -> SIMILAR;
      case WORSE -> WORSE;
      case HIGHER -> HIGHER;
      case LOWER -> LOWER;
      case NOT_COMPARED -> NOT_COMPARED;
      case LOWEST_QUINTILE, LOW_QUINTILE, MIDDLE_QUINTILE, HIGH_QUINTILE, HIGHEST_QUINTILE ->
          QUINTILES[c.ordinal() - Comparison.LOWEST_QUINTILE.ordinal()];
    };
  }

  /** White or near-black, whichever reads better on the fill. */
  public static String textOn(String fill) {
    byte[] b = bytes(fill);
    double luminance = 0.299 * (b[0] & 0xFF) + 0.587 * (b[1] & 0xFF) + 0.114 * (b[2] & 0xFF);
    return luminance < 140 ? WHITE : BLACK;
  }

  public static byte[] bytes(String rgb) {
    int v = Integer.parseInt(rgb, 16);
    return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
  }
}
