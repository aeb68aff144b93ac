package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.model.Polarity;

/**
 * The change since the baseline: one test per verdict, the boundary where the interval touches 0,
 * and the formula checked by hand on the bundled unemployment figures.
 */
class ChangeTest {
  private static final double Z = 1.959963984540054;

  @Test
  void aSignificantRiseWhereHighIsGoodIsAnImprovement() {
    Change c =
        Change.between(
            Observations.of("2021", 10, 9, 11),
            Observations.of("2023", 13, 12, 14),
            Polarity.HIGH_IS_GOOD,
            1);

    assertEquals(ChangeVerdict.IMPROVED, c.verdict());
    assertEquals(3, c.difference().getAsDouble(), 1e-12);
    assertEquals("the 95% interval of the change, 1.6 to 4.4, excludes 0", c.reason());
  }

  @Test
  void aSignificantRiseWhereLowIsGoodIsAWorsening() {
    Change c =
        Change.between(
            Observations.of("2021", 10, 9, 11),
            Observations.of("2023", 13, 12, 14),
            Polarity.LOW_IS_GOOD,
            1);

    assertEquals(ChangeVerdict.WORSENED, c.verdict());
  }

  @Test
  void aSignificantFallWhereLowIsGoodIsAnImprovement() {
    Change c =
        Change.between(
            Observations.of("2021", 13, 12, 14),
            Observations.of("2023", 10, 9, 11),
            Polarity.LOW_IS_GOOD,
            1);

    assertEquals(ChangeVerdict.IMPROVED, c.verdict());
  }

  @Test
  void withoutAPolarityASignificantChangeIsAnIncreaseOrADecrease() {
    assertEquals(
        ChangeVerdict.INCREASED,
        Change.between(
                Observations.of("2021", 10, 9, 11),
                Observations.of("2023", 13, 12, 14),
                Polarity.NO_JUDGEMENT,
                1)
            .verdict());
    assertEquals(
        ChangeVerdict.DECREASED,
        Change.between(
                Observations.of("2021", 13, 12, 14),
                Observations.of("2023", 10, 9, 11),
                Polarity.NO_JUDGEMENT,
                1)
            .verdict());
  }

  @Test
  void aChangeWhoseIntervalIncludesZeroIsNoSignificantChange() {
    Change c =
        Change.between(
            Observations.of("2021", 10, 9, 11),
            Observations.of("2023", 11, 10, 12),
            Polarity.HIGH_IS_GOOD,
            1);

    assertEquals(ChangeVerdict.NO_SIGNIFICANT_CHANGE, c.verdict());
    assertEquals("the 95% interval of the change, -0.4 to 2.4, includes 0", c.reason());
  }

  /**
   * Two intervals of half-width 1 give the change a half-width of √2 exactly (each standard error 1
   * / z): a change of √2 has an interval whose lower end is 0 but for binary noise, which is
   * cleaned away, so the interval touches 0 and the change is not significant.
   */
  @Test
  void anIntervalTouchingZeroIsNoSignificantChange() {
    double d = Math.sqrt(2);
    Change touching =
        Change.between(
            Observations.of("2021", 10, 9, 11),
            Observations.of("2023", 10 + d, 9 + d, 11 + d),
            Polarity.HIGH_IS_GOOD,
            1);
    Change beyond =
        Change.between(
            Observations.of("2021", 10, 9, 11),
            Observations.of("2023", 10 + d + 1e-6, 9 + d + 1e-6, 11 + d + 1e-6),
            Polarity.HIGH_IS_GOOD,
            1);

    assertEquals(0.0, touching.ci95().orElseThrow().lower());
    assertEquals(ChangeVerdict.NO_SIGNIFICANT_CHANGE, touching.verdict());
    assertEquals(ChangeVerdict.IMPROVED, beyond.verdict());
  }

  @Test
  void withoutLimitsTheSizeIsGivenButNoVerdict() {
    Observation base =
        Observations.of(
            "E09000033",
            "2018 - 20",
            81.0,
            null,
            null,
            OptionalDouble.empty(),
            OptionalDouble.empty());
    Observation latest =
        Observations.of(
            "E09000033",
            "2023 - 25",
            82.5,
            null,
            null,
            OptionalDouble.empty(),
            OptionalDouble.empty());

    Change c = Change.between(base, latest, Polarity.HIGH_IS_GOOD, 1);

    assertEquals(ChangeVerdict.CANNOT_BE_JUDGED, c.verdict());
    assertEquals(1.5, c.difference().getAsDouble(), 1e-12);
    assertEquals(Optional.empty(), c.ci95());
    assertEquals(
        "no 95% limits are published for 2018 - 20 or 2023 - 25, so whether the change is more than"
            + " chance cannot be told",
        c.reason());
  }

  @Test
  void limitsOnOneFigureOnlyAreNotEnough() {
    Observation base = Observations.of("2021", 10, 9, 11);
    Observation latest =
        Observations.of(
            "E09000033", "2023", 20, null, null, OptionalDouble.empty(), OptionalDouble.empty());

    Change c = Change.between(base, latest, Polarity.HIGH_IS_GOOD, 1);

    assertEquals(ChangeVerdict.CANNOT_BE_JUDGED, c.verdict());
    assertTrue(c.reason().startsWith("no 95% limits are published for 2023,"), c.reason());
  }

  @Test
  void aFigureWithoutAValueCannotBeJudged() {
    Observation latest =
        Observations.of(
            "E09000033",
            "2023",
            Double.NaN,
            null,
            null,
            OptionalDouble.empty(),
            OptionalDouble.empty());

    Change c = Change.between(Observations.of("2021", 10, 9, 11), latest, Polarity.HIGH_IS_GOOD, 1);

    assertEquals(ChangeVerdict.CANNOT_BE_JUDGED, c.verdict());
    assertEquals(OptionalDouble.empty(), c.difference());
    assertEquals("no value for 2023", c.reason());
  }

  /**
   * Unemployment in Kensington and Chelsea, the bundled ONS figures: 2021 5.3% (3.6 to 7.0), 2023
   * 5.9% (3.7 to 8.1). By hand: standard errors 3.4 / 3.92 = 0.8674 and 4.4 / 3.92 = 1.1225; of the
   * change √(0.8674² + 1.1225²) = 1.4185; 95% interval 0.6 ± 1.96 × 1.4185 = −2.18 to 3.38: no
   * significant change. (The README's worked example.)
   */
  @Test
  void theBundledUnemploymentChangeAsWorkedByHand() {
    Change c =
        Change.between(
            Observations.of("2021", 5.3, 3.6, 7.0),
            Observations.of("2023", 5.9, 3.7, 8.1),
            Polarity.LOW_IS_GOOD,
            1);

    double se = Math.hypot(3.4 / (2 * Z), 4.4 / (2 * Z));
    assertEquals(1.4185, se, 5e-5);
    Interval ci = c.ci95().orElseThrow();
    assertEquals(0.6 - Z * se, ci.lower(), 1e-9);
    assertEquals(0.6 + Z * se, ci.upper(), 1e-9);
    assertEquals(-2.18, ci.lower(), 0.005);
    assertEquals(3.38, ci.upper(), 0.005);
    assertEquals(ChangeVerdict.NO_SIGNIFICANT_CHANGE, c.verdict());
    assertEquals("the 95% interval of the change, -2.2 to 3.4, includes 0", c.reason());
  }
}
