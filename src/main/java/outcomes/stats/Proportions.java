package outcomes.stats;

import java.util.List;
import java.util.OptionalDouble;

/** {@code phe_proportion}: a proportion with Wilson score limits. */
public final class Proportions {
  private Proportions() {}

  /**
   * The proportion x/n times the multiplier (1 for a proportion, 100 for a percentage), with Wilson
   * limits at each level. Grouped data are summed by the caller first.
   *
   * @throws IllegalArgumentException unless 0 ≤ x ≤ n, n &gt; 0 and the multiplier is positive
   */
  public static Estimate of(
      double numerator, double denominator, double multiplier, ConfidenceLevels levels) {
    Arguments.requireProportion(numerator, denominator);
    Arguments.requireMultiplier(multiplier);
    List<Limits> intervals =
        levels.fractions().stream()
            .map(c -> ConfidenceLimits.wilson(numerator, denominator, c).scaled(multiplier))
            .toList();
    return new Estimate(
        OptionalDouble.of(numerator / denominator * multiplier),
        intervals,
        statistic(multiplier),
        "Wilson",
        "");
  }

  /** As {@link #of}, but a missing numerator or denominator gives an absent estimate. */
  public static Estimate of(
      OptionalDouble numerator,
      OptionalDouble denominator,
      double multiplier,
      ConfidenceLevels levels) {
    String missing = MissingInputs.describe(numerator, denominator);
    if (!missing.isEmpty()) {
      Arguments.requireMultiplier(multiplier);
      return Estimate.absent(levels, statistic(multiplier), "Wilson", missing);
    }
    return of(numerator.getAsDouble(), denominator.getAsDouble(), multiplier, levels);
  }

  private static String statistic(double multiplier) {
    if (multiplier == 100) {
      return "percentage";
    }
    return "proportion of " + Arguments.plain(multiplier);
  }
}
