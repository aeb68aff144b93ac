package outcomes.model;

/**
 * One thing wrong with an input, found while checking; reported as "file:line: message", a warning
 * as "file:line: warning: message". Only errors stop a command ({@link DataRule}).
 */
public record Problem(Location location, String message, Severity severity) {
  public Problem(Location location, String message) {
    this(location, message, Severity.ERROR);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return severity == Severity.ERROR
        ? location + ": " + message
        : location + ": warning: " + message;
  }
}
