package outcomes.stats;

/**
 * How to calculate a slope index of inequality.
 *
 * @param valueType what the values are, which sets their scale
 * @param transform fit the regression on the type's scale (log or logit) and transform back; needs
 *     95% limits on every quantile rather than standard errors
 * @param multiplier scales the SII (such as 100 for a percentage); a negative multiplier also
 *     inverts the RII, for indicators where a low value is good
 * @param levels the confidence levels for the simulated limits
 * @param repetitions Monte Carlo draws, at least 1000 ({@link #DEFAULT_REPETITIONS} as in R)
 * @param seed the random seed, so that a run can be repeated exactly
 */
public record SiiOptions(
    SiiValueType valueType,
    boolean transform,
    double multiplier,
    ConfidenceLevels levels,
    int repetitions,
    long seed) {

  public static final int DEFAULT_REPETITIONS = 100_000;
  public static final int MINIMUM_REPETITIONS = 1000;

  /**
   * Ten million repetitions take about a minute; more only holds a job up (two billion ran out of
   * memory).
   */
  public static final int MAXIMUM_REPETITIONS = 10_000_000;

  public SiiOptions {
    if (valueType == null || levels == null) {
      throw new IllegalArgumentException("value type and confidence levels are required");
    }
    if (multiplier == 0 || !Double.isFinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be a non-zero number");
    }
    if (repetitions < MINIMUM_REPETITIONS || repetitions > MAXIMUM_REPETITIONS) {
      throw new IllegalArgumentException(
          "repetitions "
              + repetitions
              + " must be from "
              + MINIMUM_REPETITIONS
              + " to "
              + MAXIMUM_REPETITIONS);
    }
    if (transform && valueType == SiiValueType.NORMAL) {
      throw new IllegalArgumentException("transform needs a rate or proportion value type");
    }
  }

  /** The SII for a fitted line: the top end minus the bottom end, on the value scale. */
  double siiOf(RankFit.Line line) {
    if (!transform) {
      return line.slope() * multiplier;
    }
    return (top(line) - bottom(line)) * multiplier;
  }

  /** The RII for a fitted line: top end over bottom end, inverted if the multiplier is negative. */
  double riiOf(RankFit.Line line) {
    double rii = top(line) / bottom(line);
    return multiplier < 0 ? 1 / rii : rii;
  }

  /** The modelled value at the start of the ordering, on the value scale. */
  double bottom(RankFit.Line line) {
    return transform ? valueType.fromScale(line.intercept()) : line.intercept();
  }

  private double top(RankFit.Line line) {
    double end = line.intercept() + line.slope();
    return transform ? valueType.fromScale(end) : end;
  }

  /** PHEindicatormethods' defaults: no transform, multiplier 1, 95%, 100000 repetitions. */
  public static SiiOptions defaults(SiiValueType valueType, long seed) {
    return new SiiOptions(
        valueType, false, 1, ConfidenceLevels.NINETY_FIVE, DEFAULT_REPETITIONS, seed);
  }
}
