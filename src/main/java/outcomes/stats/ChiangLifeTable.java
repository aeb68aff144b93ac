package outcomes.stats;

/**
 * Chiang's abridged life table (method II) with Silcocks' variance, over the 20 standard bands. The
 * caller has checked the bands: 20 of them, in order, deaths and populations valid.
 */
final class ChiangLifeTable {
  private static final double RADIX = 100_000;

  /** Life expectancy at the start of each band; infinite when the 90+ band has no deaths. */
  final double[] expectancy;

  /** The standard error of each expectancy. */
  final double[] standardError;

  ChiangLifeTable(double[] populations, double[] deaths) {
    int bands = populations.length;
    int last = bands - 1;
    double[] rate = new double[bands];
    double[] width = new double[bands];
    double[] fraction = new double[bands];
    for (int i = 0; i < bands; i++) {
      rate[i] = deaths[i] / populations[i];
      // the open band's width is the mean survival time there: 1/M, doubled as Chiang does
      width[i] =
          i == last
              ? 2 / rate[i]
              : LifeExpectancy.START_AGES.get(i + 1) - LifeExpectancy.START_AGES.get(i);
      // deaths in the first year cluster early in it
      fraction[i] = i == 0 ? 0.1 : 0.5;
    }
    double[] q = new double[bands];
    double[] alive = new double[bands];
    alive[0] = RADIX;
    for (int i = 0; i < last; i++) {
      q[i] = deathProbability(rate[i], width[i], fraction[i], deaths[i], populations[i]);
      alive[i + 1] = alive[i] * (1 - q[i]);
    }
    q[last] = 1;
    double[] dying = new double[bands];
    double[] yearsLived = new double[bands];
    for (int i = 0; i < last; i++) {
      dying[i] = alive[i] - alive[i + 1];
      yearsLived[i] = width[i] * (alive[i + 1] + fraction[i] * dying[i]);
    }
    dying[last] = alive[last];
    yearsLived[last] = alive[last] / rate[last];

    expectancy = new double[bands];
    double yearsAhead = 0;
    for (int i = last; i >= 0; i--) {
      yearsAhead += yearsLived[i];
      expectancy[i] = alive[i] == 0 ? 0 : yearsAhead / alive[i];
    }
    standardError = silcocks(q, alive, dying, width, fraction, deaths, rate);
  }

  private static double deathProbability(
      double rate, double width, double fraction, double deaths, double population) {
    // more deaths than the band could hold under the fraction assumption: everyone dies in it
    if (deaths > population / width / fraction) {
      return 1;
    }
    return rate * width / (1 + rate * width * (1 - fraction));
  }

  private double[] silcocks(
      double[] q,
      double[] alive,
      double[] dying,
      double[] width,
      double[] fraction,
      double[] deaths,
      double[] rate) {
    int last = q.length - 1;
    double[] weighted = new double[q.length];
    for (int i = 0; i < last; i++) {
      double s = dying[i] == 0 ? 0 : q[i] * q[i] * (1 - q[i]) / deaths[i];
      double span = (1 - fraction[i]) * width[i] + expectancy[i + 1];
      weighted[i] = s * alive[i] * alive[i] * span * span;
    }
    double sLast = 4 / (deaths[last] * rate[last] * rate[last]);
    weighted[last] = (alive[last] / 2) * (alive[last] / 2) * sLast;

    double[] se = new double[q.length];
    double sum = 0;
    for (int i = last; i >= 0; i--) {
      sum += weighted[i];
      se[i] = Math.sqrt(sum) / alive[i];
    }
    return se;
  }
}
