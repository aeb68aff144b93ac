package outcomes.stats;

/**
 * Weighted least squares of values on the midpoint rank of each quantile: y = β₀ + β₁·b, with
 * weights a = population share. The design is fixed, so each Monte Carlo draw refits with two
 * weighted sums.
 */
final class RankFit {
  private final double[] share;
  private final double[] rank;
  private final double sumShare;
  private final double sumShareRank;
  private final double sumShareRank2;
  private final double determinant;

  /** The fitted line: β₀ at rank 0 (the start of the ordering), β₀ + β₁ at rank 1. */
  record Line(double intercept, double slope) {}

  /** Quantile populations, in quantile order. */
  RankFit(double[] populations) {
    double total = 0;
    for (double p : populations) {
      total += p;
    }
    share = new double[populations.length];
    rank = new double[populations.length];
    double before = 0;
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    for (int k = 0; k < populations.length; k++) {
      share[k] = populations[k] / total;
      rank[k] = before + share[k] / 2;
      before += share[k];
      s0 += share[k];
      s1 += share[k] * rank[k];
      s2 += share[k] * rank[k] * rank[k];
    }
    sumShare = s0;
    sumShareRank = s1;
    sumShareRank2 = s2;
    determinant = s0 * s2 - s1 * s1;
  }

  Line fit(double[] y) {
    double sy = 0;
    double sby = 0;
    for (int k = 0; k < y.length; k++) {
      sy += share[k] * y[k];
      sby += share[k] * rank[k] * y[k];
    }
    double intercept = (sumShareRank2 * sy - sumShareRank * sby) / determinant;
    double slope = (sumShare * sby - sumShareRank * sy) / determinant;
    return new Line(intercept, slope);
  }
}
