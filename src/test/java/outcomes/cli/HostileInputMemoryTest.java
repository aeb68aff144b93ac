package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heaviest hostile input, a single cell of 40 million characters, through the commands in a
 * JVM of 256 MB, as the scheduled job may have: each finishes promptly without a stack trace.
 * Regression (issue 8): the report wrote such a cell into the workbook, which POI refuses, and
 * exited 70; it is now cut to Excel's limit and says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputMemoryTest {
  @TempDir static Path dir;
  private Path extract;
  private Path catalogue;

  @BeforeAll
  void writeAHugeCell() throws IOException {
    String huge = "N".repeat(40_000_000);
    byte[] csv = HostileInputTest.csv(rows -> {
      rows.get(4).set(19, huge);   // a value note
      rows.get(5).set(5, huge);    // an area name
      return rows;
    });
    extract = Files.write(dir.resolve("huge-cell.csv"), csv);
    catalogue = dir.resolve("catalogue");
    HostileInputTest.copy(HostileInputTest.CATALOGUE, catalogue);
    Files.write(catalogue.resolve(HostileInputTest.DATA_FILE), csv);
  }

  @Test
  void inspect() throws Exception {
    assertOk(run("inspect", "--latest", "--format", "csv", "--out", dir.resolve("latest.csv").toString(), extract.toString()));
  }

  @Test
  void compare() throws Exception {
    // compare holds the row while it judges it and needs more than 256 MB for a 40 MB cell (left
    // for the CSV ingest rewrite); until then it must still end with one line, no stack trace
    assertShortBugOrOk(run("compare", "--in", extract.toString(), "--polarity", "low-is-good", "--out", dir.resolve("c.csv").toString()));
  }

  @Test
  void calc() throws Exception {
    // Since the byte scanner replaced Commons CSV, a 40 MB cell grows its buffer past 256 MB here
    // as in compare (to be fixed in the scanner's growth); it must still end with one line.
    assertShortBugOrOk(run("calc", "rate", "--in", extract.toString(), "--count", "Count", "--denominator", "Denominator",
        "--out", dir.resolve("calc.csv").toString()));
  }

  @Test
  void report() throws Exception {
    assertOk(run("report", "--quiet", "--indicators", catalogue.resolve("indicators").toString(),
        "--data", catalogue.resolve("data").toString(), "--out", dir.resolve("report").toString()));
  }

  private Subprocess run(String... args) throws Exception {
    Path work = Files.createTempDirectory(dir, "run");
    return Subprocess.run(work, "256m", 240, args);
  }

  private static void assertShortBugOrOk(Subprocess p) {
    String all = "exit " + p.code() + "\n" + p.err();
    assertFalse(p.err().contains("\tat ") || p.err().contains("Exception"), all);
    assertTrue(p.code() == 0 || p.code() == ExitCodes.BUG, all);
    assertTrue(p.err().lines().count() <= 3, all);
  }

  private static void assertOk(Subprocess p) {
    String all = "exit " + p.code() + "\n" + p.err();
    assertFalse(p.err().contains("\tat ") || p.err().contains("Exception") || p.err().contains("Error"), all);
    assertEquals(0, p.code(), all);
    assertTrue(p.err().lines().count() <= 3, all);
  }
}
