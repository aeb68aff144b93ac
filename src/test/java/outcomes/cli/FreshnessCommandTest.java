package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import outcomes.catalogue.CatalogueFixture;
import outcomes.fetch.Manifest;
import outcomes.fetch.ManifestEntry;
import outcomes.fetch.ManifestFile;

/**
 * `outcomes freshness`: the same verdict in text, JSON and JUnit XML on the bundled catalogue, exit
 * 1 when anything is stale and 0 otherwise, XML that stays well-formed whatever a title holds, the
 * same bytes on every run, and the fetch manifest read when present.
 */
class FreshnessCommandTest {
  private static final String AS_OF = "2026-11-23";
  private static final Pattern TEXT_ROW = Pattern.compile("^(fresh|due|stale|unknown) +(\\S+) .*");

  @TempDir Path dir;

  @Test
  void givesTheSameVerdictInEveryFormatOnTheBundledCatalogue() throws Exception {
    CliRun text = bundled("text");
    CliRun json = bundled("json");
    CliRun junit = bundled("junit");

    for (CliRun run : List.of(text, json, junit)) {
      assertEquals(1, run.code(), run.toString());
      List<String> err = run.errLines();
      assertEquals(
          "outcomes: 7 of 19 indicators are stale: air-quality-pm25, anxiety-score,"
              + " dementia-diagnosis, inactive-adults, pm25-attributable-mortality, unemployment,"
              + " year6-overweight",
          err.get(err.size() - 1));
      // before it, at most the data-quality warning (the bundled data lack five baselines)
      assertTrue(err.size() <= 2, run.toString());
      assertTrue(err.size() == 1 || err.get(0).startsWith("outcomes: warning: "), run.toString());
    }
    Map<String, String> fromText = fromText(text.out());
    assertEquals(19, fromText.size(), text.out());
    assertEquals(fromText, fromJson(json.out()));
    assertEquals(fromText, fromJunit(junit.out()));
    assertEquals("stale", fromText.get("year6-overweight"));
    assertEquals("fresh", fromText.get("child-poverty"));
    assertEquals("unknown", fromText.get("feeling-safe"));
    assertEquals("fresh", fromText.get("rough-sleeping"), "autumn 2025, published February 2026");
    assertTrue(
        text.out().endsWith("19 indicators: 8 fresh, 0 due, 7 stale, 4 unknown\n"), text.out());
  }

  @Test
  void writesEveryFieldTheIssueAsksForInJson() throws Exception {
    JsonNode year6 =
        indicator(new ObjectMapper().readTree(bundled("json").out()), "year6-overweight");

    assertEquals("Year 6 children overweight (including obesity)", year6.get("title").asText());
    assertEquals("stale", year6.get("status").asText());
    assertEquals("2017/18", year6.get("latestPeriod").asText());
    assertEquals("2019-11-30", year6.get("expectedBy").asText());
    assertEquals("2020-02-28", year6.get("staleAfter").asText());
    assertEquals(8, year6.get("releasesBehind").asInt());
    assertTrue(year6.get("source").asText().startsWith("OHID Fingertips"), year6.toString());
    assertEquals(
        "the release for the period ending Mar 2019 was expected in Nov 2019 and is not in the data;"
            + " 90 days' grace ended 2020-02-28 (8 releases behind)",
        year6.get("reason").asText());
    assertTrue(year6.get("fetched").isNull());
  }

  @Test
  void exitsZeroWhenNothingIsStale() {
    Path valid = CatalogueFixture.valid();

    CliRun run =
        CliRun.of(
            "freshness",
            "--indicators",
            valid.resolve("indicators").toString(),
            "--data",
            valid.resolve("data").toString(),
            "--as-of",
            "2018-06-01");

    assertEquals(0, run.code(), run.toString());
    assertEquals("", run.err());
    assertEquals(List.of("fresh", "fresh"), List.copyOf(fromText(run.out()).values()));
  }

  @Test
  void saysDueWithoutFailing() {
    Path valid = CatalogueFixture.valid();

    CliRun run =
        CliRun.of(
            "freshness",
            "--indicators",
            valid.resolve("indicators").toString(),
            "--data",
            valid.resolve("data").toString(),
            "--as-of",
            "2026-12-15");

    assertEquals(1, run.code(), run.toString());
    assertEquals(Map.of("campylobacter", "stale", "life-expectancy", "due"), fromText(run.out()));
  }

  @Test
  void keepsTheXmlWellFormedWhateverATitleHolds() throws Exception {
    CatalogueFixture cat = CatalogueFixture.copyInto(dir);
    cat.replace(
        cat.indicator("campylobacter.yaml"),
        "title: Campylobacter incidence rate",
        "title: \"Rates <&> \\\"quoted\\\" 'apostrophe' ]]> bell\\a end\"");

    CliRun run =
        CliRun.of(
            "freshness",
            "--format",
            "junit",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString(),
            "--as-of",
            AS_OF);

    Element first = (Element) xml(run.out()).getElementsByTagName("testcase").item(0);
    assertEquals(
        "campylobacter: Rates <&> \"quoted\" 'apostrophe' ]]> bell\uFFFD end",
        first.getAttribute("name"));
    assertTrue(
        run.out()
            .contains(
                "name=\"campylobacter: Rates &lt;&amp;&gt; &quot;quoted&quot; &apos;apostrophe&apos;"
                    + " ]]&gt; bell\uFFFD end\""),
        run.out());
  }

  @Test
  void writesTheSameBytesEveryRunToAFile() throws Exception {
    Path valid = CatalogueFixture.valid();
    for (String format : List.of("text", "json", "junit")) {
      String[] args = {
        "freshness",
        "--indicators",
        valid.resolve("indicators").toString(),
        "--data",
        valid.resolve("data").toString(),
        "--as-of",
        "2026-12-15",
        "--format",
        format,
        "--out",
        ""
      };
      Path first = dir.resolve("first." + format);
      Path second = dir.resolve("second." + format);
      args[args.length - 1] = first.toString();
      assertEquals(1, CliRun.of(args).code());
      args[args.length - 1] = second.toString();
      CliRun run = CliRun.of(args);
      assertEquals(1, run.code());
      assertEquals("", run.out());
      assertTrue(Files.size(first) > 200, format);
      assertEquals(Files.readString(first), Files.readString(second), format);
      args[args.length - 1] = "-";
      assertEquals(CliRun.of(args).out(), Files.readString(first), format);
    }
  }

  @Test
  void readsTheFetchManifestBesideTheData() throws Exception {
    CatalogueFixture cat = CatalogueFixture.copyInto(dir);
    Path manifest = cat.data().resolve("fetched/" + ManifestFile.NAME);
    Files.createDirectories(manifest.getParent());
    Files.write(
        manifest,
        ManifestFile.toJson(
            new Manifest(
                List.of(
                    new ManifestEntry(
                        "campylobacter",
                        93356,
                        "https://fingertips.phe.org.uk/api/x",
                        "campylobacter.csv",
                        Instant.parse("2018-07-01T09:00:00Z"),
                        1000,
                        "0".repeat(64),
                        852,
                        "2018")))));

    CliRun run =
        CliRun.of(
            "freshness",
            "--format",
            "json",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString(),
            "--as-of",
            "2018-07-02");

    assertEquals(0, run.code(), run.toString());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(manifest.toString(), json.get("manifest").asText());
    JsonNode campylobacter = indicator(json, "campylobacter");
    assertEquals("due", campylobacter.get("status").asText());
    assertEquals("2018-07-01T09:00:00Z", campylobacter.get("fetched").get("retrieved").asText());
    assertTrue(
        campylobacter
            .get("reason")
            .asText()
            .endsWith(
                "a newer extract (latest 2018) was fetched on"
                    + " 2018-07-01 but is not in the data read: check it with outcomes validate"),
        campylobacter.toString());
  }

  @Test
  void warnsOfDataProblemsAndCallsAnIndicatorWithoutDataUnknown() throws Exception {
    CatalogueFixture cat = CatalogueFixture.copyInto(dir);
    Files.delete(cat.dataFile("real/campylobacter_93356_london_2015-2017.csv"));

    CliRun run =
        CliRun.of(
            "freshness",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString(),
            "--as-of",
            "2018-06-01");

    assertEquals(0, run.code(), run.toString());
    assertEquals("unknown", fromText(run.out()).get("campylobacter"));
    assertTrue(
        run.out().contains("no period in its data: check the data files with outcomes validate"),
        run.out());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(
        run.errLines()
            .get(0)
            .startsWith(
                "outcomes: warning: 1 problem(s) reading the data, the first "
                    + cat.indicator("campylobacter.yaml")),
        run.err());
  }

  @Test
  void exitsSixtySixForANamedManifestThatIsMissing() {
    Path valid = CatalogueFixture.valid();
    Path none = dir.resolve("none.json");

    InspectCommandTest.assertFails(
        66,
        none + ": no such fetch manifest: run outcomes fetch, or leave out --manifest",
        "freshness",
        "--indicators",
        valid.resolve("indicators").toString(),
        "--data",
        valid.resolve("data").toString(),
        "--manifest",
        none.toString(),
        "--as-of",
        AS_OF);
  }

  @Test
  void refusesADateThatIsNotOne() {
    CliRun run = CliRun.of("freshness", "--as-of", "23/11/2026");

    assertEquals(2, run.code(), run.toString());
    assertTrue(
        run.errLines().get(0).startsWith("outcomes: Invalid value for option '--as-of'"),
        run.err());
  }

  private static CliRun bundled(String format) {
    return CliRun.of("freshness", "--as-of", AS_OF, "--format", format);
  }

  private static Map<String, String> fromText(String text) {
    Map<String, String> statuses = new TreeMap<>();
    for (String line : text.lines().toList()) {
      Matcher m = TEXT_ROW.matcher(line);
      if (m.matches()) {
        statuses.put(m.group(2), m.group(1));
      }
    }
    return statuses;
  }

  private static Map<String, String> fromJson(String json) throws Exception {
    Map<String, String> statuses = new TreeMap<>();
    for (JsonNode i : new ObjectMapper().readTree(json).get("indicators")) {
      statuses.put(i.get("indicator").asText(), i.get("status").asText());
    }
    return statuses;
  }

  /** Each case's status from its output, checked against failure (stale) and skipped (unknown). */
  private static Map<String, String> fromJunit(String xml) throws Exception {
    Map<String, String> statuses = new TreeMap<>();
    NodeList cases = xml(xml).getElementsByTagName("testcase");
    int failures = 0;
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      String id = c.getAttribute("name").replaceFirst(":.*", "");
      String status =
          c.getElementsByTagName("system-out")
              .item(0)
              .getTextContent()
              .lines()
              .findFirst()
              .orElseThrow()
              .replace("status: ", "");
      boolean failed = c.getElementsByTagName("failure").getLength() == 1;
      failures += failed ? 1 : 0;
      assertEquals(status.equals("stale"), failed, id);
      assertEquals(
          status.equals("unknown"), c.getElementsByTagName("skipped").getLength() == 1, id);
      statuses.put(id, status);
    }
    Element suite = (Element) xml(xml).getElementsByTagName("testsuite").item(0);
    assertEquals(String.valueOf(cases.getLength()), suite.getAttribute("tests"));
    assertEquals(String.valueOf(failures), suite.getAttribute("failures"));
    return statuses;
  }

  private static Document xml(String text) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonNode indicator(JsonNode json, String id) {
    for (JsonNode i : json.get("indicators")) {
      if (i.get("indicator").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no " + id + " in " + json);
  }
}
