package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.ingest.Extract;

/**
 * `outcomes compare` reproduces Fingertips' own judgements on the real campylobacter extract (low
 * is good), and fails clearly on bad input.
 */
class CompareCommandTest {
  static final String EXTRACT = InspectGoldenTest.EXTRACT;

  @TempDir Path dir;

  @Test
  void reproducesEveryComparedToEnglandLabelOfTheRealExtract() {
    CliRun run =
        CliRun.of(
            "compare",
            "--in",
            EXTRACT,
            "--polarity",
            "RAG - Low is good",
            "--check",
            "--out",
            dir.resolve("c.csv").toString());
    assertEquals(0, run.code(), run.toString());
    assertEquals(
        "852 of 852 judgements agree with the extract's"
            + " 'Compared to England value or percentiles'\n",
        run.err());
  }

  @Test
  void reproducesTheRegionalLabelsAgainstLondon() {
    CliRun run =
        CliRun.of(
            "compare",
            "--in",
            EXTRACT,
            "--benchmark",
            "E12000007",
            "--polarity",
            "low-is-good",
            "--check",
            "--out",
            dir.resolve("c.csv").toString());
    assertEquals(0, run.code(), run.toString());
    assertTrue(run.err().startsWith("165 of 165 judgements agree"), run.err());
  }

  @Test
  void writesTheRowsAsTheyCameWithTheJudgementsMatchingTheGolden() throws IOException {
    Path out = dir.resolve("compared.csv");
    CliRun run =
        CliRun.of("compare", "--in", EXTRACT, "--polarity", "low-is-good", "--out", out.toString());
    assertEquals(0, run.code(), run.toString());
    byte[] golden;
    try (InputStream in =
        getClass().getResourceAsStream("/fingertips/compare-england.golden.csv")) {
      golden = in.readAllBytes();
    }
    assertArrayEquals(golden, Files.readAllBytes(out));

    CliRun stdout = CliRun.of("compare", "--in", EXTRACT, "--polarity", "low-is-good");
    assertEquals(new String(golden, java.nio.charset.StandardCharsets.UTF_8), stdout.out());
  }

  @Test
  void theWrongPolarityIsCaughtByTheCheck() {
    CliRun run =
        CliRun.of(
            "compare",
            "--in",
            EXTRACT,
            "--polarity",
            "high-is-good",
            "--check",
            "--out",
            dir.resolve("c.csv").toString());
    assertEquals(1, run.code(), run.toString());
    assertTrue(run.err().contains("ours 'Worse', the extract's 'Better'"), run.err());
    assertTrue(run.err().contains("322 of 852 judgements agree"), run.err());
  }

  @Test
  void aBenchmarkWithNoColumnToCheckAgainstIsACheckFailure() {
    CliRun run =
        CliRun.of(
            "compare",
            "--in",
            EXTRACT,
            "--benchmark",
            "E09000033",
            "--polarity",
            "low-is-good",
            "--check",
            "--out",
            dir.resolve("c.csv").toString());
    assertEquals(1, run.code(), run.toString());
    assertTrue(run.err().contains("no row has a 'Compared to' column for E09000033"), run.err());
  }

  @Test
  void anUnknownPolarityOrMethodIsAUsageError() {
    CliRun p = CliRun.of("compare", "--in", EXTRACT, "--polarity", "up");
    assertEquals(2, p.code(), p.toString());
    assertTrue(p.err().contains("unknown polarity 'up'"), p.err());
    CliRun m =
        CliRun.of("compare", "--in", EXTRACT, "--polarity", "low-is-good", "--method", "t-test");
    assertEquals(2, m.code(), m.toString());
    assertTrue(m.err().contains("unknown comparison method 't-test'"), m.err());
    CliRun missing = CliRun.of("compare", "--in", EXTRACT);
    assertEquals(2, missing.code(), missing.toString());
  }

  @Test
  void textThatLooksLikeAFormulaIsNeutralisedAndNumbersAreNot() throws IOException {
    Path hostile =
        Extract.of(Extract.REAL_26)
            .set(3, "Area Name", "=HYPERLINK(\"http://x\")")
            .write(dir.resolve("hostile.csv"));
    CliRun run = CliRun.of("compare", "--in", hostile.toString(), "--polarity", "low-is-good");
    assertEquals(0, run.code(), run.toString());
    assertTrue(run.out().contains("\"'=HYPERLINK(\"\"http://x\"\")\""), run.out());
    assertFalse(run.out().contains(",=HYPERLINK"), run.out());
    assertTrue(run.out().contains(",46.4432544201863,"), "numbers stay as written");
  }

  @Test
  void aMissingExtractIsMissingInput() {
    CliRun run =
        CliRun.of(
            "compare", "--in", dir.resolve("nope.csv").toString(), "--polarity", "low-is-good");
    assertEquals(66, run.code(), run.toString());
  }

  @Test
  void aBadLimitStopsTheRunAndLeavesNoOutput() {
    Path bad =
        Extract.of(Extract.REAL_26)
            .set(3, "Lower CI 95.0 limit", "abc")
            .write(dir.resolve("bad.csv"));
    Path out = dir.resolve("out.csv");
    CliRun run =
        CliRun.of(
            "compare",
            "--in",
            bad.toString(),
            "--polarity",
            "low-is-good",
            "--out",
            out.toString());
    assertEquals(65, run.code(), run.toString());
    assertTrue(run.err().startsWith("outcomes: " + bad + ":6:14: "), run.err());
    assertFalse(Files.exists(out));
  }
}
