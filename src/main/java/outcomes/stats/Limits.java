package outcomes.stats;

import java.util.OptionalDouble;

/**
 * Confidence limits at one level. A limit is absent where the method gives none (for example a
 * Byar's lower limit that would be negative, or a suppressed statistic); it is never NaN.
 *
 * @param confidence the level as a fraction, such as 0.95
 * @param lower the lower limit, if there is one
 * @param upper the upper limit, if there is one
 */
public record Limits(double confidence, OptionalDouble lower, OptionalDouble upper) {

  public Limits {
    confidence = ConfidenceLevels.normalise(confidence);
    Estimate.requireFiniteIfPresent(lower, "lower limit");
    Estimate.requireFiniteIfPresent(upper, "upper limit");
  }

  /** Limits that are both present. */
  public static Limits of(double confidence, double lower, double upper) {
    return new Limits(confidence, OptionalDouble.of(lower), OptionalDouble.of(upper));
  }

  /** Limits from a calculation, where a NaN or infinite result means the limit does not exist. */
  static Limits computed(double confidence, double lower, double upper) {
    return new Limits(confidence, Estimate.finite(lower), Estimate.finite(upper));
  }

  /** Limits that are both absent. */
  public static Limits absent(double confidence) {
    return new Limits(confidence, OptionalDouble.empty(), OptionalDouble.empty());
  }

  /** Both limits multiplied by the same positive factor, as when a count limit becomes a rate. */
  Limits scaled(double factor) {
    return new Limits(confidence, times(lower, factor), times(upper, factor));
  }

  private static OptionalDouble times(OptionalDouble limit, double factor) {
    return limit.isPresent() ? OptionalDouble.of(limit.getAsDouble() * factor) : limit;
  }
}
