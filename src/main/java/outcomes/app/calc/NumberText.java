package outcomes.app.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How calc writes a number: the shortest decimal of 15 to 17 significant digits that reads back as
 * exactly the same double, in plain notation (no exponent), with no trailing zeros, "." as the
 * decimal point and no grouping: 0.05, 895, 1043.0247991469423, 0.000012.
 *
 * <p>It is worked out from the double's exact binary value with BigDecimal, not from
 * Double.toString, whose digits changed in Java 19; so the same result gives the same bytes on
 * every Java version and in every locale. Spreadsheets read every such cell as a number (Excel
 * keeps 15 significant digits of it).
 */
public final class NumberText {
  private static final MathContext[] PRECISIONS = {
    new MathContext(15, RoundingMode.HALF_EVEN),
    new MathContext(16, RoundingMode.HALF_EVEN),
    new MathContext(17, RoundingMode.HALF_EVEN),
  };

  private NumberText() {}

  /**
   * The number as calc writes it.
   *
   * @throws IllegalArgumentException if the number is NaN or infinite: an absent value is an empty
   *     cell, never a number
   */
  public static String of(double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("not a finite number: " + x);
    }
    if (x == 0) {
      return "0";
    }
    BigDecimal exact = new BigDecimal(x);
    for (MathContext precision : PRECISIONS) {
      BigDecimal rounded = exact.round(precision);
      // 17 significant digits always read back exactly; fewer do for most doubles
      if (rounded.doubleValue() == x || precision == PRECISIONS[PRECISIONS.length - 1]) {
        return rounded.stripTrailingZeros().toPlainString();
      }
    }
    throw new AssertionError("unreachable");
  }
}
