package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import outcomes.model.Age;
import outcomes.model.Area;
import outcomes.model.Cadence;
import outcomes.model.Category;
import outcomes.model.ColumnMapping;
import outcomes.model.DataFile;
import outcomes.model.Goal;
import outcomes.model.GoalStatus;
import outcomes.model.Indicator;
import outcomes.model.Interval;
import outcomes.model.Location;
import outcomes.model.Observation;
import outcomes.model.Origin;
import outcomes.model.Polarity;
import outcomes.model.Provenance;
import outcomes.model.Sex;
import outcomes.model.Source;
import outcomes.model.TimePeriod;
import outcomes.model.Unit;
import outcomes.model.ValueType;

/**
 * One area's progress: which figures are compared (the baseline's, and the latest for a period as
 * long), and each reason a change cannot be judged: no baseline, no figure for it, none after it, a
 * change of publication; with the gaps to benchmarks, the goal and the labels.
 */
class ProgressTest {
  private static final Area WESTMINSTER = new Area("E09000033", "Westminster", "", "");
  private static final Area ENGLAND = new Area("E92000001", "England", "", "");
  private static final Optional<Goal> NO_GOAL = Optional.empty();

  @Test
  void comparesTheBaselineWithTheLatestPeriodAsLong() {
    List<Observation> headline =
        List.of(
            fig(WESTMINSTER, "2016 - 18", 80),
            fig(WESTMINSTER, "2018 - 20", 81),
            fig(WESTMINSTER, "2021 - 23", 82),
            fig(WESTMINSTER, "2020 - 24", 90),
            fig(ENGLAND, "2018 - 20", 79),
            fig(ENGLAND, "2021 - 23", 79));

    Progress p =
        Progress.of(
            indicator(NO_GOAL),
            Sex.PERSONS,
            WESTMINSTER,
            declared("2018 - 20"),
            headline,
            List.of(ENGLAND));

    assertEquals("2018 - 20", p.baselineFigure().orElseThrow().period().label());
    assertEquals(
        "2021 - 23",
        p.latest().orElseThrow().period().label(),
        "a five-year figure is not compared");
    assertEquals(1, p.change().difference().getAsDouble(), 1e-12);
    assertEquals(1, p.benchmarkGaps().size());
    assertEquals(1, p.benchmarkGaps().get(0).change().getAsDouble(), 1e-12);
    assertTrue(p.real());
  }

  @Test
  void withoutABaselineTheBasisIsTheReason() {
    Baseline none =
        new Baseline(
            Optional.empty(),
            "no baseline: the indicator file declares none and"
                + " framework.yaml has no baseline-date");

    Progress p =
        Progress.of(
            indicator(NO_GOAL),
            Sex.PERSONS,
            WESTMINSTER,
            none,
            List.of(fig(WESTMINSTER, "2021", 5)),
            List.of());

    assertEquals(ChangeVerdict.CANNOT_BE_JUDGED, p.change().verdict());
    assertEquals(none.basis(), p.change().reason());
    assertEquals(
        "2021", p.latest().orElseThrow().period().label(), "the latest figure is still shown");
  }

  @Test
  void aBaselinePeriodTheDataLack() {
    Progress p =
        Progress.of(
            indicator(NO_GOAL),
            Sex.PERSONS,
            WESTMINSTER,
            declared("2022"),
            List.of(fig(WESTMINSTER, "2017", 81.6), fig(WESTMINSTER, "2018", 78.2)),
            List.of(ENGLAND));

    assertEquals(ChangeVerdict.CANNOT_BE_JUDGED, p.change().verdict());
    assertEquals(
        "no figure for Westminster for the baseline period 2022 (the data hold 2017 to 2018)",
        p.change().reason());
    assertEquals(List.of(), p.benchmarkGaps(), "no gap is judged without both periods");
  }

  @Test
  void noFigureAfterTheBaseline() {
    Progress p =
        Progress.of(
            indicator(NO_GOAL),
            Sex.PERSONS,
            WESTMINSTER,
            declared("2021"),
            List.of(fig(WESTMINSTER, "2021", 6.9)),
            List.of());

    assertEquals(
        "no figure for Westminster after the baseline period 2021 for a period as long as it (the data"
            + " hold 2021 only)",
        p.change().reason());
  }

  @Test
  void figuresFromDifferentPublicationsAreAChangeOfDefinition() {
    List<Observation> headline =
        List.of(
            fig(WESTMINSTER, "2021", 5, "a.csv", Origin.REAL),
            fig(WESTMINSTER, "2023", 6, "b.csv", Origin.REAL));

    Progress p =
        Progress.of(
            indicator(NO_GOAL), Sex.PERSONS, WESTMINSTER, declared("2021"), headline, List.of());

    assertEquals(ChangeVerdict.CANNOT_BE_JUDGED, p.change().verdict());
    assertEquals(
        "the baseline figure (Publisher A) and the latest (Publisher B) are from different"
            + " publications, whose definitions may differ",
        p.change().reason());
  }

  @Test
  void anIllustrativeSeriesIsJudgedAndLabelled() {
    List<Observation> headline =
        List.of(
            fig(WESTMINSTER, "2021", 5, "fake.csv", Origin.ILLUSTRATIVE),
            fig(WESTMINSTER, "2023", 9, "fake.csv", Origin.ILLUSTRATIVE));

    Progress p =
        Progress.of(
            indicator(NO_GOAL), Sex.PERSONS, WESTMINSTER, declared("2021"), headline, List.of());

    assertEquals(ChangeVerdict.WORSENED, p.change().verdict());
    assertFalse(p.real());
  }

  @Test
  void theGoalJudgesTheLatestFigure() {
    Goal goal = new Goal(new Goal.Limit(5.5), false, OptionalInt.empty(), "A board");
    List<Observation> headline = List.of(fig(WESTMINSTER, "2021", 5), fig(WESTMINSTER, "2023", 6));

    Progress p =
        Progress.of(
            indicator(Optional.of(goal)),
            Sex.PERSONS,
            WESTMINSTER,
            declared("2021"),
            headline,
            List.of());

    assertEquals(
        GoalStatus.RED, p.goal().orElseThrow().status(), "6 is above 5.5 where low is good");
    assertEquals(Optional.empty(), p.chart());
    assertTrue(p.chartReason().contains("15 points or more"), p.chartReason());
  }

  @Test
  void aMonthlySeriesLongEnoughGetsAProcessControlChart() {
    List<Observation> headline = new ArrayList<>();
    for (int m = 0; m < 18; m++) {
      String month =
          String.format(java.util.Locale.ROOT, "%04d-%02d-01/P1M", 2023 + m / 12, m % 12 + 1);
      headline.add(fig(WESTMINSTER, month, m == 17 ? 30 : 10 + m % 2));
    }

    Progress p =
        Progress.of(
            indicator(NO_GOAL),
            Sex.PERSONS,
            WESTMINSTER,
            declared("Jan 2023"),
            headline,
            List.of());

    assertTrue(p.chart().isPresent(), p.chartReason());
    assertEquals(
        outcomes.stats.spc.Variation.CONCERN_HIGH,
        p.chart().get().variation(),
        "a last point far above the limits, where low is good");
  }

  private static Baseline declared(String period) {
    return new Baseline(Optional.of(TimePeriod.parse(period)), "declared");
  }

  private static Observation fig(Area area, String period, double v) {
    return fig(area, period, v, "a.csv", Origin.REAL);
  }

  private static Observation fig(Area area, String period, double v, String file, Origin origin) {
    return new Observation(
        "x",
        area,
        Sex.PERSONS,
        Age.ALL,
        Category.NONE,
        TimePeriod.parse(period),
        OptionalDouble.of(v),
        Optional.of(new Interval(v - 0.5, v + 0.5)),
        Optional.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        "",
        null,
        new Provenance(file, 2, origin));
  }

  private static Indicator indicator(Optional<Goal> goal) {
    List<DataFile> files =
        List.of(
            file("a.csv", "Publisher A", Origin.REAL),
            file("b.csv", "Publisher B", Origin.REAL),
            file("fake.csv", "", Origin.ILLUSTRATIVE));
    return new Indicator(
        "x",
        "An indicator",
        "",
        new Source("Its source", "", OptionalInt.empty(), ""),
        ValueType.PROPORTION,
        new Unit("%", 1),
        Polarity.LOW_IS_GOOD,
        1,
        1,
        List.of(),
        new Cadence(12, 4, 90),
        files,
        "",
        Location.of("x.yaml"),
        Optional.empty(),
        goal,
        outcomes.model.ComparisonMethod.CI_OVERLAP);
  }

  private static DataFile file(String path, String source, Origin origin) {
    return new DataFile(path, origin, source, ColumnMapping.fingertips(), Location.of("x.yaml"));
  }
}
