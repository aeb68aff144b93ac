package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import outcomes.model.Comparison;
import outcomes.model.ComparisonMethod;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.model.Polarity;

/** Wards ranked within their borough, each judged against it by the indicator's own method. */
class SpreadTest {
  private static final Observation BOROUGH = area("E09000033", 80.0, 79.5, 80.5);
  // The borough's value lies outside this ward's interval, but the two intervals overlap.
  private static final Observation WARD = area("E05000644", 81.0, 80.2, 81.8);
  private static final Observation LOW_WARD = area("E05000645", 76.0, 75.0, 77.0);

  @Test
  void ranksBestFirstAndJudgesEachWardByTheIndicatorsMethod() {
    Spread byValue =
        Spread.of(
            List.of(LOW_WARD, WARD),
            Optional.of(BOROUGH),
            Polarity.HIGH_IS_GOOD,
            ComparisonMethod.CI_OVERLAP);
    Spread byIntervals =
        Spread.of(
            List.of(LOW_WARD, WARD),
            Optional.of(BOROUGH),
            Polarity.HIGH_IS_GOOD,
            ComparisonMethod.DOUBLE_OVERLAP);

    assertEquals(List.of(WARD, LOW_WARD), byValue.ranked());
    assertEquals(
        List.of(Comparison.BETTER, Comparison.WORSE),
        byValue.judgements().stream().map(Judgement::comparison).toList());
    assertEquals(
        List.of(Comparison.SIMILAR, Comparison.WORSE),
        byIntervals.judgements().stream().map(Judgement::comparison).toList());
  }

  @Test
  void anIndicatorComparedByNoMethodLeavesEveryWardNotCompared() {
    Spread s =
        Spread.of(
            List.of(LOW_WARD, WARD),
            Optional.of(BOROUGH),
            Polarity.HIGH_IS_GOOD,
            ComparisonMethod.NONE);

    assertEquals(
        List.of(Comparison.NOT_COMPARED, Comparison.NOT_COMPARED),
        s.judgements().stream().map(Judgement::comparison).toList());
  }

  private static Observation area(String code, double value, double lower, double upper) {
    return Observations.of(
        code,
        "2020",
        value,
        new Interval(lower, upper),
        new Interval(lower, upper),
        OptionalDouble.empty(),
        OptionalDouble.empty());
  }
}
