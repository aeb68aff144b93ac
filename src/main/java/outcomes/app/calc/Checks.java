package outcomes.app.calc;

/** Checks on calc's options, shared by the method records. */
final class Checks {
  private Checks() {}

  static void names(String... columns) {
    for (String c : columns) {
      if (c == null || c.isEmpty()) {
        throw new IllegalArgumentException("a column name is missing");
      }
    }
  }

  static void positive(double x, String option) {
    if (!(x > 0) || Double.isInfinite(x)) {
      throw new IllegalArgumentException(option + " must be a number greater than zero");
    }
  }
}
