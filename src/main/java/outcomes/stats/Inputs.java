package outcomes.stats;

/** Checks shared by the methods, so that every one rejects bad input with the same words. */
final class Inputs {
  private Inputs() {}

  static void requireCount(double count, String what) {
    if (!(count >= 0) || Double.isInfinite(count)) {
      throw new IllegalArgumentException(what + " " + plain(count) + " must be zero or more");
    }
  }

  static void requirePositive(double x, String what) {
    if (!(x > 0) || Double.isInfinite(x)) {
      throw new IllegalArgumentException(what + " " + plain(x) + " must be greater than zero");
    }
  }

  static void requireFinite(double x, String what) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException(what + " must be a finite number, not " + x);
    }
  }

  static void requireProportion(double numerator, double denominator) {
    requireCount(numerator, "numerator");
    requirePositive(denominator, "denominator");
    if (numerator > denominator) {
      throw new IllegalArgumentException(
          "numerator " + plain(numerator) + " is greater than denominator " + plain(denominator));
    }
  }

  static void requireMultiplier(double multiplier) {
    requirePositive(multiplier, "multiplier");
  }

  /** A number as a person would write it in a message: 12, not 12.0. */
  static String plain(double x) {
    return Double.isFinite(x) ? Estimate.plain(x) : String.valueOf(x);
  }
}
