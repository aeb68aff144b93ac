package outcomes.stats;

/**
 * The 100 points along a funnel's x axis, spread geometrically from a rounded-down minimum to a
 * rounded-up maximum of the areas' denominators, as Fingertips draws them.
 */
final class FunnelAxis {
  static final int POINTS = 100;

  private FunnelAxis() {}

  /** The axis start: 0 when the data span more than a factor of 2, else 95% of the minimum. */
  static double start(double min, double max) {
    return max > 2 * min ? 0 : roundDown95(min);
  }

  /** The axis end: 105% of the maximum, rounded up at the second significant digit. */
  static double end(double max) {
    double x = 1.05 * max;
    double unit = Math.pow(10, digits(Math.ceil(x)) - 2);
    return Math.ceil(x / unit) * unit;
  }

  private static double roundDown95(double min) {
    double x = 0.95 * min;
    double unit = Math.pow(10, digits(Math.floor(x)) - 1);
    return Math.floor(x / unit) * unit;
  }

  private static int digits(double wholeNumber) {
    return Long.toString((long) wholeNumber).length();
  }

  /**
   * 100 whole-number points from max(1, start) to about end, each at least one above the last.
   * Ratio funnels offset the exponent by one, which stops them short of the end.
   */
  static double[] points(double start, double end, boolean ratio) {
    double[] x = new double[POINTS];
    x[0] = Math.max(1, start);
    for (int j = 2; j <= POINTS; j++) {
      int offset = ratio ? j - 1 : j;
      double previous = x[j - 2];
      double next = Math.rint(Math.pow(end / previous, 1.0 / (POINTS + 1 - offset)) * previous);
      x[j - 1] = Math.max(next, previous + 1);
    }
    return x;
  }
}
