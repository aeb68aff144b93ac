package outcomes.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.catalogue.CatalogueFixture;
import outcomes.fetch.FetchListener;
import outcomes.fetch.FingertipsClient;
import outcomes.fetch.Loopback;
import outcomes.fetch.Manifest;
import outcomes.fetch.ManifestEntry;
import outcomes.fetch.ManifestFile;
import outcomes.fetch.RetryPolicy;
import outcomes.model.OutcomesException;

/**
 * `fetch` end to end against a loopback server serving the real campylobacter extract: the bytes
 * and a manifest are saved; then a server failing with 500s, a body cut short or the wrong header
 * fails the run and leaves the saved copy and the manifest exactly as they were.
 */
class FetchJobTest {
  static final Path EXTRACT =
      Path.of(
          "src/test/resources/fingertips/fingertips_std_93356_campylobacter_countyua_2015-2017.csv");
  private static final Instant NOW = Instant.parse("2026-11-23T06:30:15.123Z");

  @TempDir Path dir;
  private final Loopback server = Loopback.start();
  private final List<Duration> waits = new ArrayList<>();
  private CatalogueFixture cat;
  private Path out;
  private byte[] body;

  @BeforeEach
  void setUp() throws IOException {
    cat = CatalogueFixture.copyInto(dir.resolve("catalogue"));
    out = dir.resolve("fetched");
    body = Files.readAllBytes(EXTRACT);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void savesTheServedBytesAndAManifest() throws Exception {
    server.on(93356, Loopback.ok(body));

    FetchJob.Result r = run("campylobacter");

    Path saved = out.resolve("campylobacter.csv");
    assertArrayEquals(body, Files.readAllBytes(saved));
    assertEquals(out.resolve(ManifestFile.NAME), r.manifest());
    ManifestEntry e = ManifestFile.read(r.manifest()).entry("campylobacter").orElseThrow();
    assertEquals(
        new ManifestEntry(
            "campylobacter",
            93356,
            FingertipsClient.extractUrl(server.base(), 93356, 502, 6).toString(),
            "campylobacter.csv",
            Instant.parse("2026-11-23T06:30:15Z"),
            200_816,
            sha256(body),
            852,
            "2017"),
        e);
    assertEquals(List.of(e), r.saved());
    assertEquals(List.of(saved.getFileName(), r.manifest().getFileName()), files());
  }

  @Test
  void leavesTheSavedCopyAndManifestUnchangedWhenTheServerFails() throws Exception {
    server.on(93356, Loopback.ok(body), Loopback.status(500));
    run("campylobacter");
    Snapshot before = snapshot();

    OutcomesException e = assertThrows(OutcomesException.class, () -> run("campylobacter"));

    assertEquals(OutcomesException.Kind.UNAVAILABLE, e.kind());
    assertEquals(
        "gave up after 3 tries, the last failing with HTTP 500; "
            + out.resolve("campylobacter.csv")
            + " and the manifest are unchanged",
        e.getMessage());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);
    before.assertUnchanged();
  }

  @Test
  void leavesTheSavedCopyUnchangedWhenTheBodyIsCutShort() throws Exception {
    server.on(93356, Loopback.ok(body), Loopback.cutShort(body, body.length / 2));
    run("campylobacter");
    Snapshot before = snapshot();

    OutcomesException e = assertThrows(OutcomesException.class, () -> run("campylobacter"));

    assertEquals(OutcomesException.Kind.UNAVAILABLE, e.kind());
    assertTrue(
        e.getMessage()
            .startsWith(
                "gave up after 3 tries, the last failing with a body cut short at"
                    + " 100,408 of its 200,816 bytes;"),
        e.getMessage());
    before.assertUnchanged();
  }

  @Test
  void refusesABodyThatIsNotAFingertipsExtract() throws Exception {
    byte[] wrong =
        new String(body, StandardCharsets.UTF_8)
            .replaceFirst(",Value,", ",Amount,")
            .getBytes(StandardCharsets.UTF_8);
    server.on(93356, Loopback.ok(body), Loopback.ok(wrong));
    run("campylobacter");
    Snapshot before = snapshot();

    OutcomesException e = assertThrows(OutcomesException.class, () -> run("campylobacter"));

    assertEquals(OutcomesException.Kind.BAD_INPUT, e.kind());
    assertEquals(
        FingertipsClient.extractUrl(server.base(), 93356, 502, 6) + ":1", e.location().toString());
    assertEquals(
        "not a Fingertips file: the header has no 'Value' column (a Fingertips export's"
            + " header starts 'Indicator ID,Indicator Name,Parent Code,…'); "
            + out.resolve("campylobacter.csv")
            + " and the manifest are unchanged",
        e.getMessage());
    assertEquals(List.of(), waits, "a wrong body is not retried");
    before.assertUnchanged();
  }

  @Test
  void refusesAnHtmlPageOrAnEmptyExtract() {
    server.on(
        93356,
        Loopback.ok(
            "<!DOCTYPE html>\n<html><body>Maintenance</body></html>\n"
                .getBytes(StandardCharsets.UTF_8)));
    OutcomesException html = assertThrows(OutcomesException.class, () -> run("campylobacter"));
    assertTrue(
        html.getMessage()
            .startsWith("not a Fingertips file: it begins with HTML ('<!DOCTYPE html>')"),
        html.getMessage());
    assertTrue(html.getMessage().endsWith("; nothing was saved"), html.getMessage());

    String header =
        new String(body, StandardCharsets.UTF_8)
            .substring(0, new String(body, StandardCharsets.UTF_8).indexOf('\n') + 1);
    server.on(90366, Loopback.ok(header.getBytes(StandardCharsets.UTF_8)));
    OutcomesException empty = assertThrows(OutcomesException.class, () -> run("life-expectancy"));
    assertTrue(
        empty.getMessage().startsWith("the extract has a header but no rows"), empty.getMessage());
    assertEquals(List.of(), filesOrNone());
  }

  @Test
  void refusesAnotherIndicatorsRows() {
    server.on(90366, Loopback.ok(body));

    OutcomesException e = assertThrows(OutcomesException.class, () -> run("life-expectancy"));

    assertEquals(2, e.location().line());
    assertTrue(
        e.getMessage().startsWith("this row is for indicator 93356, not 90366"), e.getMessage());
  }

  @Test
  void fetchesEveryFingertipsIndicatorAndKeepsGoingPastAFailure() throws Exception {
    server.on(93356, Loopback.ok(body)).on(90366, Loopback.status(503));

    OutcomesException e = assertThrows(OutcomesException.class, () -> run());

    assertTrue(
        e.getMessage().endsWith("nothing was saved (1 of 2 indicators failed: life-expectancy)"),
        e.getMessage());
    Manifest m = ManifestFile.read(out.resolve(ManifestFile.NAME));
    assertEquals(
        List.of("campylobacter"), m.entries().stream().map(ManifestEntry::indicator).toList());
  }

  @Test
  void asksForTheCataloguesAreaTypes() {
    cat.insertAfter(
        cat.indicator("campylobacter.yaml"),
        "  fingertips-id: 93356",
        "  fingertips-area-type: 402",
        "  fingertips-parent-area-type: 15");
    server.on(93356, Loopback.ok(body));

    run("campylobacter");

    assertTrue(
        server
            .requests()
            .get(0)
            .getQuery()
            .contains("child_area_type_id=402&parent_area_type_id=15"),
        server.requests().toString());
  }

  @Test
  void refusesAnUnknownIndicatorOrOneWithoutAFingertipsId() {
    cat.delete(cat.indicator("life-expectancy.yaml"), "  fingertips-id: 90366");

    OutcomesException unknown = assertThrows(OutcomesException.class, () -> run("campylobacterr"));
    OutcomesException notFingertips =
        assertThrows(OutcomesException.class, () -> run("life-expectancy"));

    assertEquals(OutcomesException.Kind.USAGE, unknown.kind());
    assertEquals("--indicator", unknown.location().file());
    assertTrue(
        unknown
            .getMessage()
            .matches(
                "no indicator 'campylobacterr' with a source.fingertips-id in .+: use one of"
                    + " \\[campylobacter\\]"),
        unknown.getMessage());
    assertEquals(OutcomesException.Kind.USAGE, notFingertips.kind());
    assertTrue(
        notFingertips.getMessage().contains("has no source.fingertips-id"),
        notFingertips.getMessage());
    assertEquals(List.of(), server.requests());
  }

  private FetchJob.Result run(String... ids) {
    FetchJob.Request request =
        new FetchJob.Request(
            cat.indicators(),
            cat.data(),
            List.of(ids),
            server.base(),
            out,
            new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(30)),
            0);
    FetchJob.Env env =
        new FetchJob.Env(
            FingertipsClient.standardHttp(),
            Clock.fixed(NOW, ZoneOffset.UTC),
            waits::add,
            FetchListener.QUIET);
    return FetchJob.run(request, env);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.map(Path::getFileName).sorted().toList();
    }
  }

  private List<Path> filesOrNone() {
    try {
      return Files.isDirectory(out) ? files() : List.of();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Snapshot snapshot() throws IOException {
    return new Snapshot(
        files(),
        Files.readAllBytes(out.resolve("campylobacter.csv")),
        Files.readAllBytes(out.resolve(ManifestFile.NAME)));
  }

  /** The fetched folder's files and the bytes of the saved copy and manifest. */
  private final class Snapshot {
    final List<Path> names;
    final byte[] saved;
    final byte[] manifest;

    Snapshot(List<Path> names, byte[] saved, byte[] manifest) {
      this.names = names;
      this.saved = saved;
      this.manifest = manifest;
    }

    void assertUnchanged() throws IOException {
      assertEquals(names, files(), "no file added or left behind");
      assertArrayEquals(saved, Files.readAllBytes(out.resolve("campylobacter.csv")));
      assertArrayEquals(manifest, Files.readAllBytes(out.resolve(ManifestFile.NAME)));
    }
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
