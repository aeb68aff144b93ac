package outcomes.stats;

/**
 * The confidence-interval primitives of PHEindicatormethods: Wilson for proportions, and Byar's and
 * exact Poisson limits for counts.
 */
public final class ConfidenceLimits {

  /** Below this many events the exact Poisson limits are used for counts; from it, Byar's. */
  public static final int EXACT_BELOW = 10;

  private ConfidenceLimits() {}

  /**
   * Wilson score limits for the proportion x/n, between 0 and 1.
   *
   * @throws IllegalArgumentException unless 0 ≤ x ≤ n and n &gt; 0
   */
  public static Limits wilson(double x, double n, double confidence) {
    Arguments.requireProportion(x, n);
    double c = ConfidenceLevels.normalise(confidence);
    if (c == 1) {
      return Limits.of(c, 0, 1);
    }
    double z = Distributions.z(c);
    double z2 = z * z;
    double spread = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
    double scale = 2 * (n + z2);
    return Limits.computed(c, (2 * x + z2 - spread) / scale, (2 * x + z2 + spread) / scale);
  }

  /**
   * Byar's approximate Poisson limits for a count. The lower limit is absent where the formula goes
   * negative (small counts at high confidence, and zero).
   */
  public static Limits byars(double count, double confidence) {
    Arguments.requireCount(count, "count");
    double c = ConfidenceLevels.normalise(confidence);
    double z = Distributions.z(c);
    double lower = count * Math.pow(1 - 1 / (9 * count) - z / (3 * Math.sqrt(count)), 3);
    double next = count + 1;
    double upper = next * Math.pow(1 - 1 / (9 * next) + z / (3 * Math.sqrt(next)), 3);
    return Limits.computed(c, lower >= 0 ? lower : Double.NaN, upper);
  }

  /** Exact Poisson limits for a count, from chi-squared quantiles; the lower limit of 0 is 0. */
  public static Limits exactPoisson(double count, double confidence) {
    Arguments.requireCount(count, "count");
    double c = ConfidenceLevels.normalise(confidence);
    double tail = (1 - c) / 2;
    double lower = count == 0 ? 0 : Distributions.chiSquaredQuantile(tail, 2 * count) / 2;
    double upper = Distributions.chiSquaredQuantile(c + tail, 2 * count + 2) / 2;
    return Limits.computed(c, lower, upper);
  }

  /** Limits for a count as PHE uses them: exact below 10 events, Byar's from 10. */
  public static Limits poisson(double count, double confidence) {
    return count < EXACT_BELOW ? exactPoisson(count, confidence) : byars(count, confidence);
  }

  /** The name of the method {@link #poisson} uses for this count: "Exact" or "Byars". */
  public static String poissonMethod(double count) {
    return count < EXACT_BELOW ? "Exact" : "Byars";
  }
}
