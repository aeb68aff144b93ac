package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.catalogue.CatalogueFixture;
import outcomes.fetch.Loopback;

/**
 * The smaller faults of the fault campaign, each a plain one-line message and a documented code (65
 * for bad input, 2 for wrong usage), never 70 or a hang: a control character in a catalogue path,
 * absurd repetitions or dates, a binary or damaged manifest, a refused ward lookup path, a pipe in
 * the catalogue folder, a compressed body and a redirect loop.
 */
class SmallFaultsTest {
  @TempDir Path dir;
  private final Loopback server = Loopback.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private CatalogueFixture cat() {
    return CatalogueFixture.copyInto(dir.resolve("catalogue"));
  }

  private static CliRun validate(CatalogueFixture cat) {
    return CliRun.of(
        "validate", "--indicators", cat.indicators().toString(), "--data", cat.data().toString());
  }

  @Test
  void aControlCharacterInACataloguePath() {
    CatalogueFixture cat = cat();
    cat.replace(
        cat.indicator("campylobacter.yaml"),
        "  - file: real/campylobacter_93356_london_2015-2017.csv",
        "  - file: \"real/campy\\0lobacter.csv\"");
    CliRun run = validate(cat);
    assertEquals(65, run.code(), run.toString());
    assertTrue(
        run.out()
            .contains("the file 'real/campy?lobacter.csv' must be a path inside the data folder"),
        run.out());
  }

  @Test
  void absurdRepetitionsAndDatesAreUsageErrors() {
    CliRun reps =
        CliRun.of(
            "calc",
            "sii",
            "--in",
            "x.csv",
            "--out",
            "-",
            "--quantile",
            "q",
            "--population",
            "p",
            "--value",
            "v",
            "--reps",
            "2000000000");
    assertEquals(2, reps.code(), reps.toString());
    assertFalse(reps.err().contains("java."), reps.err());
    CliRun date = CliRun.of("freshness", "--as-of", "+999999999-12-31");
    assertEquals(2, date.code(), date.toString());
    assertTrue(date.err().contains("is not a date"), date.err());
    CliRun far = CliRun.of("report", "--as-of", "9999-12-31");
    assertEquals(2, far.code(), far.toString());
    assertTrue(far.err().contains("'9999-12-31' is not a date between 1900 and 2199"), far.err());
  }

  @Test
  void aBinaryManifestIsBadInputAndADamagedOneIsSetAsideByTheNextFetch() throws IOException {
    CatalogueFixture cat = cat();
    Path fetched = cat.data().resolve("fetched");
    Files.createDirectories(fetched);
    Path manifest = fetched.resolve("fetch-manifest.json");
    Files.write(manifest, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80, (byte) 0xc3});
    CliRun freshness =
        CliRun.of(
            "freshness",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString(),
            "--as-of",
            "2026-12-07");
    assertEquals(65, freshness.code(), freshness.toString());

    server.on(
        93356,
        Loopback.ok(
            Path.of(
                "src/test/resources/fingertips/fingertips_std_93356_campylobacter_countyua_2015-2017.csv")));
    CliRun update =
        CliRun.of(
            "update",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString(),
            "--indicator",
            "campylobacter",
            "--base-url",
            server.base().toString());
    assertEquals(0, update.code(), update.toString());
    assertTrue(
        update
            .err()
            .contains("it is set aside as " + fetched.resolve("fetch-manifest.json.damaged-")),
        update.err());
    assertTrue(Files.readString(manifest).contains("\"campylobacter\""), "a new manifest begun");
  }

  @Test
  void aWardLookupOutsideTheDataFolderIsNeverOpened() throws IOException {
    CatalogueFixture cat = cat();
    Path outside = dir.resolve("secret.csv");
    Files.writeString(outside, "not, a, lookup\n");
    cat.insertAfter(
        cat.indicators().resolve("framework.yaml"),
        "focus: [E09000020, E09000033]",
        "ward-lookups: [../secret.csv]");
    CliRun run = validate(cat);
    assertEquals(65, run.code(), run.toString());
    assertTrue(run.out().contains("must be a path inside the data folder"), run.out());
    assertFalse(run.out().contains("ward_code"), "the refused file was not read: " + run.out());
  }

  @Test
  void aPipeInTheCatalogueFolderIsAProblemNotAHang() throws Exception {
    CatalogueFixture cat = cat();
    Path fifo = cat.indicators().resolve("pipe.yaml");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    CliRun run = validate(cat);
    assertEquals(65, run.code(), run.toString());
    assertTrue(
        run.out().contains("pipe.yaml: is not a regular file (a pipe, a device or a folder)"),
        run.out());
  }

  @Test
  void aCompressedBodyAndARedirectLoopEachGetTheirOwnSentence() {
    CatalogueFixture cat = cat();
    server.on(
        93356,
        ex -> {
          byte[] body = "\u001f\u008b not really gzip".getBytes(StandardCharsets.ISO_8859_1);
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    server.on(
        90366,
        ex -> {
          ex.getResponseHeaders().set("Location", ex.getRequestURI().toString());
          ex.sendResponseHeaders(302, -1);
          ex.close();
        });
    CliRun gzip =
        CliRun.of(
            "update",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString(),
            "--indicator",
            "campylobacter",
            "--base-url",
            server.base().toString(),
            "--quiet");
    assertEquals(65, gzip.code(), gzip.toString());
    assertTrue(
        gzip.err()
            .contains(
                "the server sent the extract compressed (gzip) though it was asked for plain CSV"),
        gzip.err());
    CliRun loop =
        CliRun.of(
            "update",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString(),
            "--indicator",
            "life-expectancy",
            "--base-url",
            server.base().toString(),
            "--retries",
            "0",
            "--quiet");
    assertEquals(75, loop.code(), loop.toString());
    assertTrue(loop.err().contains("the server's redirects go round in a loop"), loop.err());
  }

  @Test
  void aValueAnOptionCannotTakeIsSaidInOurWordsNotJavas() {
    CliRun run =
        CliRun.of(
            "gap",
            "--indicator",
            "life-expectancy",
            "--sex",
            "Both",
            "--area",
            "Westminster",
            "--vs",
            "England");
    assertEquals(2, run.code(), run.toString());
    assertEquals(
        "outcomes: Invalid value for option '--sex': unknown sex 'Both': use Persons, Male or Female",
        run.err().lines().findFirst().orElse(""));
  }

  @Test
  void aTypoGetsSuggestionsAndTheExitCodesAreListedOnce() {
    CliRun typo = CliRun.of("reprot");
    assertEquals(2, typo.code(), typo.toString());
    assertTrue(typo.err().contains("Did you mean: outcomes report"), typo.err());
    assertFalse(
        CliRun.of("report", "--help").out().contains("Exit codes:"), "only under outcomes --help");
  }

  @Test
  void aGapNeedsTwoAreasAndWithinTakesABoroughsName() {
    CliRun same =
        CliRun.of(
            "gap",
            "--indicator",
            "life-expectancy",
            "--sex",
            "Male",
            "--area",
            "Westminster",
            "--vs",
            "E09000033");
    assertEquals(2, same.code(), same.toString());
    assertTrue(
        same.err()
            .contains(
                "--area and --vs both name Westminster (E09000033): a gap is between two areas"),
        same.err());
    CliRun byName =
        CliRun.of(
            "gap", "--indicator", "life-expectancy", "--sex", "Male", "--within", "Westminster");
    CliRun byCode =
        CliRun.of(
            "gap", "--indicator", "life-expectancy", "--sex", "Male", "--within", "E09000033");
    assertEquals(0, byName.code(), byName.toString());
    assertEquals(byCode.out(), byName.out());
  }

  @Test
  void anUnknownIndicatorToFetchListsTheOnesThereAre() {
    CatalogueFixture cat = cat();
    CliRun run =
        CliRun.of(
            "update",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString(),
            "--indicator",
            "nosuch",
            "--base-url",
            server.base().toString());
    assertEquals(2, run.code(), run.toString());
    assertTrue(
        run.err()
            .contains(
                "--indicator: no indicator 'nosuch' with a source.fingertips-id in "
                    + cat.indicators()
                    + ": use one of [campylobacter, life-expectancy]"),
        run.err());
  }
}
