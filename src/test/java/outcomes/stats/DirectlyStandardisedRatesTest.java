package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import outcomes.stats.Conformance.Row;
import outcomes.stats.Conformance.Tolerance;

class DirectlyStandardisedRatesTest {
  private static final Tolerance REL = Tolerance.relative(1e-9);

  /** The non-independent expectations are stored at 8 decimal places. */
  private static final Tolerance EIGHT_DP = Tolerance.absolute(1e-7);

  static List<Row> expected() {
    return Conformance.rows("dsr_expected.csv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void matchesPheIndicatorMethods(Row row) {
    boolean independent = row.text("inputs_file").equals("dsr_inputs.csv");
    Dsr dsr =
        independent
            ? DirectlyStandardisedRates.calculate(
                bands(row.text("area")), row.number("multiplier"), ConfidenceLevels.STANDARD)
            : DirectlyStandardisedRates.calculateNonIndependent(
                personsBands(row.text("area")),
                row.number("multiplier"),
                ConfidenceLevels.STANDARD);
    Tolerance tolerance = independent ? REL : EIGHT_DP;
    Estimate estimate = dsr.estimate();
    Conformance.assertColumn(row, "expected_total_count", dsr.totalCount(), REL);
    Conformance.assertColumn(row, "expected_total_pop", dsr.totalPopulation(), REL);
    Conformance.assertColumn(row, "expected_value", estimate.value(), tolerance);
    Conformance.assertColumn(row, "expected_lower95_0cl", estimate.lower(0.95), tolerance);
    Conformance.assertColumn(row, "expected_upper95_0cl", estimate.upper(0.95), tolerance);
    if (!row.text("area").equals("testdata_1976")) {
      // the 1976 sheet's 99.8% limits are mis-scaled and R never checks them (README)
      Conformance.assertColumn(row, "expected_lower99_8cl", estimate.lower(0.998), tolerance);
      Conformance.assertColumn(row, "expected_upper99_8cl", estimate.upper(0.998), tolerance);
    }
    Conformance.assertText(row, "expected_statistic", estimate.statistic());
    Conformance.assertText(row, "expected_method", estimate.method());
  }

  @Test
  void esp2013MatchesTheStandardPopulationInTheVectors() {
    List<Double> standard =
        Conformance.rows("dsr_inputs.csv").stream()
            .filter(r -> r.text("area").equals("testdata_big"))
            .map(r -> r.number("stdpop"))
            .toList();
    assertEquals(standard, DirectlyStandardisedRates.ESP2013);
  }

  @Test
  void suppressionIsAResultWithAReason() {
    Dsr dsr =
        DirectlyStandardisedRates.calculate(
            bands("testdata_tiny"), 100000, ConfidenceLevels.STANDARD);
    assertEquals("dsr NA for total count < 10", dsr.estimate().note());
  }

  @Test
  void rejectsBandsThatDoNotMatchTheStandardPopulation() {
    List<Double> eighteen = DirectlyStandardisedRates.ESP2013.subList(0, 18);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DirectlyStandardisedRates.bands(
                    eighteen, eighteen, DirectlyStandardisedRates.ESP2013));
    assertEquals(
        "18 counts and 18 populations do not match the 19 bands of the standard " + "population",
        e.getMessage());
  }

  @Test
  void rejectsANegativeCount() {
    assertThrows(IllegalArgumentException.class, () -> new DsrBand(-1, 100, 5000));
  }

  /**
   * The ESP2013 areas go through {@link DirectlyStandardisedRates#bands} with the ESP2013 constant
   * and missing counts as null; testdata_1976 brings its own standard population.
   */
  private static List<DsrBand> bands(String area) {
    List<Row> rows = Conformance.rows("dsr_inputs.csv", r -> r.text("area").equals(area));
    if (rows.get(0).text("stdpop_name").equals("esp2013")) {
      List<Double> counts = new ArrayList<>();
      rows.forEach(r -> counts.add(r.isEmpty("count") ? null : r.number("count")));
      List<Double> populations = rows.stream().map(r -> r.number("pop")).toList();
      return DirectlyStandardisedRates.bands(
          counts, populations, DirectlyStandardisedRates.ESP2013);
    }
    return rows.stream()
        .map(r -> new DsrBand(r.number("count"), r.number("pop"), r.number("stdpop")))
        .toList();
  }

  private static List<DsrPersonsBand> personsBands(String area) {
    Map<String, Row> firstRowOfBand = new LinkedHashMap<>();
    Map<String, Map<Integer, Double>> persons = new LinkedHashMap<>();
    for (Row r :
        Conformance.rows("dsr_nonindependent_inputs.csv", r -> r.text("area").equals(area))) {
      String band = r.text("ageband");
      firstRowOfBand.putIfAbsent(band, r);
      persons
          .computeIfAbsent(band, b -> new TreeMap<>())
          .put((int) r.number("eventfreq"), r.optional("persons_with_eventfreq_events").orElse(0));
    }
    List<DsrPersonsBand> bands = new ArrayList<>();
    firstRowOfBand.forEach(
        (band, r) ->
            bands.add(new DsrPersonsBand(r.number("pop"), r.number("stdpop"), persons.get(band))));
    return bands;
  }
}
