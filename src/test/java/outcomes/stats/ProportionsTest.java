package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import outcomes.stats.Conformance.Row;
import outcomes.stats.Conformance.Tolerance;

class ProportionsTest {
  private static final Tolerance REL = Tolerance.relative(1e-9);

  static List<Row> proportions() {
    return Conformance.rows("proportion_wilson.csv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("proportions")
  void matchesPheIndicatorMethods(Row row) {
    Estimate estimate =
        Proportions.of(
            row.optional("numerator"),
            row.optional("denominator"),
            row.number("multiplier"),
            Levels.asRequestedIn(row));
    EstimateAssertions.assertEstimate(row, estimate, REL);
    assertEquals("Wilson", estimate.method());
  }

  @Test
  void missingInputGivesAnAbsentEstimateWithANote() {
    Estimate estimate =
        Proportions.of(
            java.util.OptionalDouble.empty(),
            java.util.OptionalDouble.of(100),
            1,
            ConfidenceLevels.STANDARD);
    assertEquals("numerator missing", estimate.note());
  }

  @Test
  void rejectsANumeratorAboveTheDenominator() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Proportions.of(12, 10, 100, ConfidenceLevels.STANDARD));
    assertEquals("numerator 12 is greater than denominator 10", e.getMessage());
  }
}
