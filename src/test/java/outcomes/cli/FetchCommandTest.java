package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.catalogue.CatalogueFixture;
import outcomes.fetch.FingertipsClient;
import outcomes.fetch.Loopback;
import outcomes.fetch.ManifestFile;

/**
 * `outcomes fetch` through the command line against a loopback server: progress lines on standard
 * error (no terminal here), nothing on standard output, and one error line with the documented exit
 * code when the server fails (75) or sends something that is not an extract (65).
 */
class FetchCommandTest {
  static final Path EXTRACT =
      Path.of(
          "src/test/resources/fingertips/fingertips_std_93356_campylobacter_countyua_2015-2017.csv");

  @TempDir Path dir;
  private final Loopback server = Loopback.start();
  private CatalogueFixture cat;
  private Path out;

  @BeforeEach
  void setUp() {
    cat = CatalogueFixture.copyInto(dir.resolve("catalogue"));
    out = dir.resolve("fetched");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void savesTheExtractAndSaysSoInPlainLines() throws Exception {
    server.on(93356, Loopback.ok(EXTRACT));

    CliRun run = fetch("--indicator", "campylobacter");

    assertEquals(0, run.code(), run.toString());
    assertEquals("", run.out());
    assertEquals(
        List.of(
            "fetch campylobacter (1/1): " + url(93356),
            "campylobacter: saved campylobacter.csv, 200,816 bytes, 852 rows, latest period 2017",
            "saved 1 extract; manifest " + out.resolve(ManifestFile.NAME)),
        run.errLines());
    assertArrayEquals(
        Files.readAllBytes(EXTRACT), Files.readAllBytes(out.resolve("campylobacter.csv")));
  }

  @Test
  void exitsSeventyFiveWhenTheServerKeepsFailing() throws Exception {
    server.on(93356, Loopback.ok(EXTRACT), Loopback.status(500));
    assertEquals(0, fetch("--indicator", "campylobacter").code());
    byte[] manifest = Files.readAllBytes(out.resolve(ManifestFile.NAME));

    CliRun run = fetch("--indicator", "campylobacter", "--retries", "1");

    assertEquals(75, run.code(), run.toString());
    String error =
        "outcomes: "
            + url(93356)
            + ": gave up after 2 tries, the last failing with HTTP 500; "
            + out.resolve("campylobacter.csv")
            + " and the manifest are unchanged";
    assertEquals(error, run.errLines().get(run.errLines().size() - 1));
    assertEquals(
        1, run.errLines().stream().filter(l -> l.startsWith("outcomes:")).count(), run.err());
    assertTrue(
        run.errLines().contains("campylobacter: try 1 of 2 failed (HTTP 500); trying again in 0 s"),
        run.err());
    assertArrayEquals(
        Files.readAllBytes(EXTRACT), Files.readAllBytes(out.resolve("campylobacter.csv")));
    assertArrayEquals(manifest, Files.readAllBytes(out.resolve(ManifestFile.NAME)));
  }

  @Test
  void fetchesEveryFingertipsIndicatorAndNamesEachFailureAsItHappens() {
    server.on(93356, Loopback.ok(EXTRACT)).on(90366, Loopback.status(503));

    CliRun run = fetch("--retries", "0");

    assertEquals(75, run.code(), run.toString());
    String failure =
        url(90366) + ": gave up after 1 try, the last failing with HTTP 503; nothing was saved";
    assertEquals(
        List.of(
            "fetch campylobacter (1/2): " + url(93356),
            "campylobacter: saved campylobacter.csv, 200,816 bytes, 852 rows, latest period 2017",
            "fetch life-expectancy (2/2): " + url(90366),
            "life-expectancy: failed: " + failure,
            "outcomes: " + failure + " (1 of 2 indicators failed: life-expectancy)"),
        run.errLines());
  }

  @Test
  void exitsSixtyFiveQuietlyForABodyThatIsNotAnExtract() {
    server.on(93356, Loopback.ok("Indicator ID,Value\n93356,1\n".getBytes(StandardCharsets.UTF_8)));

    InspectCommandTest.assertFails(
        65,
        url(93356)
            + ":1: not a Fingertips file: the header has no"
            + " 'Area Code', no 'Time period' column (a Fingertips export's header starts 'Indicator ID,"
            + "Indicator Name,Parent Code,…'); nothing was saved",
        "fetch",
        "--quiet",
        "--indicators",
        cat.indicators().toString(),
        "--base-url",
        server.base().toString(),
        "--out",
        out.toString(),
        "--indicator",
        "campylobacter");
  }

  @Test
  void refusesAnUnknownIndicatorOrBaseUrlAsUsage() {
    CliRun unknown = fetch("--indicator", "nope");
    CliRun badUrl =
        CliRun.of("fetch", "--indicators", cat.indicators().toString(), "--base-url", "ftp://x");

    assertEquals(2, unknown.code(), unknown.toString());
    assertEquals(
        List.of(
            "outcomes: --indicator: no indicator 'nope' with a source.fingertips-id in "
                + cat.indicators()
                + ": use one of [campylobacter, life-expectancy]"),
        unknown.errLines());
    assertEquals(2, badUrl.code(), badUrl.toString());
    assertTrue(
        badUrl.errLines().get(0).startsWith("outcomes: --base-url: expected http:// or https://"),
        badUrl.err());
    assertEquals(List.of(), server.requests());
  }

  @Test
  void documentsExitCodeSeventyFiveInHelp() {
    CliRun run = CliRun.of("fetch", "--help");

    assertEquals(0, run.code(), run.toString());
    assertTrue(run.out().startsWith("Usage: outcomes fetch"), run.out());
    // the table of exit codes is under outcomes --help; fetch's own help says when it exits 75
    assertTrue(
        run.out().replaceAll("\\s+", " ").contains("the run exits 75 (server failures)"),
        run.out());
  }

  private CliRun fetch(String... args) {
    List<String> all =
        new java.util.ArrayList<>(
            List.of(
                "fetch",
                "--indicators",
                cat.indicators().toString(),
                "--base-url",
                server.base().toString(),
                "--out",
                out.toString(),
                "--retry-wait",
                "0"));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  private String url(int id) {
    return FingertipsClient.extractUrl(server.base(), id, 502, 6).toString();
  }
}
