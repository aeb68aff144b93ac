package outcomes.stats;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import outcomes.stats.Conformance.Row;
import outcomes.stats.Conformance.Tolerance;

class FunnelPointsTest {
  private static final Tolerance REL = Tolerance.relative(1e-7);

  /**
   * The three runs of R's tests (README): a DSR with the busiest area's events set to 5, crude
   * rates as they are, and crude rates with the busiest area's events set to 0 and populations
   * supplied. Each argument set is (suffix of the expected columns, row, computed point).
   */
  static Stream<Arguments> points() {
    List<Row> rows = FunnelInputs.rows();
    return Stream.of(
            run(
                "",
                rows,
                FunnelPoints.forRates(FunnelInputs.withMaxEventsSetTo(5), RateType.DSR, 1e5, 3)),
            run(
                "_crude",
                rows,
                FunnelPoints.forRates(FunnelInputs.unchanged(), RateType.CRUDE, 1e5, 3)),
            run(
                "_crude_with_denom",
                rows,
                FunnelPoints.forRates(
                    FunnelInputs.zeroEventsWithPopulation(), RateType.CRUDE, 1e5, 5)))
        .flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("points")
  void matchesPheIndicatorMethods(String suffix, Row row, RateFunnelPoint point) {
    Conformance.assertColumn(row, "expected_rate_chart" + suffix, point.rate(), REL);
    Conformance.assertColumn(
        row, "expected_denominator_derived" + suffix, point.denominator(), REL);
  }

  private static Stream<Arguments> run(
      String suffix, List<Row> rows, List<RateFunnelPoint> points) {
    return Stream.iterate(0, i -> i < rows.size(), i -> i + 1)
        .map(i -> Arguments.of(suffix, rows.get(i), points.get(i)));
  }
}
