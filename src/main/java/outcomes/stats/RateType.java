package outcomes.stats;

/** The kind of rate in a rate funnel. */
public enum RateType {
  /** Events over population. */
  CRUDE("crude"),
  /** A directly standardised rate; under 10 events it is not charted or compared. */
  DSR("dsr");

  private final String label;

  RateType(String label) {
    this.label = label;
  }

  /** "crude" or "dsr", as in the funnel's statistic. */
  public String label() {
    return label;
  }
}
