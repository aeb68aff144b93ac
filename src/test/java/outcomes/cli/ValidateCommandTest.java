package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.catalogue.CatalogueFixture;

/** `outcomes validate`: exit 0 on a sound catalogue, 65 with one line per problem otherwise. */
class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void exitsZeroOnTheValidCatalogue() {
    Path valid = CatalogueFixture.valid();

    CliRun run =
        CliRun.of(
            "validate",
            "--indicators",
            valid.resolve("indicators").toString(),
            "--data",
            valid.resolve("data").toString());
    assertEquals(0, run.code(), run.toString());
    assertEquals(
        "2 indicators, 2 data files, 24 observations: no problems\n"
            .replace("\n", System.lineSeparator()),
        run.out());
    assertEquals("", run.err());
  }

  @Test
  void exitsSixtyFiveWithOneLinePerProblem() {
    CatalogueFixture cat = broken();

    CliRun run =
        CliRun.of(
            "validate",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString());
    assertEquals(65, run.code(), run.toString());
    assertEquals(
        List.of(
            cat.indicator("campylobacter.yaml")
                + ":12:1: unknown polarity 'down': use high-is-good,"
                + " low-is-good or no-judgement",
            cat.dataFile("real/life_expectancy_90366_2021-2024.csv")
                + ":1: the mapping names a column 'rate' that the header does not have"),
        run.outLines());
    assertEquals(List.of("1 indicators, 1 data files, 0 observations: 2 error(s)"), run.errLines());
  }

  @Test
  void writesTheProblemsAsJson() throws Exception {
    CatalogueFixture cat = broken();

    CliRun run =
        CliRun.of(
            "validate",
            "--format",
            "json",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString());
    assertEquals(65, run.code(), run.toString());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(1, json.get("indicators").asInt());
    assertEquals(1, json.get("files").asInt());
    assertEquals(0, json.get("observations").asInt());
    JsonNode first = json.get("problems").get(0);
    assertEquals(cat.indicator("campylobacter.yaml").toString(), first.get("file").asText());
    assertEquals(12, first.get("line").asInt());
    assertEquals(1, first.get("column").asInt());
    assertTrue(first.get("message").asText().startsWith("unknown polarity 'down'"));
    JsonNode second = json.get("problems").get(1);
    assertEquals(1, second.get("line").asInt());
    assertEquals(0, second.get("column").asInt());
    assertEquals(2, json.get("problems").size());
    assertEquals("", run.err());
  }

  @Test
  void writesACleanResultAsJson() throws Exception {
    Path valid = CatalogueFixture.valid();

    CliRun run =
        CliRun.of(
            "validate",
            "--format",
            "json",
            "--indicators",
            valid.resolve("indicators").toString(),
            "--data",
            valid.resolve("data").toString());
    assertEquals(0, run.code(), run.toString());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(24, json.get("observations").asInt());
    assertEquals(0, json.get("problems").size());
  }

  @Test
  void exitsSixtySixWhenTheIndicatorsFolderIsMissing() {
    Path none = dir.resolve("no-indicators");

    InspectCommandTest.assertFails(
        66,
        none
            + ": no such indicators folder: give the folder that holds"
            + " framework.yaml with --indicators",
        "validate",
        "--indicators",
        none.toString(),
        "--data",
        dir.toString());
  }

  private CatalogueFixture broken() {
    CatalogueFixture cat = CatalogueFixture.copyInto(dir);
    cat.replace(cat.indicator("campylobacter.yaml"), "polarity: low-is-good", "polarity: down");
    cat.replace(cat.indicator("life-expectancy.yaml"), "      value: value", "      value: rate");
    return cat;
  }
}
