package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static outcomes.cli.CalcVectors.BOTH_LEVELS;
import static outcomes.cli.CalcVectors.LEVEL_95;
import static outcomes.cli.CalcVectors.assertLimits;
import static outcomes.cli.CalcVectors.assertNumber;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * calc proportion, rate, mean and quantile against the PHEindicatormethods vectors. The per-row
 * methods pass the vector's expected_* columns through, so each output row is checked against its
 * own expected cells.
 */
class CalcCountsConformanceTest {
  private static final double REL = 1e-9;

  @TempDir Path dir;

  @ParameterizedTest(name = "multiplier {0}")
  @ValueSource(strings = {"1", "100"})
  void proportionMatchesR(String multiplier) {
    Path in =
        CalcVectors.subset(
            dir,
            "proportion_wilson.csv",
            r -> r.get("case").equals("ungrouped") && r.get("multiplier").equals(multiplier));
    List<Map<String, String>> out =
        CalcVectors.calc(
            "proportion",
            "--in",
            in.toString(),
            "--count",
            "numerator",
            "--denominator",
            "denominator",
            "--multiplier",
            multiplier);

    assertEquals(CalcVectors.rows(in).size(), out.size());
    for (Map<String, String> row : out) {
      assertLimits(row.get("area"), row, row, REL, 0, BOTH_LEVELS);
      assertEquals("Wilson", row.get("method"));
      assertEquals(row.get("value").isEmpty(), !row.get("note").isEmpty(), row.toString());
    }
  }

  /** R sums two rows per area; the vector gives the sums, which are split in two here. */
  @Test
  void proportionSumsWithinGroupsAsR() {
    List<Map<String, String>> expected =
        CalcVectors.rows(CalcVectors.file("proportion_wilson.csv")).stream()
            .filter(r -> r.get("case").equals("grouped_sum_of_two_rows"))
            .toList();
    Path in = CalcVectors.write(dir.resolve("split.csv"), split(expected));

    Map<String, Map<String, String>> out =
        CalcVectors.byKey(
            CalcVectors.calc(
                "proportion",
                "--in",
                in.toString(),
                "--group",
                "area",
                "--count",
                "numerator",
                "--denominator",
                "denominator",
                "--confidence",
                "95"),
            r -> r.get("area"));

    assertEquals(expected.size(), out.size());
    for (Map<String, String> e : expected) {
      Map<String, String> actual = out.get(e.get("area"));
      assertEquals(e.get("numerator"), actual.get("numerator"), "summed numerator");
      assertEquals(e.get("denominator"), actual.get("denominator"), "summed denominator");
      assertLimits(e.get("area"), e, actual, REL, 0, LEVEL_95);
    }
  }

  @ParameterizedTest(name = "multiplier {0}")
  @ValueSource(strings = {"100", "100000"})
  void rateMatchesR(String multiplier) {
    Path in =
        CalcVectors.subset(
            dir,
            "rate_byars_exact.csv",
            r -> r.get("case").equals("ungrouped") && r.get("multiplier").equals(multiplier));
    List<Map<String, String>> out =
        CalcVectors.calc(
            "rate",
            "--in",
            in.toString(),
            "--count",
            "numerator",
            "--denominator",
            "denominator",
            "--multiplier",
            multiplier);

    assertEquals(CalcVectors.rows(in).size(), out.size());
    for (Map<String, String> row : out) {
      assertLimits(row.get("area"), row, row, REL, 0, BOTH_LEVELS);
      assertEquals(row.get("expected_method"), row.get("method"), row.get("area"));
    }
  }

  @Test
  void rateSumsWithinGroupsAsR() {
    List<Map<String, String>> expected =
        CalcVectors.rows(CalcVectors.file("rate_byars_exact.csv")).stream()
            .filter(r -> r.get("case").equals("grouped_sum_of_two_rows"))
            .toList();
    Path in = CalcVectors.write(dir.resolve("split.csv"), split(expected));

    Map<String, Map<String, String>> out =
        CalcVectors.byKey(
            CalcVectors.calc(
                "rate",
                "--in",
                in.toString(),
                "--group",
                "area",
                "--count",
                "numerator",
                "--denominator",
                "denominator",
                "--confidence",
                "95"),
            r -> r.get("area"));

    for (Map<String, String> e : expected) {
      Map<String, String> actual = out.get(e.get("area"));
      assertLimits(e.get("area"), e, actual, REL, 0, LEVEL_95);
      assertEquals(e.get("expected_method"), actual.get("method"), e.get("area"));
    }
  }

  @Test
  void meanMatchesRWithinGroupsAndOverAll() {
    Path in = CalcVectors.file("mean_t_inputs.csv");
    Map<String, Map<String, String>> expected =
        CalcVectors.byKey(
            CalcVectors.rows(CalcVectors.file("mean_t_expected.csv")), r -> r.get("group"));
    Map<String, Map<String, String>> grouped =
        CalcVectors.byKey(
            CalcVectors.calc("mean", "--in", in.toString(), "--group", "area", "--value", "value"),
            r -> r.get("area"));
    List<Map<String, String>> all =
        CalcVectors.calc("mean", "--in", in.toString(), "--value", "value");

    assertEquals(2, grouped.size());
    assertEquals(1, all.size());
    assertMean(expected.get("Area1"), grouped.get("Area1"));
    assertMean(expected.get("Area2"), grouped.get("Area2"));
    assertMean(expected.get("No grouping"), all.get(0));
  }

  private static void assertMean(Map<String, String> e, Map<String, String> actual) {
    String what = e.get("group");
    assertLimits(what, e, actual, REL, 0, BOTH_LEVELS);
    assertNumber(what + " sum", e.get("expected_sum"), actual.get("value_sum"), REL, 0);
    assertNumber(what + " count", e.get("expected_count"), actual.get("value_count"), 0, 0);
    assertNumber(what + " sd", e.get("expected_sd"), actual.get("stdev"), REL, 0);
  }

  /** Each case of the vectors, run with its own number of quantiles and direction. */
  @ParameterizedTest(name = "{0} invert={2}")
  @CsvSource({
    "deciles_within_indicator_and_region, 10, true",
    "deciles_within_indicator_and_region, 10, false",
    "septiles_within_indicator, 7, false",
    "quartiles_all_rows_pooled, 4, true",
  })
  void quantileMatchesR(String testCase, String quantiles, String invert) {
    Path in =
        CalcVectors.subset(
            dir,
            "quantiles.csv",
            r -> r.get("case").equals(testCase) && r.get("invert").equals(invert));
    List<Map<String, String>> out =
        CalcVectors.calc(
            "quantile",
            "--in",
            in.toString(),
            "--group",
            "group_key",
            "--value",
            "value",
            "--nquantiles",
            quantiles,
            invert.equals("true") ? "--invert" : "--no-invert");

    assertEquals(CalcVectors.rows(in).size(), out.size());
    assertFalse(out.isEmpty());
    for (Map<String, String> row : out) {
      assertEquals(row.get("expected_quantile"), row.get("quantile"), row.toString());
      assertEquals(row.get("quantile").isEmpty(), !row.get("note").isEmpty(), row.toString());
    }
  }

  /** Two rows per area whose numerators and denominators add up to the vector's. */
  private static List<Map<String, String>> split(List<Map<String, String>> summed) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Map<String, String> r : summed) {
      for (int half = 0; half < 2; half++) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("area", r.get("area"));
        row.put("numerator", half(r.get("numerator"), half));
        row.put("denominator", half(r.get("denominator"), half));
        rows.add(row);
      }
    }
    return rows;
  }

  /** floor(x/2) then the rest, so that a numerator's halves stay within its denominator's. */
  private static String half(String cell, int which) {
    if (cell.isEmpty()) {
      return "";
    }
    long x = Long.parseLong(cell);
    return String.valueOf(which == 0 ? x / 2 : x - x / 2);
  }
}
