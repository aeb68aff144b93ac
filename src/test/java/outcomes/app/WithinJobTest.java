package outcomes.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import outcomes.model.Indicator;
import outcomes.model.Interval;
import outcomes.model.Location;
import outcomes.model.Observation;
import outcomes.model.Origin;
import outcomes.model.OutcomesException;
import outcomes.model.Polarity;
import outcomes.model.Provenance;
import outcomes.model.Sex;
import outcomes.model.Source;
import outcomes.model.TimePeriod;
import outcomes.model.Unit;
import outcomes.model.ValueType;

/** gap --within takes a parent by code or by name; a name of no parent, or of two, is refused. */
class WithinJobTest {
  private static final Area WESTMINSTER = new Area("E09000033", "Westminster", "LA", "E12000007");
  private static final Area CHELSEA =
      new Area("E09000020", "Kensington and Chelsea", "LA", "E12000007");

  @Test
  void aParentByCodeOrByNameAsPeopleWriteIt() {
    IndicatorData data = data(WESTMINSTER, CHELSEA);

    assertEquals("E09000033", within(data, "e09000033").parentCode());
    assertEquals("E09000020", within(data, "Kensington & Chelsea").parentCode());
  }

  @Test
  void aNameOfNoParentIsRefusedListingTheParents() {
    OutcomesException e =
        assertThrows(OutcomesException.class, () -> within(data(WESTMINSTER, CHELSEA), "Soho"));

    assertEquals(OutcomesException.Kind.USAGE, e.kind());
    assertEquals(
        "--within: no area 'Soho' has areas within it in x's data; use one of E12000007,"
            + " Kensington and Chelsea (E09000020), Westminster (E09000033)",
        e.describe());
  }

  @Test
  void aNameOfTwoParentsIsRefusedAskingForACode() {
    Area older = new Area("E09099999", "Westminster", "LA", "E12000007");

    OutcomesException e =
        assertThrows(
            OutcomesException.class, () -> within(data(WESTMINSTER, older), "Westminster"));

    assertEquals(
        "--within: 'Westminster' names 2 areas: give a code; use one of E12000007, Westminster"
            + " (E09000033), Westminster (E09099999)",
        e.describe());
  }

  private static WithinJob.Result within(IndicatorData data, String parent) {
    return WithinJob.within(data, parent, Optional.empty(), "latest");
  }

  /** Each parent with its own figure and two wards. */
  private static IndicatorData data(Area... parents) {
    List<Observation> obs = new java.util.ArrayList<>();
    for (Area p : parents) {
      obs.add(fig(p, 10));
      obs.add(fig(new Area(p.code() + "1", p.name() + " North", "Ward", p.code()), 8));
      obs.add(fig(new Area(p.code() + "2", p.name() + " South", "Ward", p.code()), 12));
    }
    return new IndicatorData(indicator(), obs);
  }

  private static Observation fig(Area area, double v) {
    return new Observation(
        "x",
        area,
        Sex.PERSONS,
        Age.ALL,
        Category.NONE,
        TimePeriod.parse("2023"),
        OptionalDouble.of(v),
        Optional.of(new Interval(v - 0.5, v + 0.5)),
        Optional.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        "",
        null,
        new Provenance("a.csv", 2, Origin.REAL));
  }

  private static Indicator indicator() {
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
        List.of(
            new DataFile(
                "a.csv", Origin.REAL, "A", ColumnMapping.fingertips(), Location.of("x.yaml"))),
        "",
        Location.of("x.yaml"),
        Optional.empty(),
        Optional.empty(),
        outcomes.model.ComparisonMethod.CI_OVERLAP);
  }
}
