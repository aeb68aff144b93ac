package outcomes.stats;

import outcomes.stats.Conformance.Row;
import outcomes.stats.Conformance.Tolerance;

/** Compares an estimate with the expected_value and expected_*cl columns of a row. */
final class EstimateAssertions {
  private EstimateAssertions() {}

  static void assertEstimate(Row row, Estimate estimate, Tolerance tolerance) {
    Conformance.assertColumn(row, "expected_value", estimate.value(), tolerance);
    Conformance.assertColumn(row, "expected_lower95_0cl", estimate.lower(0.95), tolerance);
    Conformance.assertColumn(row, "expected_upper95_0cl", estimate.upper(0.95), tolerance);
    Conformance.assertColumn(row, "expected_lower99_8cl", estimate.lower(0.998), tolerance);
    Conformance.assertColumn(row, "expected_upper99_8cl", estimate.upper(0.998), tolerance);
  }
}
