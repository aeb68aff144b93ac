package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import outcomes.stats.Conformance.Row;
import outcomes.stats.Conformance.Tolerance;

class ConfidenceLimitsTest {
  private static final Tolerance REL = Tolerance.relative(1e-9);

  static List<Row> primitives() {
    return Conformance.rows("byars_wilson_primitives.csv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("primitives")
  void matchesPheIndicatorMethods(Row row) {
    // the used_in_r_tests=no row (Byar's at x = 1, 99.8%) is checked too: it passes
    Limits interval =
        row.text("method").equals("Byars")
            ? ConfidenceLimits.byars(row.number("x"), row.number("confidence"))
            : ConfidenceLimits.wilson(row.number("x"), row.number("n"), row.number("confidence"));
    Conformance.assertColumn(row, "expected_lowercl", interval.lower(), REL);
    Conformance.assertColumn(row, "expected_uppercl", interval.upper(), REL);
  }

  @Test
  void percentagesAreNormalisedToFractions() {
    assertEquals(ConfidenceLimits.wilson(65, 100, 0.95), ConfidenceLimits.wilson(65, 100, 95));
    assertEquals(0.998, ConfidenceLimits.byars(65, 99.8).confidence());
  }

  @Test
  void exactLimitsOfZeroStartAtZero() {
    assertEquals(0, ConfidenceLimits.exactPoisson(0, 0.95).lower().getAsDouble());
  }

  @Test
  void rejectsInvalidInput() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ConfidenceLimits.wilson(12, 10, 0.95));
    assertEquals("numerator 12 is greater than denominator 10", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ConfidenceLimits.byars(-1, 0.95));
    assertThrows(IllegalArgumentException.class, () -> ConfidenceLimits.byars(5, 0.5));
    assertThrows(IllegalArgumentException.class, () -> ConfidenceLimits.wilson(1, 0, 0.95));
  }
}
