package outcomes.stats;

/**
 * One area's proportion for a funnel plot.
 *
 * @param numerator cases meeting the condition, from 0 to the denominator
 * @param denominator the population, greater than zero
 */
public record NumeratorAndDenominator(double numerator, double denominator) {
  public NumeratorAndDenominator {
    Arguments.requireProportion(numerator, denominator);
  }
}
