package outcomes.model;

/** One thing wrong with an input, found while checking; reported as "file:line: message". */
public record Problem(Location location, String message) {
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
