package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import outcomes.model.Interval;
import outcomes.model.Observation;

/** The gap between two areas, on the GLA's published ward life expectancies. */
class GapTest {
  @Test
  void westbourneAgainstKnightsbridgeAndBelgravia() {
    // GLA, males 2010-14: Westbourne 75.3 (73.7–76.8), Knightsbridge and Belgravia 89.3
    // (85.8–92.8).
    Observation westbourne = Observations.of("2010 - 14", 75.3, 73.7, 76.8);
    Observation kb = Observations.of("2010 - 14", 89.3, 85.8, 92.8);

    Gap g = Gap.between(westbourne, kb).orElseThrow();

    assertEquals(-14.0, g.difference(), 1e-9);
    assertEquals(14.0, g.magnitude(), 1e-9);
    // se = sqrt((3.1/3.92)^2 + (7.0/3.92)^2) = 1.9530; ±1.96 se = ±3.828
    Interval ci = g.ci95().orElseThrow();
    assertEquals(-17.828, ci.lower(), 0.001);
    assertEquals(-10.172, ci.upper(), 0.001);
    assertTrue(g.significant().orElseThrow());
    assertEquals(75.3 / 89.3, g.ratio().getAsDouble(), 1e-12);
  }

  @Test
  void overlappingFiguresMayStillDifferButHereDoNot() {
    Gap g =
        Gap.between(Observations.of("2020", 80, 78, 82), Observations.of("2020", 81, 79, 83))
            .orElseThrow();
    assertFalse(g.significant().orElseThrow());
  }

  @Test
  void withoutLimitsThereIsNoIntervalAndNoClaimOfSignificance() {
    Observation a =
        Observations.of(
            "E05000648", "2020", 44.2, null, null, OptionalDouble.empty(), OptionalDouble.empty());
    Observation b =
        Observations.of(
            "E05000637", "2020", 11.5, null, null, OptionalDouble.empty(), OptionalDouble.empty());
    Gap g = Gap.between(a, b).orElseThrow();
    assertEquals(32.7, g.difference(), 1e-9);
    assertTrue(g.ci95().isEmpty());
    assertTrue(g.significant().isEmpty());
  }

  @Test
  void noGapWithoutBothValues() {
    Observation missing =
        Observations.of(
            "E05000648",
            "2020",
            Double.NaN,
            null,
            null,
            OptionalDouble.empty(),
            OptionalDouble.empty());
    assertTrue(Gap.between(missing, Observations.of("2020", 80, 78, 82)).isEmpty());
  }
}
