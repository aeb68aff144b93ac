package outcomes.stats;

import java.util.OptionalDouble;

/**
 * One quantile of deprivation (or another ordering) for the slope index of inequality. A group with
 * a missing quantile should not be passed: PHEindicatormethods drops it.
 *
 * @param quantile the quantile's number, 1 being the first in the ordering
 * @param population its population, greater than zero
 * @param value the indicator value
 * @param standardError the value's standard error on the type's scale (log for rates, logit for
 *     proportions); if absent, it is derived from the 95% limits
 * @param lower95 the value's lower 95% limit, if known
 * @param upper95 the value's upper 95% limit, if known
 */
public record SiiQuantile(
    int quantile,
    double population,
    double value,
    OptionalDouble standardError,
    OptionalDouble lower95,
    OptionalDouble upper95) {

  public SiiQuantile {
    Arguments.requirePositive(population, "population of quantile " + quantile);
    Arguments.requireFinite(value, "value of quantile " + quantile);
    Estimate.requireFiniteIfPresent(standardError, "standard error");
    Estimate.requireFiniteIfPresent(lower95, "lower 95% limit");
    Estimate.requireFiniteIfPresent(upper95, "upper 95% limit");
    if (standardError.isPresent() && !(standardError.getAsDouble() >= 0)) {
      throw new IllegalArgumentException(
          "standard error of quantile " + quantile + " must be zero or more");
    }
  }

  /** A quantile with a standard error. */
  public static SiiQuantile withStandardError(
      int quantile, double population, double value, double standardError) {
    return new SiiQuantile(
        quantile,
        population,
        value,
        OptionalDouble.of(standardError),
        OptionalDouble.empty(),
        OptionalDouble.empty());
  }

  /** A quantile with 95% limits. */
  public static SiiQuantile withLimits(
      int quantile, double population, double value, double lower95, double upper95) {
    return new SiiQuantile(
        quantile,
        population,
        value,
        OptionalDouble.empty(),
        OptionalDouble.of(lower95),
        OptionalDouble.of(upper95));
  }

  boolean hasLimits() {
    return lower95.isPresent() && upper95.isPresent();
  }
}
