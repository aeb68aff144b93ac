package outcomes.model;

/**
 * The one exception root for problems a user can act on. The kind decides the exit code; the
 * message says what is wrong and what to do, and the location says where.
 */
public final class OutcomesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What sort of failure this is; the command line maps each to a documented exit code. */
  public enum Kind {
    USAGE,
    BAD_INPUT,
    MISSING_INPUT,
    CANNOT_WRITE,
    CHECK_FAILED,
    /** A remote service failed, timed out or sent an incomplete answer, even after retries. */
    UNAVAILABLE
  }

  private final Kind kind;
  private final Location location;

  public OutcomesException(Kind kind, Location location, String message) {
    this(kind, location, message, null);
  }

  public OutcomesException(Kind kind, Location location, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.location = location;
  }

  public static OutcomesException badInput(Location where, String message) {
    return new OutcomesException(Kind.BAD_INPUT, where, message);
  }

  public static OutcomesException missingInput(Location where, String message) {
    return new OutcomesException(Kind.MISSING_INPUT, where, message);
  }

  public static OutcomesException cannotWrite(Location where, String message, Throwable cause) {
    return new OutcomesException(Kind.CANNOT_WRITE, where, message, cause);
  }

  public static OutcomesException unavailable(Location where, String message, Throwable cause) {
    return new OutcomesException(Kind.UNAVAILABLE, where, message, cause);
  }

  public Kind kind() {
    return kind;
  }

  public Location location() {
    return location;
  }

  /** The one line a user sees: "FILE:LINE:COLUMN: message". */
  public String describe() {
    return location == null ? getMessage() : location + ": " + getMessage();
  }
}
