package outcomes.stats.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import outcomes.model.Observation;

/**
 * The run rules at their boundaries (the cases the NHS-R community's implementation of Making Data
 * Count tests its rules with, restated): six of a kind is not a run and seven is; a repeated value
 * breaks a trend; a point on the mean breaks a shift; and which series can be charted.
 */
class SpecialCauseTest {
  /** Limits far away, so only the run rules can fire; the mean where each test puts it. */
  private static XmrLimits around(double mean) {
    return new XmrLimits(mean, 1, -1e9, 1e9);
  }

  @Test
  void sevenRisingPointsAreATrendAndSixAreNot() {
    assertEquals(
        List.of(), marked(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0), around(3.5), Signal.TREND));
    assertEquals(
        List.of(0, 1, 2, 3, 4, 5, 6),
        marked(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0), around(4), Signal.TREND));
    assertEquals(
        List.of(1, 2, 3, 4, 5, 6, 7),
        marked(List.of(2.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 3.0), around(4), Signal.TREND),
        "every point of the run, and no other");
    assertEquals(
        List.of(0, 1, 2, 3, 4, 5, 6),
        marked(List.of(7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0), around(4), Signal.TREND),
        "falling too");
  }

  @Test
  void aRepeatedValueBreaksATrend() {
    assertEquals(
        List.of(), marked(List.of(1.0, 2.0, 3.0, 3.0, 4.0, 5.0, 6.0), around(3.5), Signal.TREND));
  }

  @Test
  void sevenOnOneSideOfTheMeanAreAShiftAndSixAreNot() {
    assertEquals(
        List.of(), marked(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, -1.0), around(0), Signal.SHIFT));
    assertEquals(
        List.of(0, 1, 2, 3, 4, 5, 6, 7),
        marked(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, -1.0), around(0), Signal.SHIFT));
  }

  @Test
  void aPointOnTheMeanBreaksAShift() {
    assertEquals(
        List.of(),
        marked(List.of(1.0, 1.0, 1.0, 0.0, 1.0, 1.0, 1.0, 1.0), around(0), Signal.SHIFT));
  }

  @Test
  void twoOfThreeNeedsAllThreeOnOneSide() {
    // near limits at ±(2/3)·2.66 = ±1.773 from the mean 0; process limits at ±2.66
    XmrLimits l = new XmrLimits(0, 1, -2.66, 2.66);
    assertEquals(List.of(0, 2), marked(List.of(2.0, 0.5, 2.0), l, Signal.TWO_OF_THREE));
    assertEquals(
        List.of(), marked(List.of(2.0, -0.5, 2.0), l, Signal.TWO_OF_THREE), "one below the mean");
    assertEquals(
        List.of(), marked(List.of(2.0, 0.5, 0.5, 2.0), l, Signal.TWO_OF_THREE), "two of four");
    assertEquals(
        List.of(),
        marked(List.of(3.0, 2.0, 0.5), l, Signal.TWO_OF_THREE),
        "a point beyond the limit is outside, not close");
  }

  @Test
  void onlyARegularMonthlyOrQuarterlySeriesOfFifteenIsCharted() {
    assertTrue(
        ProcessChart.eligibility(series("%04d-%02d-01/P1M", 14, 1))
            .orElseThrow()
            .contains("15 points or more; this one has 14"));
    assertEquals(
        java.util.Optional.empty(), ProcessChart.eligibility(series("%04d-%02d-01/P1M", 15, 1)));
    assertEquals(
        java.util.Optional.empty(), ProcessChart.eligibility(series("%04d-%02d-01/P3M", 15, 3)));
    assertTrue(
        ProcessChart.eligibility(series("%04d-%02d-01/P12M", 15, 12))
            .orElseThrow()
            .contains("needs monthly or quarterly figures"));
    List<Observation> gap = new ArrayList<>(series("%04d-%02d-01/P1M", 16, 1));
    gap.remove(7);
    assertTrue(ProcessChart.eligibility(gap).orElseThrow().contains("the series jumps from"));
  }

  private static List<Observation> series(String pattern, int n, int step) {
    List<Observation> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int m = i * step;
      out.add(
          new Observation(
              "x",
              new outcomes.model.Area("E09000033", "", "", ""),
              outcomes.model.Sex.PERSONS,
              outcomes.model.Age.ALL,
              outcomes.model.Category.NONE,
              outcomes.model.TimePeriod.parse(
                  String.format(java.util.Locale.ROOT, pattern, 2020 + m / 12, m % 12 + 1)),
              java.util.OptionalDouble.of(i),
              java.util.Optional.empty(),
              java.util.Optional.empty(),
              java.util.OptionalDouble.empty(),
              java.util.OptionalDouble.empty(),
              "",
              null,
              new outcomes.model.Provenance("t.csv", 1, outcomes.model.Origin.REAL)));
    }
    return out;
  }

  private static List<Integer> marked(List<Double> values, XmrLimits limits, Signal signal) {
    List<Set<Signal>> s = SpecialCause.signals(values, limits);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      if (s.get(i).contains(signal)) {
        out.add(i);
      }
    }
    return out;
  }
}
