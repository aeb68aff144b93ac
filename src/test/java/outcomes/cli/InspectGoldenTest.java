package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `inspect` on the real campylobacter extract against golden outputs checked in beside it, byte for
 * byte, and the same bytes on a second run and through --out. The goldens' figures were checked
 * with Python's csv module before they were checked in (see the README beside them).
 */
class InspectGoldenTest {
  /** As a user types it from the project folder; the path appears in the JSON output. */
  static final String EXTRACT =
      "src/test/resources/fingertips/fingertips_std_93356_campylobacter_countyua_2015-2017.csv";

  @TempDir Path dir;

  @Test
  void summaryAsJsonMatchesTheGolden() throws IOException {
    assertGolden("/fingertips/inspect.golden.json", "inspect", "--format", "json", EXTRACT);
  }

  @Test
  void latestRowsAsCsvMatchTheGolden() throws IOException {
    assertGolden(
        "/fingertips/inspect-latest.golden.csv", "inspect", "--latest", "--format", "csv", EXTRACT);
  }

  @Test
  void summaryAsTextSaysWhatTheExtractHolds() {
    CliRun run = CliRun.of("inspect", EXTRACT);

    assertEquals(0, run.code(), run.toString());
    assertEquals(
        java.util.List.of(
            EXTRACT,
            "  read as   Fingertips export, 26 columns",
            "  852 rows, 842 with a value, 331 series",
            "",
            "Indicator 93356: Campylobacter incidence rate/100,000",
            "  areas     162 (Country 1, County & UA 152, Region 9)",
            "  periods   2015 to 2017 (3)",
            "  rows      852, of which 10 without a value",
            "            5: Value for Cornwall & Isles of Scilly combined",
            "            5: Value for Hackney and City of London combined"),
        run.outLines());
  }

  @Test
  void writesTheSameBytesThroughOutAsOnStandardOutput() throws IOException {
    Path json = dir.resolve("summary.json");
    Path csv = dir.resolve("latest.csv");

    CliRun a = CliRun.of("inspect", "--format", "json", "--out", json.toString(), EXTRACT);
    CliRun b =
        CliRun.of("inspect", "--latest", "--format", "csv", "--out", csv.toString(), EXTRACT);
    assertEquals(0, a.code(), a.toString());
    assertEquals(0, b.code(), b.toString());
    assertEquals("", a.out() + b.out(), "nothing on standard output");
    assertArrayEquals(golden("/fingertips/inspect.golden.json"), Files.readAllBytes(json));
    assertArrayEquals(golden("/fingertips/inspect-latest.golden.csv"), Files.readAllBytes(csv));
  }

  private static void assertGolden(String golden, String... args) throws IOException {
    assertTrue(Files.isRegularFile(Path.of(EXTRACT)), "run the tests from the project folder");
    CliRun first = CliRun.of(args);
    CliRun second = CliRun.of(args);

    assertEquals(0, first.code(), first.toString());
    assertEquals("", first.err());
    byte[] expected = golden(golden);
    assertEquals(
        new String(expected, StandardCharsets.UTF_8), first.out(), "output differs from " + golden);
    assertArrayEquals(
        expected, first.out().getBytes(StandardCharsets.UTF_8), "bytes differ from " + golden);
    assertArrayEquals(
        first.out().getBytes(StandardCharsets.UTF_8),
        second.out().getBytes(StandardCharsets.UTF_8),
        "a second run gives the same bytes");
  }

  private static byte[] golden(String resource) throws IOException {
    try (InputStream in = InspectGoldenTest.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }
}
