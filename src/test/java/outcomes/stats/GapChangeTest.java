package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Whether a gap narrowed or widened since the baseline: one test per verdict, and by hand. */
class GapChangeTest {
  private static final Area A = new Area("E09000020", "Kensington and Chelsea", "", "");
  private static final Area B = new Area("E92000001", "England", "", "");
  private static final double Z = 1.959963984540054;

  @Test
  void aGapThatShrankSignificantlyNarrowed() {
    GapChange g = change(20, 10, 14, 10);

    assertEquals(GapVerdict.NARROWED, g.verdict());
    assertEquals(-6, g.change().getAsDouble(), 1e-12);
  }

  @Test
  void aGapThatGrewSignificantlyWidened() {
    assertEquals(GapVerdict.WIDENED, change(14, 10, 20, 10).verdict());
    assertEquals(
        GapVerdict.WIDENED,
        change(6, 10, 0, 10).verdict(),
        "a gap below B widens as A falls further");
  }

  @Test
  void areasThatChangedSidesSignificantlyReversed() {
    assertEquals(GapVerdict.REVERSED, change(16, 10, 4, 10).verdict());
  }

  @Test
  void aSmallMoveIsNoSignificantChange() {
    GapChange g = change(12, 10, 13, 10);

    assertEquals(GapVerdict.NO_SIGNIFICANT_CHANGE, g.verdict());
    assertTrue(g.reason().startsWith("the 95% interval of the change in the gap, "), g.reason());
  }

  @Test
  void aMissingFigureCannotBeJudgedAndSaysWhich() {
    GapChange g =
        GapChange.of(
            A,
            B,
            Optional.of(obs(A, "2021", 12, true)),
            Optional.empty(),
            Optional.of(obs(A, "2023", 13, true)),
            Optional.of(obs(B, "2023", 10, true)),
            1);

    assertEquals(GapVerdict.CANNOT_BE_JUDGED, g.verdict());
    assertEquals(
        "no figure for both Kensington and Chelsea and England at the baseline", g.reason());
  }

  @Test
  void withoutLimitsTheGapsAreGivenButNoVerdict() {
    GapChange g =
        GapChange.of(
            A,
            B,
            Optional.of(obs(A, "2021", 12, false)),
            Optional.of(obs(B, "2021", 10, false)),
            Optional.of(obs(A, "2023", 13, false)),
            Optional.of(obs(B, "2023", 10, false)),
            1);

    assertEquals(GapVerdict.CANNOT_BE_JUDGED, g.verdict());
    assertEquals(1, g.change().getAsDouble(), 1e-12);
    assertEquals(2, g.baseline().orElseThrow().difference(), 1e-12);
  }

  @Test
  void anIllustrativeFigureMakesTheChangeIllustrative() {
    Observation fake =
        new Observation(
            "x",
            A,
            Sex.PERSONS,
            Age.ALL,
            Category.NONE,
            TimePeriod.parse("2023"),
            OptionalDouble.of(13),
            Optional.of(new Interval(12, 14)),
            Optional.empty(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            "",
            null,
            new Provenance("fake.csv", 2, Origin.ILLUSTRATIVE));
    GapChange g =
        GapChange.of(
            A,
            B,
            Optional.of(obs(A, "2021", 12, true)),
            Optional.of(obs(B, "2021", 10, true)),
            Optional.of(fake),
            Optional.of(obs(B, "2023", 10, true)),
            1);

    assertFalse(g.real());
    assertTrue(change(12, 10, 13, 10).real());
  }

  /**
   * Kensington and Chelsea's unemployment gap to England, the bundled ONS figures: 2021 5.3 (3.6 to
   * 7.0) against 4.5 (4.4 to 4.6), a gap of 0.8; 2023 5.9 (3.7 to 8.1) against 3.7 (3.5 to 3.9), a
   * gap of 2.2. The four standard errors (width / 3.92) are 0.8674, 0.0510, 1.1225 and 0.1020; the
   * change of 1.4 has a standard error of 1.4231 and an interval of −1.39 to 4.19: no significant
   * change.
   */
  @Test
  void theBundledGapToEnglandAsWorkedByHand() {
    GapChange g =
        GapChange.of(
            A,
            B,
            Optional.of(Observations.of("2021", 5.3, 3.6, 7.0)),
            Optional.of(Observations.of("2021", 4.5, 4.4, 4.6)),
            Optional.of(Observations.of("2023", 5.9, 3.7, 8.1)),
            Optional.of(Observations.of("2023", 3.7, 3.5, 3.9)),
            1);

    double se =
        Math.sqrt(
            Math.pow(3.4 / (2 * Z), 2)
                + Math.pow(0.2 / (2 * Z), 2)
                + Math.pow(4.4 / (2 * Z), 2)
                + Math.pow(0.4 / (2 * Z), 2));
    assertEquals(1.4231, se, 5e-5);
    assertEquals(1.4, g.change().getAsDouble(), 1e-9);
    assertEquals(1.4 - Z * se, g.ci95().orElseThrow().lower(), 1e-9);
    assertEquals(1.4 + Z * se, g.ci95().orElseThrow().upper(), 1e-9);
    assertEquals(GapVerdict.NO_SIGNIFICANT_CHANGE, g.verdict());
  }

  /** A and B at the baseline and now, each with an interval of ±1. */
  private static GapChange change(double a0, double b0, double a1, double b1) {
    return GapChange.of(
        A,
        B,
        Optional.of(obs(A, "2021", a0, true)),
        Optional.of(obs(B, "2021", b0, true)),
        Optional.of(obs(A, "2023", a1, true)),
        Optional.of(obs(B, "2023", b1, true)),
        1);
  }

  private static Observation obs(Area area, String period, double v, boolean limits) {
    return Observations.of(
        area.code(),
        period,
        v,
        limits ? new Interval(v - 1, v + 1) : null,
        null,
        OptionalDouble.empty(),
        OptionalDouble.empty());
  }
}
