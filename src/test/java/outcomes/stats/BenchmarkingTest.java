package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import outcomes.model.Comparison;
import outcomes.model.ComparisonMethod;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.model.Polarity;

/** The Fingertips comparator methods of methods.md §2, one table row per case. */
class BenchmarkingTest {
  private static final Observation ENGLAND =
      Observations.of(
          "E92000001",
          "2020",
          80.0,
          new Interval(79.9, 80.1),
          new Interval(79.8, 80.2),
          OptionalDouble.empty(),
          OptionalDouble.empty());

  @ParameterizedTest(name = "{0} [{1}, {2}] vs 80, {3} → {4}")
  @CsvSource({
    // value, lower95, upper95, polarity, expected
    "81, 80.5, 81.5, high-is-good, Better",
    "81, 80.5, 81.5, low-is-good, Worse",
    "81, 80.5, 81.5, no-judgement, Higher",
    "79, 78.5, 79.5, high-is-good, Worse",
    "79, 78.5, 79.5, low-is-good, Better",
    "79, 78.5, 79.5, no-judgement, Lower",
    "81, 79.5, 82.5, high-is-good, Similar",
    // The benchmark on a limit is inside the interval.
    "81, 80.0, 82.0, high-is-good, Similar",
    "79, 78.0, 80.0, low-is-good, Similar",
  })
  void ciOverlapJudgesTheBenchmarkValueAgainstTheAreasInterval(
      double value, double lower, double upper, String polarity, String expected) {
    Observation area = Observations.of("2020", value, lower, upper);
    Judgement j =
        Benchmarking.compare(area, ENGLAND, Polarity.parse(polarity), ComparisonMethod.CI_OVERLAP);
    assertEquals(expected, j.label());
  }

  @ParameterizedTest(name = "[{1}, {2}] 99.8 [{3}, {4}] → {5}")
  @CsvSource({
    "85, 84, 86, 83, 87, Better 99.8",
    "81, 80.5, 81.5, 79.5, 82.5, Better 95",
    "81, 79.5, 82.5, 79, 83, Similar",
    "75, 74, 76, 73, 77, Worse 99.8",
    "79, 78.5, 79.5, 77.5, 80.5, Worse 95",
  })
  void twoLevelNamesTheLevelAtWhichTheDifferenceHolds(
      double value, double l95, double u95, double l998, double u998, String expected) {
    Observation area =
        Observations.of(
            "E09000033",
            "2020",
            value,
            new Interval(l95, u95),
            new Interval(l998, u998),
            OptionalDouble.empty(),
            OptionalDouble.empty());
    assertEquals(
        expected,
        Benchmarking.compare(area, ENGLAND, Polarity.HIGH_IS_GOOD, ComparisonMethod.TWO_LEVEL)
            .label());
  }

  @ParameterizedTest(name = "[{0}, {1}] vs England [79.9, 80.1] → {2}")
  @CsvSource({
    "80.05, 81, Similar", // intervals overlap although England's value is outside the area's
    "80.2, 81, Higher",
    "78, 79.8, Lower",
  })
  void doubleOverlapAsksWhetherTheTwoIntervalsOverlap(double lower, double upper, String expected) {
    Observation area = Observations.of("2020", (lower + upper) / 2, lower, upper);
    assertEquals(
        expected,
        Benchmarking.compare(area, ENGLAND, Polarity.NO_JUDGEMENT, ComparisonMethod.DOUBLE_OVERLAP)
            .label());
  }

  @ParameterizedTest(name = "{0}/{1} against 20% → {2}")
  @CsvSource({
    // 95% control limits around E = 200 of 1,000 are about 17.6% and 22.6%.
    "200, 1000, Similar",
    "230, 1000, Worse",
    "170, 1000, Better",
    "225, 1000, Similar",
  })
  void spcForProportionsUsesControlLimitsAroundTheBenchmarkProportion(
      double count, double denominator, String expected) {
    Observation england = Observations.withCounts("2020", 20_000, 100_000);
    Observation area = Observations.withCounts("2020", count, denominator);
    assertEquals(
        expected,
        Benchmarking.compare(area, england, Polarity.LOW_IS_GOOD, ComparisonMethod.SPC_PROPORTION)
            .label());
  }

  @Test
  void aFigureWithoutValueOrLimitsIsNotCompared() {
    Observation noLimits =
        Observations.of(
            "E09000033", "2020", 90, null, null, OptionalDouble.empty(), OptionalDouble.empty());
    Observation noValue =
        Observations.of(
            "E09000033",
            "2020",
            Double.NaN,
            null,
            null,
            OptionalDouble.empty(),
            OptionalDouble.empty());
    for (ComparisonMethod m :
        List.of(
            ComparisonMethod.CI_OVERLAP,
            ComparisonMethod.TWO_LEVEL,
            ComparisonMethod.DOUBLE_OVERLAP,
            ComparisonMethod.SPC_PROPORTION,
            ComparisonMethod.NONE)) {
      assertEquals(
          Comparison.NOT_COMPARED,
          Benchmarking.compare(noLimits, ENGLAND, Polarity.HIGH_IS_GOOD, m).comparison(),
          m.label());
      assertEquals(
          Comparison.NOT_COMPARED,
          Benchmarking.compare(noValue, ENGLAND, Polarity.HIGH_IS_GOOD, m).comparison(),
          m.label());
    }
  }

  @Test
  void quintilesRankAllAreasAtOnce() {
    List<Observation> areas = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      areas.add(Observations.of("2020", i, i - 0.5, i + 0.5));
    }
    List<Judgement> q = Benchmarking.quintiles(areas);
    assertEquals("Lowest quintile", q.get(0).label());
    assertEquals("Lowest quintile", q.get(1).label());
    assertEquals("Middle quintile", q.get(4).label());
    assertEquals("Highest quintile", q.get(9).label());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Benchmarking.compare(
                areas.get(0), ENGLAND, Polarity.HIGH_IS_GOOD, ComparisonMethod.QUINTILES));
  }

  @Test
  void fewerThanFiveAreasGetNoQuintile() {
    List<Observation> areas =
        List.of(Observations.of("2020", 1, 0, 2), Observations.of("2020", 2, 1, 3));
    assertEquals(
        List.of(Judgement.NOT_COMPARED, Judgement.NOT_COMPARED), Benchmarking.quintiles(areas));
  }

  @Test
  void methodsParseByNameOrFingertipsNumber() {
    assertEquals(ComparisonMethod.TWO_LEVEL, ComparisonMethod.parse("17"));
    assertEquals(ComparisonMethod.SPC_PROPORTION, ComparisonMethod.parse("SPC-Proportion"));
    assertThrows(IllegalArgumentException.class, () -> ComparisonMethod.parse("t-test"));
  }
}
