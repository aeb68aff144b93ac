package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import outcomes.model.Observation;
import outcomes.model.Polarity;
import outcomes.model.RecentTrend;
import outcomes.model.ValueType;

/**
 * Fingertips' recent-trend rule (methods.md §2). The χ² thresholds for proportions were checked
 * against the textbook form of the Cochran–Armitage test, T² / Var(T), computed independently in
 * Python: 100, 110, … 140 of 1,000 gives 9.470 (below 9.550, not significant) and 100, 111, … 144
 * gives 11.296 (significant).
 */
class RecentTrendsTest {
  private static List<Observation> rates(double... values) {
    List<Observation> s = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      s.add(
          Observations.of(
              String.valueOf(2016 + i), values[i], values[i] - 0.196, values[i] + 0.196));
    }
    return s;
  }

  private static List<Observation> proportions(int step) {
    List<Observation> s = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      s.add(Observations.withCounts(String.valueOf(2016 + i), 100 + step * i, 1000));
    }
    return s;
  }

  @Test
  void aSteadyRiseIsReadThroughThePolarity() {
    List<Observation> rising = rates(10, 12, 14, 16, 18);
    assertEquals(
        RecentTrend.INCREASING_AND_GETTING_WORSE,
        RecentTrends.assess(rising, ValueType.CRUDE_RATE, Polarity.LOW_IS_GOOD));
    assertEquals(
        RecentTrend.INCREASING_AND_GETTING_BETTER,
        RecentTrends.assess(rising, ValueType.CRUDE_RATE, Polarity.HIGH_IS_GOOD));
    assertEquals(
        RecentTrend.INCREASING,
        RecentTrends.assess(rising, ValueType.CRUDE_RATE, Polarity.NO_JUDGEMENT));
    assertEquals(
        "Decreasing and getting better",
        RecentTrends.assess(
                rates(18, 16, 14, 12, 10),
                ValueType.DIRECTLY_STANDARDISED_RATE,
                Polarity.LOW_IS_GOOD)
            .label());
  }

  @Test
  void onlyTheFiveLatestPointsCount() {
    // An early fall is outside the window; the five latest rise.
    List<Observation> s = rates(30, 10, 12, 14, 16, 18);
    for (int i = 0; i < s.size(); i++) {
      s.set(
          i,
          Observations.of(
              String.valueOf(2015 + i),
              s.get(i).value().getAsDouble(),
              s.get(i).value().getAsDouble() - 0.196,
              s.get(i).value().getAsDouble() + 0.196));
    }
    assertEquals(
        RecentTrend.INCREASING,
        RecentTrends.assess(s, ValueType.CRUDE_RATE, Polarity.NO_JUDGEMENT));
  }

  @Test
  void noiseIsNoSignificantChange() {
    List<Observation> s = new ArrayList<>();
    double[] v = {10, 12, 9, 11, 10};
    for (int i = 0; i < v.length; i++) {
      s.add(Observations.of(String.valueOf(2016 + i), v[i], v[i] - 3, v[i] + 3));
    }
    assertEquals(
        RecentTrend.NO_SIGNIFICANT_CHANGE,
        RecentTrends.assess(s, ValueType.CRUDE_RATE, Polarity.HIGH_IS_GOOD));
  }

  @Test
  void aSlopeThatOnePointMakesIsNotATrend() {
    // χ² is about 2,560, but without the last point the slope falls.
    assertEquals(
        RecentTrend.NO_SIGNIFICANT_CHANGE,
        RecentTrends.assess(
            rates(12, 10, 10, 10, 20), ValueType.CRUDE_RATE, Polarity.HIGH_IS_GOOD));
  }

  @Test
  void proportionsAreTestedOnTheirCountsAtTheCriticalValue() {
    assertEquals(
        RecentTrend.NO_SIGNIFICANT_CHANGE,
        RecentTrends.assess(proportions(10), ValueType.PROPORTION, Polarity.LOW_IS_GOOD));
    assertEquals(
        RecentTrend.INCREASING_AND_GETTING_WORSE,
        RecentTrends.assess(proportions(11), ValueType.PROPORTION, Polarity.LOW_IS_GOOD));
  }

  @Test
  void cannotBeCalculatedWithoutFiveUnbrokenSingleYears() {
    List<Observation> four = rates(10, 12, 14, 16);
    assertEquals(
        RecentTrend.CANNOT_BE_CALCULATED,
        RecentTrends.assess(four, ValueType.CRUDE_RATE, Polarity.HIGH_IS_GOOD));

    List<Observation> gap = rates(10, 12, 14, 16, 18);
    gap.set(4, Observations.of("2021", 18, 17.8, 18.2));
    assertEquals(
        RecentTrend.CANNOT_BE_CALCULATED,
        RecentTrends.assess(gap, ValueType.CRUDE_RATE, Polarity.HIGH_IS_GOOD));

    List<Observation> threeYear = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      threeYear.add(
          Observations.of((2010 + i) + " - " + (12 + i), 10 + 2 * i, 9.8 + 2 * i, 10.2 + 2 * i));
    }
    assertEquals(
        RecentTrend.CANNOT_BE_CALCULATED,
        RecentTrends.assess(threeYear, ValueType.CRUDE_RATE, Polarity.HIGH_IS_GOOD));

    List<Observation> latestMissing = rates(10, 12, 14, 16, 18, 20);
    latestMissing.set(
        5,
        Observations.of(
            "E09000033",
            "2021",
            Double.NaN,
            null,
            null,
            java.util.OptionalDouble.empty(),
            java.util.OptionalDouble.empty()));
    assertEquals(
        RecentTrend.CANNOT_BE_CALCULATED,
        RecentTrends.assess(latestMissing, ValueType.CRUDE_RATE, Polarity.HIGH_IS_GOOD));
  }

  @Test
  void cannotBeCalculatedForTypesTheRuleDoesNotCover() {
    assertEquals(
        RecentTrend.CANNOT_BE_CALCULATED,
        RecentTrends.assess(
            rates(10, 12, 14, 16, 18), ValueType.LIFE_EXPECTANCY, Polarity.HIGH_IS_GOOD));
    assertEquals(
        RecentTrend.INCREASING,
        RecentTrends.assessFromLimits(rates(10, 12, 14, 16, 18), Polarity.NO_JUDGEMENT));
  }

  @Test
  void proportionsNeedCountsBelowTheirDenominators() {
    List<Observation> s = proportions(11);
    s.set(2, Observations.withCounts("2018", 1000, 1000));
    assertEquals(
        RecentTrend.CANNOT_BE_CALCULATED,
        RecentTrends.assess(s, ValueType.PROPORTION, Polarity.LOW_IS_GOOD));
  }
}
