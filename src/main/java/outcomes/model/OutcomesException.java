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

  /** A wrong option value, found only once the data are read; the option stands as the place. */
  public static OutcomesException usage(String option, String message) {
    return new OutcomesException(Kind.USAGE, Location.of(option), message);
  }

  public static OutcomesException badInput(Location where, String message) {
    return new OutcomesException(Kind.BAD_INPUT, where, message);
  }

  /**
   * The first of several problems as the error, pointing to `outcomes validate` for the rest: a job
   * that needs sound input stops at the first, and the user sees where to look next.
   */
  public static OutcomesException firstOf(java.util.List<Problem> problems) {
    Problem p = problems.get(0);
    String more =
        problems.size() > 1
            ? " (and " + (problems.size() - 1) + " more: run outcomes validate)"
            : "";
    return badInput(p.location(), p.message() + more);
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
