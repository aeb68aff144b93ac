package outcomes.stats;

/**
 * The Poisson funnel: the expected count λ at which an observed count sits exactly on a control
 * limit, found by bisection as the Fingertips funnel-plot macro does.
 *
 * <p>The macro sums the Poisson probabilities term by term and stops once the terms fall below
 * 1e-10 of the running total. That truncation moves the probabilities by about 1e-10, enough to
 * turn an occasional late bisection step, so an exact CDF misses some published limits by a few
 * parts in 10⁷. The same summation is used here so that tables match Fingertips.
 */
final class PoissonFunnel {
  private static final double SMALLEST_STEP = 1e-7;
  private static final double TRUNCATION = 1e-10;
  private static final double RESCALE_ABOVE = 1e30;

  private PoissonFunnel() {}

  /**
   * The λ for which P(X ≥ O | λ) = p (the low side: the smallest plausible λ) or P(X ≤ O | λ) = p
   * (the high side). The search runs over v in (0, 1), λ = (1 + O)·v / (1 − v).
   */
  static double expected(double observed, double probability, boolean highSide) {
    int o = (int) observed;
    if (o != observed || o < 0) {
      throw new IllegalArgumentException(
          "observed events " + Arguments.plain(observed) + " must be a whole number, zero or more");
    }
    double v = 0.5;
    double step = 0.5;
    while (step > SMALLEST_STEP) {
      step /= 2;
      double lambda = lambda(o, v);
      boolean tooHigh =
          highSide
              ? share(lambda, 0, o) < probability
              : share(lambda, o, Integer.MAX_VALUE) > probability;
      v += tooHigh ? -step : step;
    }
    return lambda(o, v);
  }

  private static double lambda(int observed, double v) {
    return (1 + observed) * v / (1 - v);
  }

  /**
   * The share of the Poisson(λ) probability on the counts from..to, from the terms λᵏ/k! scaled so
   * that the first is 1, summed until k is past λ and a term is under 1e-10 of the total.
   */
  static double share(double lambda, int from, int to) {
    double term = 1;
    double total = 0;
    double inside = 0;
    for (int k = 0; k <= lambda || term > total * TRUNCATION; k++) {
      total += term;
      if (k >= from && k <= to) {
        inside += term;
      }
      if (total > RESCALE_ABOVE) {
        // keep the running sums finite for large λ; only their ratio matters
        total /= RESCALE_ABOVE;
        inside /= RESCALE_ABOVE;
        term /= RESCALE_ABOVE;
      }
      term *= lambda / (k + 1);
    }
    return inside / total;
  }
}
