package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** calc funnel against the PHEindicatormethods vectors: significance, limits and points. */
class CalcFunnelConformanceTest {
  private static final double REL = 1e-7;

  @TempDir Path dir;

  @Test
  void proportionSignificanceMatchesR() {
    List<Map<String, String>> out =
        CalcVectors.calc(
            "funnel",
            "--type",
            "proportion",
            "--in",
            CalcVectors.file("funnel_proportion_significance.csv").toString(),
            "--count",
            "numerator",
            "--denominator",
            "denominator");

    assertEquals(303, out.size());
    for (Map<String, String> row : out) {
      assertEquals(row.get("expected_significance"), row.get("significance"), row.get("area"));
    }
  }

  @Test
  void ratioSignificanceMatchesR() {
    List<Map<String, String>> out =
        CalcVectors.calc(
            "funnel",
            "--type",
            "ratio",
            "--in",
            CalcVectors.file("funnel_ratio_significance.csv").toString(),
            "--count",
            "observed",
            "--expected",
            "expected");

    assertEquals(300, out.size());
    for (Map<String, String> row : out) {
      assertEquals(row.get("expected_significance"), row.get("significance"), row.toString());
    }
  }

  /** The 8 expected columns: DSR or crude, per 100000 or 100, with or without the 0-event row. */
  @ParameterizedTest(name = "{0} per {1} with 0: {2}")
  @CsvSource({
    "dsr, 100000, true", "dsr, 100000, false", "dsr, 100, true", "dsr, 100, false",
    "crude, 100000, true", "crude, 100000, false", "crude, 100, true", "crude, 100, false",
  })
  void rateSignificanceMatchesR(String type, String per, boolean withZero) {
    Path in =
        CalcVectors.subset(
            dir, "funnel_rate_significance.csv", r -> withZero || !r.get("count").equals("0"));
    String rate = type.equals("dsr") ? "rate_dsr" : "rate_crude_per_" + per;
    List<Map<String, String>> out =
        CalcVectors.calc(
            "funnel",
            "--type",
            "rate",
            "--rate-type",
            type,
            "--in",
            in.toString(),
            "--count",
            "count",
            "--rate",
            rate,
            "--denominator",
            "pop",
            "--multiplier",
            per);

    String column = "expected_sig_" + type + "_per_" + per + (withZero ? "_with_0" : "_without_0");
    assertEquals(CalcVectors.rows(in).size(), out.size());
    for (Map<String, String> row : out) {
      assertEquals(row.get(column), row.get("significance"), row.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "funnel_proportion_limits_all_inputs.csv",
        "funnel_proportion_limits_denominator_lt_31000.csv"
      })
  void proportionLimitsMatchR(String table) {
    Path in =
        CalcVectors.subset(
            dir,
            "funnel_proportion_significance.csv",
            r -> table.contains("all") || Double.parseDouble(r.get("denominator")) < 31000);
    List<Map<String, String>> out =
        CalcVectors.calc(
            "funnel",
            "--type",
            "proportion",
            "--limits",
            "--in",
            in.toString(),
            "--count",
            "numerator",
            "--denominator",
            "denominator");

    List<Map<String, String>> expected = CalcVectors.rows(CalcVectors.file(table));
    assertEquals(expected.size(), out.size());
    for (int i = 0; i < out.size(); i++) {
      Map<String, String> e = expected.get(i);
      Map<String, String> a = out.get(i);
      assertNumber("population", e.get("population"), a.get("population"), 0, 0);
      // the tables are stored at 6 decimal places
      for (String c :
          List.of(
              "lower_2s_limit", "upper_2s_limit", "lower_3s_limit", "upper_3s_limit", "baseline")) {
        assertNumber(i + " " + c, e.get("expected_" + c), a.get(c), 0, 1e-6);
      }
    }
  }

  @ParameterizedTest(name = "ratio type {0}")
  @ValueSource(strings = {"count", "isr"})
  void ratioLimitsMatchR(String ratioType) {
    List<Map<String, String>> out =
        CalcVectors.calc(
            "funnel",
            "--type",
            "ratio",
            "--limits",
            "--ratio-type",
            ratioType,
            "--in",
            CalcVectors.file("funnel_ratio_significance.csv").toString(),
            "--count",
            "observed",
            "--expected",
            "expected");

    List<Map<String, String>> expected =
        CalcVectors.rows(CalcVectors.file("funnel_ratio_limits.csv"));
    assertEquals(expected.size(), out.size());
    for (int i = 0; i < out.size(); i++) {
      Map<String, String> e = expected.get(i);
      Map<String, String> a = out.get(i);
      assertNumber("observed_events", e.get("observed_events"), a.get("observed_events"), 0, 0);
      for (String side : List.of("lower_2s", "upper_2s", "lower_3s", "upper_3s")) {
        assertNumber(
            i + " " + side,
            e.get("expected_" + side + "_exp_events"),
            a.get(side + "_exp_events"),
            REL,
            0);
        assertNumber(
            i + " " + side,
            e.get("expected_" + side + "_" + ratioType),
            a.get(side + "_limit"),
            REL,
            0);
      }
    }
  }

  @Test
  void dsrRateLimitsMatchR() {
    List<Map<String, String>> out =
        CalcVectors.calc(
            "funnel",
            "--type",
            "rate",
            "--rate-type",
            "dsr",
            "--years",
            "3",
            "--limits",
            "--in",
            CalcVectors.file("funnel_rate_points_and_limits_inputs.csv").toString(),
            "--count",
            "events",
            "--rate",
            "rate");

    List<Map<String, String>> expected =
        CalcVectors.rows(CalcVectors.file("funnel_rate_limits_dsr.csv"));
    assertEquals(expected.size(), out.size());
    for (int i = 0; i < out.size(); i++) {
      Map<String, String> e = expected.get(i);
      Map<String, String> a = out.get(i);
      assertNumber("events", e.get("events"), a.get("events"), 0, 0);
      for (String side : List.of("lower_2s", "upper_2s", "lower_3s", "upper_3s")) {
        for (String part : List.of("_population_1_year", "_limit")) {
          assertNumber(
              i + " " + side + part, e.get("expected_" + side + part), a.get(side + part), REL, 0);
        }
      }
      assertNumber(i + " baseline", e.get("expected_baseline"), a.get("baseline"), REL, 0);
      assertEquals(e.get("expected_statistic"), a.get("statistic"));
      assertEquals(e.get("expected_method"), a.get("method"));
    }
  }

  /** calculate_funnel_points: crude rates over 3 years as they are. */
  @Test
  void crudeRatePointsMatchR() {
    List<Map<String, String>> out =
        CalcVectors.calc(
            "funnel",
            "--type",
            "rate",
            "--rate-type",
            "crude",
            "--years",
            "3",
            "--in",
            CalcVectors.file("funnel_rate_points_and_limits_inputs.csv").toString(),
            "--count",
            "events",
            "--rate",
            "rate");

    assertEquals(50, out.size());
    for (Map<String, String> row : out) {
      assertNumber(
          "rate_chart", row.get("expected_rate_chart_crude"), row.get("rate_chart"), REL, 0);
      assertNumber(
          "denominator_derived",
          row.get("expected_denominator_derived_crude"),
          row.get("denominator_derived"),
          REL,
          0);
    }
  }

  /** Crude rates over 5 years with the busiest area set to 0 events: its population is used. */
  @Test
  void crudeRatePointsOnNoEventsUseTheDenominator() {
    List<Map<String, String>> rows =
        CalcVectors.rows(CalcVectors.file("funnel_rate_points_and_limits_inputs.csv"));
    double max =
        rows.stream().mapToDouble(r -> Double.parseDouble(r.get("events"))).max().orElseThrow();
    List<Map<String, String>> changed = new ArrayList<>();
    for (Map<String, String> r : rows) {
      Map<String, String> c = new LinkedHashMap<>(r);
      if (Double.parseDouble(r.get("events")) == max) {
        c.put("events", "0");
      }
      changed.add(c);
    }
    Path in = CalcVectors.write(dir.resolve("zero.csv"), changed);

    List<Map<String, String>> out =
        CalcVectors.calc(
            "funnel",
            "--type",
            "rate",
            "--rate-type",
            "crude",
            "--years",
            "5",
            "--in",
            in.toString(),
            "--count",
            "events",
            "--rate",
            "rate",
            "--denominator",
            "pop");

    for (Map<String, String> row : out) {
      assertNumber(
          "rate_chart",
          row.get("expected_rate_chart_crude_with_denom"),
          row.get("rate_chart"),
          REL,
          0);
      assertNumber(
          "denominator_derived",
          row.get("expected_denominator_derived_crude_with_denom"),
          row.get("denominator_derived"),
          REL,
          0);
    }
  }
}
