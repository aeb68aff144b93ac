package outcomes.stats;

import java.util.List;
import java.util.OptionalDouble;

/** {@code phe_mean}: a mean with Student's t limits. */
public final class Means {
  static final String METHOD = "Student's t-distribution";

  private Means() {}

  /**
   * The mean of the values, with limits mean ± |t|·sd/√n, where sd uses n − 1. With a single value
   * the standard deviation and the limits are absent.
   *
   * @throws IllegalArgumentException if there are no values or one is missing or not finite
   */
  public static Mean of(List<Double> values, ConfidenceLevels levels) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException("a mean needs at least one value");
    }
    double sum = 0;
    for (Double v : values) {
      if (v == null) {
        throw new IllegalArgumentException("a value is missing; drop missing values first");
      }
      Arguments.requireFinite(v, "each value");
      sum += v;
    }
    int n = values.size();
    double mean = sum / n;
    if (n == 1) {
      List<Limits> none = levels.fractions().stream().map(Limits::absent).toList();
      return new Mean(
          sum,
          n,
          OptionalDouble.empty(),
          new Estimate(
              OptionalDouble.of(mean), none, "mean", METHOD, "limits need at least 2 values"));
    }
    double sd = Math.sqrt(sumOfSquares(values, mean) / (n - 1));
    List<Limits> intervals = levels.fractions().stream().map(c -> limits(mean, sd, n, c)).toList();
    Estimate estimate = new Estimate(OptionalDouble.of(mean), intervals, "mean", METHOD, "");
    return new Mean(sum, n, OptionalDouble.of(sd), estimate);
  }

  private static Limits limits(double mean, double sd, int n, double confidence) {
    double halfWidth = Distributions.t(confidence, n - 1) * sd / Math.sqrt(n);
    return Limits.computed(confidence, mean - halfWidth, mean + halfWidth);
  }

  private static double sumOfSquares(List<Double> values, double mean) {
    double total = 0;
    for (double v : values) {
      total += (v - mean) * (v - mean);
    }
    return total;
  }
}
