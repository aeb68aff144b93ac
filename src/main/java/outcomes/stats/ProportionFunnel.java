package outcomes.stats;

import java.util.List;

/** Control limits for a proportion funnel (Fingertips' funnel-plot method). */
final class ProportionFunnel {
  /** One-sided probability of the 95% (2s) limits. */
  static final double TWO_SIGMA = 0.975;

  /** One-sided probability of the 99.8% (3s) limits. */
  static final double THREE_SIGMA = 0.999;

  private ProportionFunnel() {}

  static double average(List<NumeratorAndDenominator> areas) {
    if (areas.isEmpty()) {
      throw new IllegalArgumentException("a funnel needs at least one area");
    }
    double numerators = areas.stream().mapToDouble(NumeratorAndDenominator::numerator).sum();
    double denominators = areas.stream().mapToDouble(NumeratorAndDenominator::denominator).sum();
    return numerators / denominators;
  }

  /**
   * The limit at a population for the average proportion, times the multiplier, kept between 0 and
   * the multiplier. Fingertips clips to [0, 100] whatever the multiplier; that is the same for
   * percentages, and for proportions (multiplier 1) a limit above 1 means nothing.
   */
  static double limit(
      double probability, double population, double average, boolean upper, double multiplier) {
    double z = Distributions.normalQuantile(probability);
    double z2 = z * z;
    double a = average * (population / z2 + 1);
    double c = 1 / z2 + 1 / population;
    double inner = population * (average * (population / z2 + 2) - 1) + z2 * (average - 1);
    double delta = Math.sqrt(64 * a * a - 64 * c * average * inner);
    double root = upper ? a + delta / 8 : a - delta / 8;
    double limit = root / c / population * multiplier;
    return Math.max(0, Math.min(multiplier, limit));
  }
}
