package outcomes.report.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import outcomes.model.Rounding;

/**
 * Round class breaks for a sequential map, as R's pretty() chooses them: the smallest step of 1, 2,
 * 2.5 or 5 times a power of ten (never finer than the figures' decimals) that covers the figures in
 * at most six classes, starting and ending on a multiple of the step. Worked in decimals, so a
 * break is 0.3 and never 0.30000000000000004.
 */
final class ClassBreaks {
  static final int MAX_CLASSES = 6;
  private static final String[] MULTIPLES = {"1", "2", "2.5", "5"};

  private ClassBreaks() {}

  /** The breaks over these figures, rising, one more than the classes. */
  static List<Double> pretty(List<Double> values, int decimals) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("class breaks need at least one figure");
    }
    BigDecimal lo = null;
    BigDecimal hi = null;
    for (double v : values) {
      BigDecimal b =
          BigDecimal.valueOf(Rounding.rounded(v, decimals))
              .setScale(decimals, RoundingMode.HALF_UP);
      lo = lo == null || b.compareTo(lo) < 0 ? b : lo;
      hi = hi == null || b.compareTo(hi) > 0 ? b : hi;
    }
    BigDecimal finest = BigDecimal.ONE.movePointLeft(decimals);
    int power =
        Math.max(
            -decimals,
            (int)
                Math.floor(
                    Math.log10(Math.max(hi.subtract(lo).doubleValue() / 5, finest.doubleValue()))));
    for (int p = power; ; p++) {
      for (String m : MULTIPLES) {
        BigDecimal step = new BigDecimal(m).scaleByPowerOfTen(p);
        if (step.compareTo(finest) < 0 || step.remainder(finest).signum() != 0) {
          continue;
        }
        BigDecimal start = lo.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal end = hi.divide(step, 0, RoundingMode.CEILING).multiply(step);
        if (end.compareTo(start) == 0) {
          end = start.add(step);
        }
        int classes = end.subtract(start).divide(step, 0, RoundingMode.UNNECESSARY).intValueExact();
        if (classes <= MAX_CLASSES) {
          List<Double> breaks = new ArrayList<>();
          for (int k = 0; k <= classes; k++) {
            breaks.add(start.add(step.multiply(BigDecimal.valueOf(k))).doubleValue());
          }
          return breaks;
        }
      }
    }
  }
}
