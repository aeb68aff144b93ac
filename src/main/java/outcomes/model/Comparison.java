package outcomes.model;

/**
 * How an area's figure stands against a benchmark, in the words and colours of Fingertips: better,
 * similar or worse where the indicator has a polarity; higher or lower where it has none; a
 * quintile for indicators compared by rank; not compared where no judgement can be made.
 */
public enum Comparison {
  BETTER("Better"),
  SIMILAR("Similar"),
  WORSE("Worse"),
  HIGHER("Higher"),
  LOWER("Lower"),
  LOWEST_QUINTILE("Lowest quintile"),
  LOW_QUINTILE("Low quintile"),
  MIDDLE_QUINTILE("Middle quintile"),
  HIGH_QUINTILE("High quintile"),
  HIGHEST_QUINTILE("Highest quintile"),
  NOT_COMPARED("Not compared");

  private final String label;

  Comparison(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The judgement for a figure significantly above, similar to, or below its benchmark. */
  public static Comparison of(int direction, Polarity polarity) {
    if (direction == 0) {
      return SIMILAR;
    }
    switch (polarity) {
      case HIGH_IS_GOOD:
        return direction > 0 ? BETTER : WORSE;
      case LOW_IS_GOOD:
        return direction > 0 ? WORSE : BETTER;
      default:
        return direction > 0 ? HIGHER : LOWER;
    }
  }

  /**
   * Reads the words Fingertips writes in its "Compared to …" columns: Better, Similar (or Same),
   * Worse, Higher, Lower, a quintile, each possibly with a level ("Better 95"); anything else,
   * such as an empty cell, is NOT_COMPARED.
   */
  public static Comparison fromLabel(String label) {
    String t = label == null ? "" : label.strip().replaceFirst("\\s+(95|99\\.8)%?$", "");
    if (t.equalsIgnoreCase("same")) {
      return SIMILAR;
    }
    for (Comparison c : values()) {
      if (c.label.equalsIgnoreCase(t)) {
        return c;
      }
    }
    return NOT_COMPARED;
  }

  /** The quintile label for a rank 1 (lowest values) to 5 (highest values). */
  public static Comparison quintile(int rank) {
    if (rank < 1 || rank > 5) {
      throw new IllegalArgumentException("a quintile is 1 to 5, not " + rank);
    }
    return values()[LOWEST_QUINTILE.ordinal() + rank - 1];
  }
}
