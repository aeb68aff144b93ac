package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.catalogue.CatalogueFixture;

/** `outcomes gap` on the bundled catalogue and data: the strategy's headline pairs and errors. */
class GapCommandTest {
  private static JsonNode json(CliRun run) throws Exception {
    assertEquals(0, run.code(), run.toString());
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void westbourneAgainstKnightsbridgeAndBelgraviaTakesTheCurrentWards() throws Exception {
    JsonNode g =
        json(
            CliRun.of(
                "gap",
                "--indicator",
                "life-expectancy",
                "--sex",
                "Male",
                "--area",
                "Westbourne",
                "--vs",
                "Knightsbridge & Belgravia",
                "--format",
                "json"));
    assertEquals("E05013809", g.get("areaACode").asText());
    assertEquals("E05013797", g.get("areaBCode").asText());
    double gap = g.get("gap").asDouble();
    assertEquals(g.get("valueA").asDouble() - g.get("valueB").asDouble(), gap, 1e-9);
    // The strategy: boys in Westbourne die about 18 years earlier.
    assertEquals(-18, gap, 1.0);
    assertTrue(g.get("lower").asDouble() < gap && gap < g.get("upper").asDouble());
    assertTrue(g.get("significant").asBoolean());
    assertEquals(false, g.get("real").asBoolean());
  }

  @Test
  void theRealGlaWardGapOf2010To14() throws Exception {
    JsonNode g =
        json(
            CliRun.of(
                "gap",
                "--indicator",
                "life-expectancy",
                "--sex",
                "Male",
                "--area",
                "E05000648",
                "--vs",
                "E05000637",
                "--period",
                "2010-14",
                "--format",
                "json"));
    assertEquals(75.3, g.get("valueA").asDouble(), 1e-9);
    assertEquals(73.7, g.get("lowerA").asDouble(), 1e-9);
    assertEquals(76.8, g.get("upperA").asDouble(), 1e-9);
    assertEquals(89.3, g.get("valueB").asDouble(), 1e-9);
    assertEquals(85.8, g.get("lowerB").asDouble(), 1e-9);
    assertEquals(92.8, g.get("upperB").asDouble(), 1e-9);
    assertEquals(-14.0, g.get("gap").asDouble(), 1e-9);
    assertEquals(14.0, g.get("absoluteGap").asDouble(), 1e-9);
    assertTrue(g.get("significant").asBoolean());
    assertTrue(g.get("real").asBoolean());
    assertTrue(g.get("source").asText().startsWith("GLA/ONS"), g.get("source").asText());
  }

  @Test
  void aNameInTwoBoundarySetsMeansTheCurrentWardAndSaysSo() {
    CliRun run =
        CliRun.of(
            "gap",
            "--indicator",
            "life-expectancy",
            "--sex",
            "Male",
            "--area",
            "Westbourne",
            "--vs",
            "Knightsbridge & Belgravia",
            "--format",
            "json");
    assertEquals(0, run.code(), run.toString());
    assertTrue(run.err().contains("'Westbourne' is E05013809"), run.err());
    assertTrue(run.err().contains("also E05000648"), run.err());
  }

  @Test
  void nottingDaleAgainstQueensGateWhateverTheApostrophe() throws Exception {
    JsonNode g =
        json(
            CliRun.of(
                "gap",
                "--indicator",
                "life-expectancy",
                "--sex",
                "male",
                "--area",
                "Notting Dale",
                "--vs",
                "Queens Gate",
                "--format",
                "json"));
    assertEquals("Queen's Gate", g.get("areaB").asText());
    assertEquals(-17, g.get("gap").asDouble(), 1.0);
  }

  @Test
  void childPovertyByCurrentWardIsRealDwpData() throws Exception {
    JsonNode g =
        json(
            CliRun.of(
                "gap",
                "--indicator",
                "child-poverty",
                "--area",
                "Westbourne",
                "--vs",
                "Knightsbridge and Belgravia",
                "--format",
                "json"));
    assertEquals("FYE 2025", g.get("period").asText());
    assertEquals(44.2, g.get("valueA").asDouble(), 1e-9);
    assertEquals(11.5, g.get("valueB").asDouble(), 1e-9);
    assertEquals(32.7, g.get("gap").asDouble(), 1e-9);
    assertTrue(g.get("real").asBoolean());
  }

  @Test
  void everyPeriodAsCsv() {
    CliRun run =
        CliRun.of(
            "gap",
            "--indicator",
            "child-poverty",
            "--area",
            "E05013809",
            "--vs",
            "E05013797",
            "--period",
            "all",
            "--format",
            "csv");
    assertEquals(0, run.code(), run.toString());
    String[] lines = run.out().split("\r\n");
    assertEquals(3, lines.length, run.out()); // header, FYE 2024, FYE 2025
    assertTrue(lines[1].contains("FYE 2024"), run.out());
  }

  @Test
  void textSaysWhichFiguresAreIllustrative() {
    CliRun run =
        CliRun.of(
            "gap",
            "--indicator",
            "life-expectancy",
            "--sex",
            "Male",
            "--area",
            "Westbourne",
            "--vs",
            "Knightsbridge & Belgravia");
    assertEquals(0, run.code(), run.toString());
    assertTrue(run.out().contains("Illustrative data"), run.out());
    assertTrue(run.out().contains("A - B = -"), run.out());
  }

  @Test
  void spreadWithinABorough() throws Exception {
    JsonNode s =
        json(
            CliRun.of(
                "gap",
                "--indicator",
                "life-expectancy",
                "--sex",
                "Male",
                "--within",
                "E09000033",
                "--format",
                "json"));
    assertEquals(18, s.get("areas").size());
    assertEquals(s.get("best").asText(), s.get("areas").get(0).get("areaCode").asText());
    assertTrue(s.get("range").asDouble() > 15, s.toString());
  }

  /** --within takes a borough's name as well as its code (#23); a ward is no parent. */
  @Test
  void withinABoroughByNameOrRefusedListingTheParents() {
    CliRun byName =
        CliRun.of(
            "gap", "--indicator", "life-expectancy", "--sex", "Male", "--within", "Westminster");
    assertEquals(0, byName.code(), byName.toString());
    assertTrue(byName.out().contains("areas within Westminster (E09000033)"), byName.out());

    CliRun ward =
        CliRun.of(
            "gap", "--indicator", "life-expectancy", "--sex", "Male", "--within", "Westbourne");
    assertEquals(2, ward.code(), ward.toString());
    assertEquals(
        "outcomes: --within: no area 'Westbourne' has areas within it in life-expectancy's data;"
            + " use one of England (E92000001), Kensington and Chelsea (E09000020), London"
            + " (E12000007), Westminster (E09000033)",
        ward.errLines().get(0));
  }

  @Test
  void anUnknownAreaIsAUsageErrorNamingTheOption() {
    CliRun run =
        CliRun.of(
            "gap",
            "--indicator",
            "life-expectancy",
            "--sex",
            "Male",
            "--area",
            "Atlantis",
            "--vs",
            "Westbourne");
    assertEquals(2, run.code(), run.toString());
    assertTrue(run.err().startsWith("outcomes: --area: no area 'Atlantis'"), run.err());
  }

  @Test
  void anIndicatorBySexNeedsASex() {
    CliRun run =
        CliRun.of(
            "gap",
            "--indicator",
            "life-expectancy",
            "--area",
            "Westbourne",
            "--vs",
            "Knightsbridge & Belgravia");
    assertEquals(2, run.code(), run.toString());
    assertTrue(run.err().contains("choose one with --sex"), run.err());
  }

  @Test
  void anUnknownIndicatorOrMissingAreasAreUsageErrors() {
    assertEquals(2, CliRun.of("gap", "--indicator", "nope", "--area", "A", "--vs", "B").code());
    assertEquals(2, CliRun.of("gap", "--indicator", "life-expectancy", "--area", "A").code());
    assertEquals(
        2,
        CliRun.of("gap", "--indicator", "life-expectancy", "--within", "E09000033", "--area", "A")
            .code());
  }

  @Test
  void aPeriodBothAreasLackIsAUsageErrorListingThoseTheyHave() {
    CliRun run =
        CliRun.of(
            "gap",
            "--indicator",
            "child-poverty",
            "--area",
            "Westbourne",
            "--vs",
            "Knightsbridge & Belgravia",
            "--period",
            "FYE 2019");
    assertEquals(2, run.code(), run.toString());
    assertTrue(run.err().contains("FYE 2024, FYE 2025 only"), run.err());
  }

  /** Issue 18, item 3: gap's text writes a figure as the paper and the workbook do. */
  @Test
  void writesFiguresAsEveryOtherOutputDoes() {
    CliRun run =
        CliRun.of(
            "gap",
            "--indicator",
            "life-expectancy",
            "--area",
            "E05000648",
            "--vs",
            "E05000637",
            "--sex",
            "male",
            "--period",
            "2010 - 14");
    assertEquals(0, run.code(), run.toString());
    assertTrue(
        run.out().contains("A - B = " + outcomes.report.Figures.number(75.3 - 89.3, 1) + " years"),
        run.out());
  }

  /**
   * Issue 23: gap reads framework.yaml, the one indicator's file and its data, nothing else, and
   * says the data-quality policy's warnings for what it reads, as validate says them.
   */
  @Test
  void readsOneIndicatorAndSaysTheWarningsOfItsFilesAsValidateDoes(@TempDir Path dir)
      throws Exception {
    CatalogueFixture cat = CatalogueFixture.copyInto(dir);
    // another indicator's file that cannot be read: not this command's business
    cat.write(cat.indicator("life-expectancy.yaml"), "id: [life-expectancy\n");
    // a value outside its own 95% limits (Kensington and Chelsea 2015, the record from line 6)
    Path data = cat.dataFile("real/campylobacter_93356_london_2015-2017.csv");
    Files.writeString(data, Files.readString(data).replace("2015,58.3345486364299,", "2015,85.3,"));

    CliRun gap =
        CliRun.of(
            "gap",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString(),
            "--indicator",
            "campylobacter",
            "--area",
            "Kensington and Chelsea",
            "--vs",
            "Westminster",
            "--period",
            "2015",
            "--format",
            "json");
    assertEquals(0, gap.code(), gap.toString());
    assertEquals(85.3, new ObjectMapper().readTree(gap.out()).get("valueA").asDouble(), 1e-9);
    String warning = data + ":6:13: warning: the value 85.3 lies outside its limits";
    assertEquals(1, gap.errLines().size(), gap.toString());
    assertTrue(gap.err().startsWith("outcomes: " + warning), gap.toString());

    CliRun validate =
        CliRun.of(
            "validate",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString());
    assertEquals(65, validate.code(), "life-expectancy.yaml is validate's business");
    assertTrue(
        validate.outLines().contains(gap.errLines().get(0).substring("outcomes: ".length())),
        validate.toString());
  }
}
