package outcomes.model;

/** Whether a problem stops the data being used (an error) or is only said (a warning). */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
