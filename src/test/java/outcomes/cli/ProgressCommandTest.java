package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.catalogue.CatalogueFixture;

/**
 * `outcomes progress` on the bundled catalogue: the JSON the issue names, the figures checked by
 * hand in the README, the same verdicts in every format, the same bytes on a rerun, labels for
 * illustrative and stale figures; and a bad goal stopping the run at its line.
 */
class ProgressCommandTest {
  private static final String AS_OF = "2026-11-23";
  private static CliRun json;
  private static JsonNode root;

  @BeforeAll
  static void runOnce() throws IOException {
    json = CliRun.of("progress", "--as-of", AS_OF, "--format", "json");
    root = new ObjectMapper().readTree(json.out());
  }

  @Test
  void givesOneItemPerIndicatorSexAndFocusAreaWithTheFieldsTheIssueNames() {
    assertEquals(0, json.code(), json.toString());
    assertEquals(AS_OF, root.get("asOf").asText());
    assertEquals("2023-04-01", root.get("baselineDate").asText());
    for (JsonNode item : root.get("items")) {
      for (String field :
          List.of(
              "indicator",
              "sex",
              "area",
              "areaCode",
              "baselinePeriod",
              "baselineValue",
              "baselineLower",
              "baselineUpper",
              "latestPeriod",
              "latestValue",
              "latestLower",
              "latestUpper",
              "change",
              "changeLower",
              "changeUpper",
              "direction",
              "reason",
              "goal")) {
        assertTrue(item.has(field), field + " in " + item);
      }
      assertFalse(item.get("reason").asText().isBlank(), "every verdict says why: " + item);
    }
    // 19 indicators, life expectancy and healthy life expectancy by sex: 21 rows, two boroughs each
    assertEquals(42, root.get("items").size());
  }

  /** The README's first worked example: unemployment in Kensington and Chelsea, 2021 to 2023. */
  @Test
  void unemploymentInKensingtonAndChelseaAsWorkedByHand() {
    JsonNode u = item("unemployment", "E09000020", "Persons");
    assertEquals("2021", u.get("baselinePeriod").asText());
    assertEquals(5.3, u.get("baselineValue").asDouble());
    assertEquals(3.6, u.get("baselineLower").asDouble());
    assertEquals(7.0, u.get("baselineUpper").asDouble());
    assertEquals("2023", u.get("latestPeriod").asText());
    assertEquals(5.9, u.get("latestValue").asDouble());
    assertEquals(0.6, u.get("change").asDouble());
    assertEquals(-2.18, u.get("changeLower").asDouble(), 0.005);
    assertEquals(3.38, u.get("changeUpper").asDouble(), 0.005);
    assertEquals("no significant change", u.get("direction").asText());
    assertTrue(
        u.get("latestIsStale").asBoolean(),
        "ONS has suspended these estimates: 2023 is not the latest");
    JsonNode england = u.get("gaps").get(1);
    assertEquals("E92000001", england.get("benchmarkCode").asText());
    assertEquals(0.8, england.get("baselineGap").asDouble());
    assertEquals(2.2, england.get("latestGap").asDouble());
    assertEquals(-1.39, england.get("changeLower").asDouble(), 0.005);
    assertEquals(4.19, england.get("changeUpper").asDouble(), 0.005);
    assertEquals("no significant change", england.get("direction").asText());
  }

  /** The README's second: male life expectancy in Westminster, the issue's own example. */
  @Test
  void maleLifeExpectancyInWestminsterRoseButCannotBeJudgedWithoutLimits() {
    JsonNode le = item("life-expectancy", "E09000033", "Male");
    assertEquals("2018 - 20", le.get("baselinePeriod").asText());
    assertEquals(81.0, le.get("baselineValue").asDouble());
    assertEquals("2023 - 25", le.get("latestPeriod").asText());
    assertEquals(82.5, le.get("latestValue").asDouble());
    assertEquals(1.5, le.get("change").asDouble());
    assertTrue(le.get("changeLower").isNull());
    assertEquals("cannot be judged", le.get("direction").asText());
    assertEquals(
        "no 95% limits are published for 2018 - 20 or 2023 - 25, so whether the change is more than"
            + " chance cannot be told",
        le.get("reason").asText());
  }

  /**
   * The README's third: healthy life expectancy for men in Westminster, whose baseline is the
   * default (2019 - 21, out in December 2022, before 2023-04-01). 62.3 (57.0 to 67.5) to 60.5 (54.1
   * to 66.8): standard errors 2.6786 and 3.2399, of the change 4.2038, interval −1.8 ± 8.2392.
   */
  @Test
  void healthyLifeExpectancyForMenInWestminsterAsWorkedByHand() {
    JsonNode hle = item("healthy-life-expectancy", "E09000033", "Male");
    assertEquals("2019 - 21", hle.get("baselinePeriod").asText());
    assertTrue(
        hle.get("baselineBasis").asText().startsWith("the latest period out before 2023-04-01"));
    assertEquals("2022 - 24", hle.get("latestPeriod").asText());
    assertEquals(-1.8, hle.get("change").asDouble());
    assertEquals(-10.04, hle.get("changeLower").asDouble(), 0.005);
    assertEquals(6.44, hle.get("changeUpper").asDouble(), 0.005);
    assertEquals("no significant change", hle.get("direction").asText());
  }

  @Test
  void theDementiaGoalIsGreenWithItsWordsAndWhoSetIt() {
    JsonNode goal = item("dementia-diagnosis", "E09000033", "Persons").get("goal");
    assertEquals("Green", goal.get("status").asText());
    assertEquals("meets the goal of 66.7% or more", goal.get("words").asText());
    assertEquals(66.7, goal.get("limit").asDouble());
    assertTrue(goal.get("source").asText().startsWith("NHS England"));
    assertTrue(
        item("unemployment", "E09000033", "Persons").get("goal").isNull(), "no goal is invented");
  }

  @Test
  void illustrativeFiguresAreLabelled() {
    JsonNode anxiety = item("high-anxiety", "E09000033", "Persons");
    assertFalse(anxiety.get("real").asBoolean());
    assertEquals("illustrative: synthetic, not a published figure", anxiety.get("data").asText());
    assertTrue(root.get("illustrative").asBoolean());
    JsonNode current = root.get("wardGaps").get(2);
    assertEquals("E05013809", current.get("areaACode").asText());
    assertFalse(current.get("real").asBoolean());
  }

  @Test
  void theOldWardsCannotBeJudgedSinceTheBaselineAcrossABoundaryChange() {
    JsonNode old = root.get("wardGaps").get(0);
    assertEquals("E05000648", old.get("areaACode").asText());
    assertEquals("cannot be judged", old.get("direction").asText());
    assertTrue(
        old.get("reason").asText().contains("no series joins two boundary sets"), old.toString());
  }

  @Test
  void everyFormatGivesTheSameVerdictsAndTheSameBytesOnARerun() throws IOException {
    CliRun csv = CliRun.of("progress", "--as-of", AS_OF, "--format", "csv");
    List<String> fromCsv = new ArrayList<>();
    for (CSVRecord r :
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new java.io.StringReader(csv.out()))) {
      fromCsv.add(
          r.get("indicator")
              + " "
              + r.get("areaCode")
              + " "
              + r.get("sex")
              + " "
              + r.get("direction"));
    }
    List<String> fromJson = new ArrayList<>();
    root.get("items")
        .forEach(
            i ->
                fromJson.add(
                    i.get("indicator").asText()
                        + " "
                        + i.get("areaCode").asText()
                        + " "
                        + i.get("sex").asText()
                        + " "
                        + i.get("direction").asText()));
    assertEquals(fromJson, fromCsv);

    CliRun text = CliRun.of("progress", "--as-of", AS_OF);
    for (String verdict :
        List.of("improved", "worsened", "no significant change", "cannot be judged")) {
      long inJson = fromJson.stream().filter(s -> s.endsWith(" " + verdict)).count();
      long inText = text.outLines().stream().filter(l -> l.matches("  [^ ].*: " + verdict)).count();
      assertEquals(inJson, inText, verdict);
    }
    assertEquals(json.out(), CliRun.of("progress", "--as-of", AS_OF, "--format", "json").out());
    assertEquals(csv.out(), CliRun.of("progress", "--as-of", AS_OF, "--format", "csv").out());
    assertEquals(text.out(), CliRun.of("progress", "--as-of", AS_OF).out());
  }

  @Test
  void theTextNeverCallsAStaleFigureTheLatest() {
    String text = CliRun.of("progress", "--as-of", AS_OF).out();
    assertTrue(
        text.contains(
            "Unemployment (model-based, aged 16 and over) in Kensington and Chelsea rose from 5.3%"
                + " (2021) to 5.9% (2023; the most recent figure in the data, a newer release being overdue)"),
        text);
    String early = CliRun.of("progress", "--as-of", "2024-01-01").out();
    assertTrue(
        early.contains(
            "rose from 5.3% (2021) to 5.9% (2023), a change of +0.6 percentage points (95% CI"
                + " -2.2 to 3.4), not a significant change."),
        early);
  }

  @Test
  void aBadGoalStopsTheRunAtItsLine(@TempDir Path dir) throws IOException {
    CatalogueFixture cat = CatalogueFixture.copyInto(dir);
    Path file = cat.indicator("campylobacter.yaml");
    cat.insertAfter(file, "polarity: low-is-good", "goal:", "  limit: 21");

    CliRun run =
        CliRun.of(
            "progress",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString(),
            "--as-of",
            AS_OF);

    assertEquals(65, run.code(), run.toString());
    assertEquals(
        List.of(
            "outcomes: "
                + file
                + ":"
                + CatalogueFixture.lineOf(file, "goal:")
                + ":1: 'source' is missing: say who set the goal and where (a goal nobody set is never shown)"),
        run.errLines());
  }

  @Test
  void withoutABaselineDateOrDeclaredBaselineNothingIsJudgedAndItSaysWhy(@TempDir Path dir)
      throws IOException {
    Path valid = CatalogueFixture.valid();
    CliRun run =
        CliRun.of(
            "progress",
            "--indicators",
            valid.resolve("indicators").toString(),
            "--data",
            valid.resolve("data").toString(),
            "--as-of",
            AS_OF,
            "--format",
            "json");

    JsonNode items = new ObjectMapper().readTree(run.out()).get("items");
    assertTrue(items.size() > 0);
    items.forEach(
        i ->
            assertEquals(
                "no baseline: the indicator file declares none and framework.yaml has no"
                    + " baseline-date",
                i.get("reason").asText()));
    Path out = dir.resolve("progress.csv");
    assertEquals(
        0,
        CliRun.of(
                "progress",
                "--indicators",
                valid.resolve("indicators").toString(),
                "--data",
                valid.resolve("data").toString(),
                "--as-of",
                AS_OF,
                "--format",
                "csv",
                "--out",
                out.toString())
            .code());
    assertTrue(Files.readString(out).startsWith("indicator,title,sex,area,areaCode,"));
  }

  @Test
  void aDateThatIsNotOneIsAUsageError() {
    CliRun run = CliRun.of("progress", "--as-of", "23/11/2026");
    assertEquals(2, run.code());
  }

  private static JsonNode item(String indicator, String code, String sex) {
    for (JsonNode i : root.get("items")) {
      if (i.get("indicator").asText().equals(indicator)
          && i.get("areaCode").asText().equals(code)
          && i.get("sex").asText().equals(sex)) {
        return i;
      }
    }
    throw new AssertionError("no item " + indicator + " " + code + " " + sex);
  }
}
