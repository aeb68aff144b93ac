package outcomes.stats;

import outcomes.stats.Conformance.Row;

/** The confidence levels a conformance row was made at. */
final class Levels {
  private Levels() {}

  /**
   * R was asked for 95% only in the grouped cases, which leave the 99.8% columns empty; every other
   * row has both levels.
   */
  static ConfidenceLevels asRequestedIn(Row row) {
    return row.text("case").startsWith("grouped")
        ? ConfidenceLevels.NINETY_FIVE
        : ConfidenceLevels.STANDARD;
  }
}
