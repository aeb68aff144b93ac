package outcomes.stats.spc;

/**
 * The special-cause rules of NHS England's "Making Data Count" (the NHS Improvement guidance
 * "Making data count: strengthening your decisions", 2019, and its Excel tools): any one of them on
 * a point marks special cause variation.
 */
public enum Signal {
  /** A single point above the upper or below the lower process limit. */
  OUTSIDE_LIMITS("a point outside the process limits"),
  /** A run of seven or more points in a row all above, or all below, the mean (a shift). */
  SHIFT("seven or more points in a row on one side of the mean"),
  /**
   * A run of seven or more points in a row each higher, or each lower, than the one before (a
   * trend).
   */
  TREND("seven or more points in a row each higher, or each lower, than the last"),
  /**
   * Two of three points in a row close to a process limit (beyond two-thirds of the way from the
   * mean, not beyond the limit), the three on one side of the mean.
   */
  TWO_OF_THREE("two of three points in a row close to a process limit");

  private final String words;

  Signal(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
