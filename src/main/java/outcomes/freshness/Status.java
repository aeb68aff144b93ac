package outcomes.freshness;

/** How up to date an indicator's data are, as CI reports it. */
public enum Status {
  /** The next release is not expected yet. */
  FRESH("fresh"),
  /** The next release is expected about now, or its grace period has not run out. */
  DUE("due"),
  /** The next release is overdue by more than the indicator's grace period. */
  STALE("stale"),
  /** There is no real period to judge from. */
  UNKNOWN("unknown");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  /** The lower-case word every output format uses. */
  public String label() {
    return label;
  }
}
