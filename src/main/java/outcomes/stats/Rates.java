package outcomes.stats;

import java.util.List;
import java.util.OptionalDouble;

/** {@code phe_rate}: a crude rate with exact (under 10 events) or Byar's limits. */
public final class Rates {
  private Rates() {}

  /**
   * The rate x/n times the multiplier (such as 100000), with Poisson limits on the count divided by
   * n. The count may exceed the denominator.
   *
   * @throws IllegalArgumentException unless x ≥ 0, n &gt; 0 and the multiplier is positive
   */
  public static Estimate crude(
      double count, double denominator, double multiplier, ConfidenceLevels levels) {
    Arguments.requireCount(count, "numerator");
    Arguments.requirePositive(denominator, "denominator");
    Arguments.requireMultiplier(multiplier);
    double scale = multiplier / denominator;
    List<Limits> intervals =
        levels.fractions().stream()
            .map(c -> ConfidenceLimits.poisson(count, c).scaled(scale))
            .toList();
    return new Estimate(
        OptionalDouble.of(count * scale),
        intervals,
        statistic(multiplier),
        ConfidenceLimits.poissonMethod(count),
        "");
  }

  /**
   * As {@link #crude}, but a missing count or denominator gives an absent estimate. The method
   * label still follows the count when the count is known.
   */
  public static Estimate crude(
      OptionalDouble count,
      OptionalDouble denominator,
      double multiplier,
      ConfidenceLevels levels) {
    String missing = MissingInputs.describe(count, denominator);
    if (!missing.isEmpty()) {
      Arguments.requireMultiplier(multiplier);
      String method = count.isPresent() ? ConfidenceLimits.poissonMethod(count.getAsDouble()) : "";
      return Estimate.absent(levels, statistic(multiplier), method, missing);
    }
    return crude(count.getAsDouble(), denominator.getAsDouble(), multiplier, levels);
  }

  private static String statistic(double multiplier) {
    return "rate per " + Arguments.plain(multiplier);
  }
}
