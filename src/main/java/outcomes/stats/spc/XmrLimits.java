package outcomes.stats.spc;

import java.util.List;

/**
 * The process limits of an XmR chart, as NHS England's "Making Data Count" draws them: the mean of
 * the points, the average moving range (the mean of |x(i) − x(i−1)|), and limits at the mean ± 2.66
 * average moving ranges (2.66 = 3 / 1.128, three standard deviations estimated from the moving
 * range). The inner limits at two-thirds of that distance mark where a point is close to a process
 * limit (beyond two standard deviations), for the two-of-three rule.
 *
 * <p>The Making Data Count tools keep every moving range. Screening, which {@link #screened} does
 * as NHSRplotthedots does by default, drops the moving ranges above 3.267 average moving ranges
 * (the upper range limit) and averages the rest once, so one wild point does not widen the limits.
 */
public record XmrLimits(double mean, double averageMovingRange, double lower, double upper) {
  /** 3 / d2, d2 = 1.128 for moving ranges of two points. */
  public static final double SIGMAS = 2.66;

  /** The upper range limit of a moving range chart, D4 = 3.267, in average moving ranges. */
  static final double RANGE_LIMIT = 3.267;

  /** The limits from all the points, every moving range kept, as the Making Data Count tools do. */
  public static XmrLimits of(List<Double> values) {
    return of(values, false);
  }

  /** The limits with moving ranges above the upper range limit left out of their average. */
  public static XmrLimits screened(List<Double> values) {
    return of(values, true);
  }

  private static XmrLimits of(List<Double> values, boolean screen) {
    if (values.size() < 2) {
      throw new IllegalArgumentException(
          "process limits need two points or more, not " + values.size());
    }
    double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double[] ranges = new double[values.size() - 1];
    for (int i = 1; i < values.size(); i++) {
      ranges[i - 1] = Math.abs(values.get(i) - values.get(i - 1));
    }
    double amr = average(ranges, Double.POSITIVE_INFINITY);
    if (screen) {
      amr = average(ranges, RANGE_LIMIT * amr);
    }
    return new XmrLimits(mean, amr, mean - SIGMAS * amr, mean + SIGMAS * amr);
  }

  /** The mean of the ranges below {@code below}. */
  private static double average(double[] ranges, double below) {
    double sum = 0;
    int n = 0;
    for (double r : ranges) {
      if (r < below) {
        sum += r;
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /** Below this a point inside the limits is close to the lower one (two-thirds of the way). */
  public double nearLower() {
    return mean - 2.0 / 3.0 * SIGMAS * averageMovingRange;
  }

  /** Above this a point inside the limits is close to the upper one. */
  public double nearUpper() {
    return mean + 2.0 / 3.0 * SIGMAS * averageMovingRange;
  }
}
