package outcomes.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.model.OutcomesException;

/**
 * The fetch manifest: deterministic JSON that reads back as written, and clear errors when it is
 * not.
 */
class ManifestFileTest {
  private static final String SHA = "ab".repeat(32);

  @TempDir Path dir;

  @Test
  void writesSortedKeysAndEntriesAndReadsThemBack() throws Exception {
    Manifest m =
        new Manifest(List.of(entry("life-expectancy", 90366), entry("campylobacter", 93356)));
    Path file = Files.write(dir.resolve(ManifestFile.NAME), ManifestFile.toJson(m));

    String json = Files.readString(file);
    assertTrue(
        json.startsWith(
            "{\n  \"format\" : 1,\n  \"indicators\" : [ {\n    \"bytes\" : 200816,\n"
                + "    \"file\" : \"campylobacter.csv\",\n    \"fingertipsId\" : 93356,\n"),
        json);
    assertTrue(json.contains("\"retrieved\" : \"2026-11-23T06:00:00Z\""), json);
    assertTrue(json.endsWith("} ]\n}\n"), json);
    assertEquals(m, ManifestFile.read(file));
    assertArrayEquals(ManifestFile.toJson(m), ManifestFile.toJson(ManifestFile.read(file)));
  }

  @Test
  void replacesAnIndicatorsEntry() {
    Manifest m =
        new Manifest(List.of(entry("campylobacter", 93356))).with(entry("life-expectancy", 90366));
    ManifestEntry newer =
        new ManifestEntry(
            "campylobacter",
            93356,
            "http://x",
            "campylobacter.csv",
            Instant.parse("2026-12-01T00:00:00Z"),
            10,
            SHA,
            1,
            "2018");

    Manifest replaced = m.with(newer);

    assertEquals(
        List.of("campylobacter", "life-expectancy"),
        replaced.entries().stream().map(ManifestEntry::indicator).toList());
    assertEquals(newer, replaced.entry("campylobacter").orElseThrow());
  }

  @Test
  void refusesTheSameIndicatorTwice() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Manifest(List.of(entry("campylobacter", 1), entry("campylobacter", 2))));
  }

  @Test
  void saysWhereAManifestIsNotJson() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve(ManifestFile.NAME),
            "{\n  \"format\" : 1,\n  \"indicators\" : [ oops ]\n}\n");

    OutcomesException e = assertThrows(OutcomesException.class, () -> ManifestFile.read(file));

    assertEquals(OutcomesException.Kind.BAD_INPUT, e.kind());
    assertEquals(file.toString(), e.location().file());
    assertEquals(3, e.location().line());
    assertTrue(e.getMessage().startsWith("not a fetch manifest ("), e.getMessage());
    assertTrue(e.getMessage().endsWith("): run outcomes fetch again to remake it"), e.getMessage());
  }

  @Test
  void refusesAnotherFormatOrAWrongEntry() throws Exception {
    Path other = Files.writeString(dir.resolve("a.json"), "{\"format\": 2, \"indicators\": []}");
    Path wrong =
        Files.writeString(
            dir.resolve("b.json"),
            new String(
                    ManifestFile.toJson(new Manifest(List.of(entry("campylobacter", 93356)))),
                    StandardCharsets.UTF_8)
                .replace(SHA, "xyz"));

    assertEquals(
        "not a fetch manifest of format 1: run outcomes fetch again to remake it",
        assertThrows(OutcomesException.class, () -> ManifestFile.read(other)).getMessage());
    assertTrue(
        assertThrows(OutcomesException.class, () -> ManifestFile.read(wrong))
            .getMessage()
            .startsWith("a fetch manifest entry is wrong"));
  }

  private static ManifestEntry entry(String id, int fid) {
    return new ManifestEntry(
        id,
        fid,
        "http://127.0.0.1/api?indicator_ids=" + fid,
        id + ".csv",
        Instant.parse("2026-11-23T06:00:00Z"),
        200816,
        SHA,
        852,
        "2017");
  }
}
