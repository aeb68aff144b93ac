package outcomes.stats;

import java.math.BigDecimal;

/** Checks shared by the methods, so that every one rejects bad input with the same words. */
final class Arguments {
  private Arguments() {}

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

  /** A number as a person (and R's labels) would write it: 12 and 100000, not 12.0 or 1e5. */
  static String plain(double x) {
    return Double.isFinite(x)
        ? BigDecimal.valueOf(x).stripTrailingZeros().toPlainString()
        : String.valueOf(x);
  }
}
