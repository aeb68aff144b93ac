package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import outcomes.stats.Conformance.Row;
import outcomes.stats.Conformance.Tolerance;

class LifeExpectancyTest {
  /** R rounds life expectancy to 4 dp before comparing. */
  private static final Tolerance FOUR_DP = Tolerance.absolute(1e-4);

  private static final Tolerance REL = Tolerance.relative(1e-9);

  static List<Row> expected() {
    return Conformance.rows("life_expectancy_expected.csv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void matchesPheIndicatorMethods(Row row) {
    LifeExpectancyRow actual =
        rowsFor(row.text("case"), row.text("area")).get((int) row.number("startage"));
    Estimate estimate = actual.estimate();
    Conformance.assertColumn(row, "expected_value", estimate.value(), FOUR_DP);
    Conformance.assertColumn(row, "expected_lower95_0cl", estimate.lower(0.95), FOUR_DP);
    Conformance.assertColumn(row, "expected_upper95_0cl", estimate.upper(0.95), FOUR_DP);
    assertEquals(estimate.value().isEmpty(), !estimate.note().isEmpty(), row + " note");
    if (row.text("case").equals("df1")) {
      // the vectors give pops_used and dths_used for df1 only (README); elsewhere the cells are
      // empty because they were not recorded, not because R leaves them out
      Conformance.assertColumn(row, "expected_pops_used", actual.populationUsed(), REL);
      Conformance.assertColumn(row, "expected_dths_used", actual.deathsUsed(), REL);
    }
  }

  @Test
  void aGroupWithoutAll20BandsIsSuppressedNotRejected() {
    List<LifeExpectancyRow> rows =
        LifeExpectancy.calculate(bands("df_missing_age", "A"), ConfidenceLevels.NINETY_FIVE);
    assertEquals(19, rows.size());
    assertTrue(rows.get(0).estimate().note().contains("20"), rows.get(0).estimate().note());
  }

  @Test
  void rejectsAStartAgeThatIsNotABand() {
    assertThrows(IllegalArgumentException.class, () -> new LifeTableBand(3, 1000, 1));
  }

  @Test
  void rejectsARepeatedStartAge() {
    List<LifeTableBand> bands =
        List.of(new LifeTableBand(0, 1000, 1), new LifeTableBand(0, 1000, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> LifeExpectancy.calculate(bands, ConfidenceLevels.NINETY_FIVE));
  }

  private static Map<Integer, LifeExpectancyRow> rowsFor(String testCase, String area) {
    return LifeExpectancy.calculate(bands(testCase, area), ConfidenceLevels.NINETY_FIVE).stream()
        .collect(Collectors.toMap(LifeExpectancyRow::startAge, Function.identity()));
  }

  private static List<LifeTableBand> bands(String testCase, String area) {
    return Conformance.rows(
            "life_expectancy_inputs.csv",
            r -> r.text("case").equals(testCase) && r.text("area").equals(area))
        .stream()
        .map(
            r ->
                new LifeTableBand(
                    (int) r.number("startage"), r.number("population"), r.number("deaths")))
        .toList();
  }
}
