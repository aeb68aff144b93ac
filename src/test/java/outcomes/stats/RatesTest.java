package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import outcomes.stats.Conformance.Row;
import outcomes.stats.Conformance.Tolerance;

class RatesTest {
  private static final Tolerance REL = Tolerance.relative(1e-9);

  static List<Row> rates() {
    return Conformance.rows("rate_byars_exact.csv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rates")
  void matchesPheIndicatorMethods(Row row) {
    Estimate estimate =
        Rates.crude(
            row.optional("numerator"),
            row.optional("denominator"),
            row.number("multiplier"),
            Levels.asRequestedIn(row));
    EstimateAssertions.assertEstimate(row, estimate, REL);
    Conformance.assertText(row, "expected_method", estimate.method());
    assertEquals("rate per " + row.text("multiplier"), estimate.statistic());
  }
}
