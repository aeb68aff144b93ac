package outcomes.cli;

import outcomes.model.OutcomesException;

/** The exit codes every command uses, from sysexits.h where one fits. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int CHECK_FAILED = 1;
  public static final int USAGE = 2;
  public static final int BAD_INPUT = 65;
  public static final int MISSING_INPUT = 66;
  public static final int BUG = 70;
  public static final int CANNOT_WRITE = 74;
  public static final int UNAVAILABLE = 75;

  /** The lines `--help` shows under "Exit codes". */
  static final String[] HELP = {
    "0:Success.",
    "1:A check found problems (e.g. stale data).",
    "2:Wrong usage: an unknown option or a missing argument.",
    "65:Bad input data: the message names the file, line and column.",
    "66:An input file or folder is missing or cannot be read.",
    "70:A bug in outcomes: please report it with the output of --debug.",
    "74:An output cannot be written: the message names it and says what to do.",
    "75:A server failed or could not be reached, even after retries: try again later.",
  };

  private ExitCodes() {}

  /** The code for each kind of failure; every kind has one, so a new kind must choose its own. */
  static int of(OutcomesException.Kind kind) {
    switch (kind) {
      case USAGE:
        return USAGE;
      case BAD_INPUT:
        return BAD_INPUT;
      case MISSING_INPUT:
        return MISSING_INPUT;
      case CANNOT_WRITE:
        return CANNOT_WRITE;
      case CHECK_FAILED:
        return CHECK_FAILED;
      case UNAVAILABLE:
        return UNAVAILABLE;
    }
    throw new AssertionError(kind);
  }
}
