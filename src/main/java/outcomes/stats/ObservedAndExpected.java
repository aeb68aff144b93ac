package outcomes.stats;

/**
 * One area's ratio (such as an indirectly standardised ratio) for a funnel plot.
 *
 * @param observed observed events, zero or more
 * @param expected expected events, greater than zero
 */
public record ObservedAndExpected(double observed, double expected) {
  public ObservedAndExpected {
    Arguments.requireCount(observed, "observed");
    Arguments.requirePositive(expected, "expected");
  }
}
