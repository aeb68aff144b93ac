package outcomes.model;

/**
 * Whether a problem stops the data being used (an error) or is only said (a warning); or, for a use
 * that does not read the cells a rule is about, that it is not looked for.
 */
public enum Severity {
  ERROR("error"),
  WARNING("warning"),
  NOT_READ("not read");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
