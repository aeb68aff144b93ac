package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import outcomes.stats.Conformance.Row;
import outcomes.stats.Conformance.Tolerance;

class FunnelLimitsTest {
  /** The proportion tables are stored at 6 decimal places. */
  private static final Tolerance SIX_DP = Tolerance.absolute(1e-6);

  private static final Tolerance REL = Tolerance.relative(1e-7);

  static Stream<Arguments> proportions() {
    List<NumeratorAndDenominator> all =
        Conformance.rows("funnel_proportion_significance.csv").stream()
            .map(r -> new NumeratorAndDenominator(r.number("numerator"), r.number("denominator")))
            .toList();
    List<NumeratorAndDenominator> small =
        all.stream().filter(a -> a.denominator() < 31000).toList();
    return Stream.concat(
        pairs("funnel_proportion_limits_all_inputs.csv", FunnelLimits.forProportions(all, 100)),
        pairs(
            "funnel_proportion_limits_denominator_lt_31000.csv",
            FunnelLimits.forProportions(small, 100)));
  }

  static Stream<Arguments> ratios() {
    List<ObservedAndExpected> areas =
        Conformance.rows("funnel_ratio_significance.csv").stream()
            .map(r -> new ObservedAndExpected(r.number("observed"), r.number("expected")))
            .toList();
    List<RatioFunnelRow> counts = FunnelLimits.forRatios(areas, RatioType.COUNT, 100);
    List<RatioFunnelRow> isrs = FunnelLimits.forRatios(areas, RatioType.ISR, 100);
    List<Row> rows = Conformance.rows("funnel_ratio_limits.csv");
    assertEquals(rows.size(), counts.size());
    return Stream.iterate(0, i -> i < rows.size(), i -> i + 1)
        .map(i -> Arguments.of(rows.get(i), counts.get(i), isrs.get(i)));
  }

  /** The three rate tables, from the inputs reshaped as R's tests do (README). */
  static Stream<Arguments> rates() {
    double maxEvents = FunnelInputs.maxEvents();
    List<EventsAndRate> zeroEvent =
        FunnelInputs.rows().stream()
            .map(
                r -> {
                  double events = r.number("events");
                  double population = 1e5 * events / r.number("rate");
                  boolean busiest = events == maxEvents;
                  return new EventsAndRate(
                      busiest ? 0 : events,
                      OptionalDouble.of(busiest ? 0 : r.number("rate")),
                      OptionalDouble.of(population));
                })
            .toList();
    double maxPopulation =
        zeroEvent.stream().mapToDouble(a -> a.denominator().getAsDouble()).max().orElseThrow();
    List<EventsAndRate> kept =
        zeroEvent.stream().filter(a -> a.denominator().getAsDouble() > maxPopulation / 2).toList();
    return Stream.of(
            rateTable(
                "funnel_rate_limits_dsr.csv",
                FunnelLimits.forRates(FunnelInputs.unchanged(), RateType.DSR, 1e5, 3)),
            rateTable(
                "funnel_rate_limits_crude_maxev_set_to_5.csv",
                FunnelLimits.forRates(FunnelInputs.withMaxEventsSetTo(5), RateType.CRUDE, 1e5, 3)),
            rateTable(
                "funnel_rate_limits_crude_zero_event_with_denominator.csv",
                FunnelLimits.forRates(kept, RateType.CRUDE, 1e5, 3)))
        .flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("proportions")
  void proportionsMatchPheIndicatorMethods(Row row, ProportionFunnelRow actual) {
    Conformance.assertColumn(row, "population", actual.population(), Tolerance.absolute(0));
    Conformance.assertColumn(row, "expected_lower_2s_limit", actual.lower2s(), SIX_DP);
    Conformance.assertColumn(row, "expected_upper_2s_limit", actual.upper2s(), SIX_DP);
    Conformance.assertColumn(row, "expected_lower_3s_limit", actual.lower3s(), SIX_DP);
    Conformance.assertColumn(row, "expected_upper_3s_limit", actual.upper3s(), SIX_DP);
    Conformance.assertColumn(row, "expected_baseline", actual.baseline(), SIX_DP);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ratios")
  void ratiosMatchPheIndicatorMethods(Row row, RatioFunnelRow count, RatioFunnelRow isr) {
    Conformance.assertColumn(row, "observed_events", count.observedEvents(), Tolerance.absolute(0));
    assertRatioLimit(row, "lower_2s", count.lower2s(), isr.lower2s());
    assertRatioLimit(row, "upper_2s", count.upper2s(), isr.upper2s());
    assertRatioLimit(row, "lower_3s", count.lower3s(), isr.lower3s());
    assertRatioLimit(row, "upper_3s", count.upper3s(), isr.upper3s());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rates")
  void ratesMatchPheIndicatorMethods(Row row, RateFunnel table, RateFunnelRow actual) {
    Conformance.assertColumn(row, "events", actual.events(), Tolerance.absolute(0));
    assertRateLimit(row, "lower_2s", actual.lower2s());
    assertRateLimit(row, "upper_2s", actual.upper2s());
    assertRateLimit(row, "lower_3s", actual.lower3s());
    assertRateLimit(row, "upper_3s", actual.upper3s());
    Conformance.assertColumn(row, "expected_baseline", actual.baseline(), REL);
    Conformance.assertText(row, "expected_statistic", table.statistic());
    Conformance.assertText(row, "expected_method", table.method());
  }

  private static void assertRatioLimit(Row row, String which, FunnelLimit count, FunnelLimit isr) {
    String prefix = "expected_" + which;
    Conformance.assertColumn(row, prefix + "_exp_events", count.denominator(), REL);
    Conformance.assertColumn(row, prefix + "_count", count.limit(), REL);
    Conformance.assertColumn(row, prefix + "_isr", isr.limit(), REL);
  }

  private static void assertRateLimit(Row row, String which, FunnelLimit limit) {
    String prefix = "expected_" + which;
    Conformance.assertColumn(row, prefix + "_population_1_year", limit.denominator(), REL);
    Conformance.assertColumn(row, prefix + "_limit", limit.limit(), REL);
  }

  private static <T> Stream<Arguments> pairs(String file, List<T> actual) {
    List<Row> rows = Conformance.rows(file);
    assertEquals(rows.size(), actual.size(), file);
    return Stream.iterate(0, i -> i < rows.size(), i -> i + 1)
        .map(i -> Arguments.of(rows.get(i), actual.get(i)));
  }

  private static Stream<Arguments> rateTable(String file, RateFunnel table) {
    List<Row> rows = Conformance.rows(file);
    assertEquals(rows.size(), table.rows().size(), file);
    return Stream.iterate(0, i -> i < rows.size(), i -> i + 1)
        .map(i -> Arguments.of(rows.get(i), table, table.rows().get(i)));
  }
}
