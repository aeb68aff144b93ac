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
  LOW_QUINTILE("2nd lowest quintile"),
  MIDDLE_QUINTILE("Middle quintile"),
  HIGH_QUINTILE("2nd highest quintile"),
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
    return switch (polarity) {
      case HIGH_IS_GOOD -> direction > 0 ? BETTER : WORSE;
      case LOW_IS_GOOD -> direction > 0 ? WORSE : BETTER;
      case NO_JUDGEMENT -> direction > 0 ? HIGHER : LOWER;
    };
  }

  /**
   * Reads the words Fingertips writes in its "Compared to …" columns: Better, Similar (or Same),
   * Worse, Higher, Lower, a quintile ("Lowest quintile" … "Highest quintile"; "Low quintile" and
   * "High quintile" as this tool once wrote them), each possibly with a level ("Better 95");
   * anything else, such as an empty cell, is NOT_COMPARED. The polarity-aware quintiles ("Best
   * quintile") need the polarity: see {@link #fromLabel(String, Polarity)}.
   */
  public static Comparison fromLabel(String label) {
    return fromLabel(label, Polarity.NO_JUDGEMENT);
  }

  /**
   * As {@link #fromLabel(String)}, reading also the quintiles Fingertips names by polarity: "Best
   * quintile" is the lowest values where low is good, "2nd worst quintile" the 2nd highest.
   */
  public static Comparison fromLabel(String label, Polarity polarity) {
    String t =
        label == null
            ? ""
            : label
                .strip()
                .replaceFirst("\\s+(95|99\\.8)%?$", "")
                .toLowerCase(java.util.Locale.ROOT);
    switch (t) {
      case "same":
        return SIMILAR;
      case "low quintile":
        return LOW_QUINTILE;
      case "high quintile":
        return HIGH_QUINTILE;
      default:
        break;
    }
    for (Comparison c : values()) {
      if (c.label.equalsIgnoreCase(t)) {
        return c;
      }
    }
    String[] byPolarity = {
      "best quintile",
      "2nd best quintile",
      "middle quintile",
      "2nd worst quintile",
      "worst quintile"
    };
    for (int rank = 0; rank < 5; rank++) {
      if (byPolarity[rank].equals(t) && polarity != Polarity.NO_JUDGEMENT) {
        // rank 0 is the best: the highest values where high is good, the lowest where low is
        return quintile(polarity == Polarity.HIGH_IS_GOOD ? 5 - rank : rank + 1);
      }
    }
    return NOT_COMPARED;
  }

  public boolean isQuintile() {
    return ordinal() >= LOWEST_QUINTILE.ordinal() && ordinal() <= HIGHEST_QUINTILE.ordinal();
  }

  /** The quintile label for a rank 1 (lowest values) to 5 (highest values). */
  public static Comparison quintile(int rank) {
    if (rank < 1 || rank > 5) {
      throw new IllegalArgumentException("a quintile is 1 to 5, not " + rank);
    }
    return values()[LOWEST_QUINTILE.ordinal() + rank - 1];
  }
}
