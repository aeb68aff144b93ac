package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import outcomes.stats.Conformance.Row;

class FunnelSignificanceTest {
  private static final String PROPORTIONS = "funnel_proportion_significance.csv";
  private static final String RATIOS = "funnel_ratio_significance.csv";
  private static final String RATES = "funnel_rate_significance.csv";

  /** Each row with the label computed for it from the whole file. */
  static Stream<Arguments> proportions() {
    List<Row> rows = Conformance.rows(PROPORTIONS);
    List<FunnelSignificance> labels =
        FunnelSignificance.forProportions(
            rows.stream()
                .map(
                    r ->
                        new NumeratorAndDenominator(r.number("numerator"), r.number("denominator")))
                .toList());
    return pairs(rows, labels);
  }

  static Stream<Arguments> ratios() {
    List<Row> rows = Conformance.rows(RATIOS);
    List<FunnelSignificance> labels =
        FunnelSignificance.forRatios(
            rows.stream()
                .map(r -> new ObservedAndExpected(r.number("observed"), r.number("expected")))
                .toList());
    return pairs(rows, labels);
  }

  /**
   * Each of the 8 expected columns, computed over all rows ("with_0") or over the rows with events
   * ("without_0"). The count-0 row is not part of a without_0 run in R, so its cell in those
   * columns is not compared.
   */
  static Stream<Arguments> rates() {
    List<Arguments> cases = new ArrayList<>();
    for (String type : List.of("dsr", "crude")) {
      for (String per : List.of("100000", "100")) {
        for (boolean withZero : List.of(true, false)) {
          String column =
              "expected_sig_" + type + "_per_" + per + (withZero ? "_with_0" : "_without_0");
          String rateColumn = type.equals("dsr") ? "rate_dsr" : "rate_crude_per_" + per;
          List<Row> rows = Conformance.rows(RATES, r -> withZero || r.number("count") != 0);
          List<FunnelSignificance> labels =
              FunnelSignificance.forRates(
                  rows.stream()
                      .map(
                          r ->
                              new EventsAndRate(
                                  r.number("count"), r.optional(rateColumn), r.optional("pop")))
                      .toList(),
                  type.equals("dsr") ? RateType.DSR : RateType.CRUDE,
                  Double.parseDouble(per));
          for (int i = 0; i < rows.size(); i++) {
            cases.add(Arguments.of(column, rows.get(i), labels.get(i)));
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("proportions")
  void proportionsMatchPheIndicatorMethods(Row row, FunnelSignificance actual) {
    Conformance.assertText(row, "expected_significance", actual.label());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ratios")
  void ratiosMatchPheIndicatorMethods(Row row, FunnelSignificance actual) {
    Conformance.assertText(row, "expected_significance", actual.label());
  }

  /** dsr_per_100_with_0 is not exercised by R (README); it is checked here all the same. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rates")
  void ratesMatchPheIndicatorMethods(String column, Row row, FunnelSignificance actual) {
    Conformance.assertText(row, column, actual.label());
  }

  @org.junit.jupiter.api.Test
  void aCrudeRateOnNoEventsIsComparedOnItsDenominator() {
    List<FunnelSignificance> labels =
        FunnelSignificance.forRates(
            List.of(
                EventsAndRate.of(100, 100),
                EventsAndRate.of(100, 100),
                new EventsAndRate(0, OptionalDouble.of(0), OptionalDouble.of(100000))),
            RateType.CRUDE,
            100000);
    assertEquals(FunnelSignificance.LOW_3S, labels.get(2));
  }

  private static Stream<Arguments> pairs(List<Row> rows, List<FunnelSignificance> labels) {
    assertEquals(rows.size(), labels.size());
    return Stream.iterate(0, i -> i < rows.size(), i -> i + 1)
        .map(i -> Arguments.of(rows.get(i), labels.get(i)));
  }
}
