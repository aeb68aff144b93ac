package outcomes.stats;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import outcomes.stats.Conformance.Row;
import outcomes.stats.Conformance.Tolerance;

class MeansTest {
  private static final Tolerance REL = Tolerance.relative(1e-9);

  static List<Row> groups() {
    return Conformance.rows("mean_t_expected.csv");
  }

  @ParameterizedTest(name = "{0} {arguments}")
  @MethodSource("groups")
  void matchesPheIndicatorMethods(Row row) {
    String group = row.text("group");
    List<Double> values =
        Conformance.rows("mean_t_inputs.csv").stream()
            .filter(r -> group.equals("No grouping") || r.text("area").equals(group))
            .map(r -> r.number("value"))
            .collect(Collectors.toList());
    Mean mean = Means.of(values, ConfidenceLevels.STANDARD);
    Conformance.assertColumn(row, "expected_sum", mean.sum(), REL);
    Conformance.assertColumn(row, "expected_count", mean.count(), REL);
    Conformance.assertColumn(row, "expected_sd", mean.standardDeviation(), REL);
    EstimateAssertions.assertEstimate(row, mean.estimate(), REL);
  }
}
