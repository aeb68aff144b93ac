package outcomes.stats;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Monte Carlo limits for the SII and RII: each quantile's value is redrawn from a normal
 * distribution on its type's scale, the line refitted, and the indices read off the sorted draws.
 */
final class SiiSimulation {
  private final double[] sii;
  private final double[] rii;

  /**
   * @param centres each quantile's value on the type's scale
   * @param errors each quantile's standard error on that scale
   * @param pointFit the line fitted to the values themselves
   */
  SiiSimulation(
      RankFit fit, double[] centres, double[] errors, RankFit.Line pointFit, SiiOptions options) {
    int repetitions = options.repetitions();
    sii = new double[repetitions];
    rii = new double[repetitions];
    SplittableRandom random = new SplittableRandom(options.seed());
    double[] y = new double[centres.length];
    // transformed fits keep the fitted midpoint and take only the slope from each draw
    double midpoint = pointFit.intercept() + pointFit.slope() / 2;
    SiiValueType type = options.valueType();
    for (int r = 0; r < repetitions; r++) {
      for (int k = 0; k < y.length; k++) {
        double draw = centres[k] + errors[k] * random.nextGaussian();
        y[k] = options.transform() ? draw : type.fromScale(draw);
      }
      RankFit.Line line = fit.fit(y);
      if (options.transform()) {
        line = new RankFit.Line(midpoint - line.slope() / 2, line.slope());
      }
      sii[r] = options.siiOf(line);
      rii[r] = options.riiOf(line);
    }
    Arrays.sort(sii);
    Arrays.sort(rii);
  }

  List<Limits> siiLimits(ConfidenceLevels levels) {
    return levels.fractions().stream().map(c -> limits(sii, c)).toList();
  }

  List<Limits> riiLimits(ConfidenceLevels levels) {
    return levels.fractions().stream().map(c -> limits(rii, c)).toList();
  }

  /** The draws at 1-based positions round(R(1 − c′)) and round(R·c′), c′ = c + (1 − c)/2. */
  private static Limits limits(double[] sorted, double confidence) {
    double upperTail = confidence + (1 - confidence) / 2;
    int n = sorted.length;
    int lower = (int) Math.rint(n * (1 - upperTail));
    int upper = (int) Math.rint(n * upperTail);
    return Limits.computed(confidence, sorted[clamp(lower, n) - 1], sorted[clamp(upper, n) - 1]);
  }

  private static int clamp(int position, int n) {
    return Math.max(1, Math.min(n, position));
  }
}
