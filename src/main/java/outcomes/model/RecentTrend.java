package outcomes.model;

/** Fingertips' recent-trend judgement over the five latest points, with its exact labels. */
public enum RecentTrend {
  INCREASING_AND_GETTING_BETTER("Increasing and getting better"),
  INCREASING_AND_GETTING_WORSE("Increasing and getting worse"),
  DECREASING_AND_GETTING_BETTER("Decreasing and getting better"),
  DECREASING_AND_GETTING_WORSE("Decreasing and getting worse"),
  INCREASING("Increasing"),
  DECREASING("Decreasing"),
  NO_SIGNIFICANT_CHANGE("No significant change"),
  CANNOT_BE_CALCULATED("Cannot be calculated");

  private final String label;

  RecentTrend(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The label for a significant rise (direction > 0) or fall, read through the polarity. */
  public static RecentTrend of(int direction, Polarity polarity) {
    boolean up = direction > 0;
    return switch (polarity) {
      case HIGH_IS_GOOD -> up ? INCREASING_AND_GETTING_BETTER : DECREASING_AND_GETTING_WORSE;
      case LOW_IS_GOOD -> up ? INCREASING_AND_GETTING_WORSE : DECREASING_AND_GETTING_BETTER;
      case NO_JUDGEMENT -> up ? INCREASING : DECREASING;
    };
  }
}
