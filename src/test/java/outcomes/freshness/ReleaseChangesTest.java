package outcomes.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import outcomes.model.Age;
import outcomes.model.Area;
import outcomes.model.Category;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.model.Origin;
import outcomes.model.Provenance;
import outcomes.model.Sex;
import outcomes.model.TimePeriod;

/**
 * What `outcomes update` says a new release changes: new periods, figures revised beyond rounding
 * (never a change of precision alone), areas added or gone, or no change.
 */
class ReleaseChangesTest {
  private static Observation o(String code, String period, double value, Double lower) {
    return new Observation(
        "x",
        new Area(code, code.equals("E09000033") ? "Westminster" : "Camden", "UA", ""),
        Sex.PERSONS,
        Age.ALL,
        Category.NONE,
        TimePeriod.parse(period),
        OptionalDouble.of(value),
        lower == null ? Optional.empty() : Optional.of(new Interval(lower, value + 1)),
        Optional.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        "",
        Observation.Labels.NONE,
        new Provenance("f.csv", 2, Origin.REAL));
  }

  @Test
  void aFirstExtractSaysItsPeriods() {
    ReleaseChanges c =
        ReleaseChanges.between(
            null, List.of(o("E09000033", "2016", 40, 39.0), o("E09000033", "2015", 41, 40.0)));
    assertEquals("first extract: 2 periods, 2015 to 2016", c.summary());
  }

  @Test
  void aNewPeriodARevisionAndAnAreaAddedAreEachSaid() {
    List<Observation> before =
        List.of(o("E09000033", "2015", 40.03, 39.0), o("E09000033", "2016", 46.4, 45.0));
    List<Observation> after =
        List.of(
            o("E09000033", "2015", 40.0331821, 39.0),
            o("E09000033", "2016", 47.1, 46.1),
            o("E09000033", "2017", 48.1, 47.0),
            o("E09000007", "2017", 30.0, 29.0));
    ReleaseChanges c = ReleaseChanges.between(before, after);
    assertEquals(List.of("2017"), c.newPeriods());
    assertEquals(1, c.revisions().size(), "40.03 to 40.0331821 is more precision, not a revision");
    assertEquals(
        "new period 2017; 1 figure revised (Westminster (E09000033) Persons 2016: 46.4 to 47.1);"
            + " 1 area added (Camden (E09000007))",
        c.summary());
  }

  @Test
  void theSameFiguresAreNoChange() {
    List<Observation> same = List.of(o("E09000033", "2015", 40.0, 39.0));
    ReleaseChanges c = ReleaseChanges.between(same, same);
    assertTrue(c.none());
    assertEquals("no change", c.summary());
  }
}
