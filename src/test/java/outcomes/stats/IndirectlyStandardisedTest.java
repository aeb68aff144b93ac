package outcomes.stats;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import outcomes.stats.Conformance.Row;
import outcomes.stats.Conformance.Tolerance;

class IndirectlyStandardisedTest {
  private static final Tolerance REL = Tolerance.relative(1e-9);

  static List<Row> expected() {
    return Conformance.rows("isr_expected.csv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void matchesPheIndicatorMethods(Row row) {
    List<IsrBand> bands = bands(row.text("area"));
    double scale = row.number("multiplier_or_refvalue");
    // R was asked for 95% only for the err2 areas
    ConfidenceLevels levels =
        row.text("area").startsWith("err2")
            ? ConfidenceLevels.NINETY_FIVE
            : ConfidenceLevels.STANDARD;
    Isr isr =
        row.text("statistic").equals("ISRate")
            ? IndirectlyStandardised.rate(bands, scale, levels)
            : IndirectlyStandardised.ratio(bands, scale, levels);
    Conformance.assertColumn(row, "expected_observed", isr.observed(), REL);
    Conformance.assertColumn(row, "expected_expected", isr.expected(), REL);
    Conformance.assertColumn(row, "expected_ref_rate", isr.referenceRate(), REL);
    EstimateAssertions.assertEstimate(row, isr.estimate(), REL);
    Conformance.assertText(row, "expected_method", isr.estimate().method());
  }

  /**
   * A missing count, population or reference count is taken as 0, as PHEindicatormethods does
   * (testdata_tiny's 10-14 band has all three missing).
   */
  private static List<IsrBand> bands(String area) {
    return Conformance.rows("isr_inputs.csv", r -> r.text("area").equals(area)).stream()
        .map(
            r ->
                new IsrBand(
                    r.optional("count").orElse(0),
                    r.optional("pop").orElse(0),
                    r.optional("refcount").orElse(0),
                    r.number("refpop")))
        .toList();
  }
}
