package outcomes.stats;

import java.util.List;
import java.util.OptionalDouble;

/** {@code calculate_ISRatio} and {@code calculate_ISRate}: indirect standardisation. */
public final class IndirectlyStandardised {
  private IndirectlyStandardised() {}

  /**
   * The ratio O/E times the reference value (1, or 100 for an SMR-style ratio), with exact (O &lt;
   * 10) or Byar's limits on O divided by E. O is the sum of the band counts.
   */
  public static Isr ratio(List<IsrBand> bands, double referenceValue, ConfidenceLevels levels) {
    return ratio(observed(bands), bands, referenceValue, levels);
  }

  /** As {@link #ratio(List, double, ConfidenceLevels)}, with O supplied as a total. */
  public static Isr ratio(
      double observed, List<IsrBand> bands, double referenceValue, ConfidenceLevels levels) {
    Arguments.requirePositive(referenceValue, "reference value");
    double expected = expected(bands);
    Estimate estimate =
        scaled(
            observed,
            referenceValue / expected,
            levels,
            "indirectly standardised ratio x " + Arguments.plain(referenceValue));
    return new Isr(observed, expected, OptionalDouble.empty(), estimate);
  }

  /**
   * The rate O/E times the reference rate (Σ reference count / Σ reference population times the
   * multiplier, such as 100000), with limits as for the ratio.
   */
  public static Isr rate(List<IsrBand> bands, double multiplier, ConfidenceLevels levels) {
    return rate(observed(bands), bands, multiplier, levels);
  }

  /** As {@link #rate(List, double, ConfidenceLevels)}, with O supplied as a total. */
  public static Isr rate(
      double observed, List<IsrBand> bands, double multiplier, ConfidenceLevels levels) {
    Arguments.requireMultiplier(multiplier);
    double expected = expected(bands);
    double referenceRate = referenceRate(bands) * multiplier;
    Estimate estimate =
        scaled(
            observed,
            referenceRate / expected,
            levels,
            "indirectly standardised rate per " + Arguments.plain(multiplier));
    return new Isr(observed, expected, OptionalDouble.of(referenceRate), estimate);
  }

  private static Estimate scaled(
      double observed, double scale, ConfidenceLevels levels, String statistic) {
    Arguments.requireCount(observed, "observed count");
    List<Limits> intervals =
        levels.fractions().stream()
            .map(c -> ConfidenceLimits.poisson(observed, c).scaled(scale))
            .toList();
    return new Estimate(
        Estimate.finite(observed * scale),
        intervals,
        statistic,
        ConfidenceLimits.poissonMethod(observed),
        "");
  }

  private static double observed(List<IsrBand> bands) {
    return requireBands(bands).stream().mapToDouble(IsrBand::count).sum();
  }

  /** E = Σ (reference count / reference population) · population. */
  private static double expected(List<IsrBand> bands) {
    double expected = 0;
    for (IsrBand band : requireBands(bands)) {
      expected += band.referenceCount() / band.referencePopulation() * band.population();
    }
    Arguments.requirePositive(expected, "expected count");
    return expected;
  }

  private static double referenceRate(List<IsrBand> bands) {
    double count = bands.stream().mapToDouble(IsrBand::referenceCount).sum();
    double population = bands.stream().mapToDouble(IsrBand::referencePopulation).sum();
    return count / population;
  }

  private static List<IsrBand> requireBands(List<IsrBand> bands) {
    if (bands == null || bands.isEmpty()) {
      throw new IllegalArgumentException("an indirectly standardised statistic needs bands");
    }
    return bands;
  }
}
