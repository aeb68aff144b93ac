package outcomes.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** The few quantiles and tail probabilities the PHE methods need. */
final class Distributions {
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private Distributions() {}

  /** The two-sided normal multiplier: z = Φ⁻¹(1 − (1 − c)/2). */
  static double z(double confidence) {
    return normalQuantile(1 - (1 - confidence) / 2);
  }

  static double normalQuantile(double p) {
    return STANDARD_NORMAL.inverseCumulativeProbability(p);
  }

  /** |t| at the two-sided confidence level with the given degrees of freedom. */
  static double t(double confidence, double degreesOfFreedom) {
    return Math.abs(
        TDistribution.of(degreesOfFreedom).inverseCumulativeProbability((1 - confidence) / 2));
  }

  /** The chi-squared quantile at lower-tail probability p. */
  static double chiSquaredQuantile(double p, double degreesOfFreedom) {
    ChiSquaredDistribution chi = ChiSquaredDistribution.of(degreesOfFreedom);
    // the upper tail is inverted from its own side to keep precision near p = 1
    return p > 0.5 ? chi.inverseSurvivalProbability(1 - p) : chi.inverseCumulativeProbability(p);
  }
}
