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
 * The heaviest hostile input, a single cell of 40 million characters, through the commands in a JVM
 * of 256 MB, as the scheduled job may have: each finishes promptly without a stack trace.
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
    byte[] csv =
        HostileInputTest.csv(
            rows -> {
              rows.get(4).set(19, huge); // a value note
              rows.get(5).set(5, huge); // an area name
              return rows;
            });
    extract = Files.write(dir.resolve("huge-cell.csv"), csv);
    catalogue = dir.resolve("catalogue");
    HostileInputTest.copy(HostileInputTest.CATALOGUE, catalogue);
    Files.write(catalogue.resolve(HostileInputTest.DATA_FILE), csv);
  }

  @Test
  void inspect() throws Exception {
    assertOk(
        run(
            "inspect",
            "--latest",
            "--format",
            "csv",
            "--out",
            dir.resolve("latest.csv").toString(),
            extract.toString()));
  }

  @Test
  void compare() throws Exception {
    // Regression: compare held every row whole until the extract was read, and ran out of memory
    assertOk(
        run(
            "compare",
            "--in",
            extract.toString(),
            "--polarity",
            "low-is-good",
            "--out",
            dir.resolve("c.csv").toString()));
  }

  @Test
  void calc() throws Exception {
    // Regression: the output line was built whole in memory, copied as it grew past the heap
    assertOk(
        run(
            "calc",
            "rate",
            "--in",
            extract.toString(),
            "--count",
            "Count",
            "--denominator",
            "Denominator",
            "--out",
            dir.resolve("calc.csv").toString()));
  }

  /**
   * A quote opened near the top of a large file and never closed: the readers stop at 64 MB with
   * the line where the row starts, instead of buffering the rest of the file.
   */
  @Test
  void aQuoteNeverClosedIsReportedWithoutReadingTheRestOfTheFileIntoMemory() throws Exception {
    Path open = dir.resolve("open-quote.csv");
    String text =
        new String(HostileInputTest.csv(rows -> rows), java.nio.charset.StandardCharsets.UTF_8);
    String header = text.substring(0, text.indexOf('\n') + 1);
    // line 2 opens a quote, and the rest of the file goes on inside it, well past the limit
    Files.writeString(open, header + "93356,\"Campylobacter " + "x".repeat(90_000_000));
    for (String[] args :
        new String[][] {
          {"inspect", open.toString()},
          {
            "calc",
            "rate",
            "--in",
            open.toString(),
            "--count",
            "Count",
            "--denominator",
            "Denominator",
            "--out",
            dir.resolve("open-quote-calc.csv").toString()
          }
        }) {
      Subprocess p = run(args);
      String all = "exit " + p.code() + "\n" + p.err();
      assertEquals(ExitCodes.BAD_INPUT, p.code(), all);
      assertTrue(
          p.err().startsWith("outcomes: " + open + ":2: this row runs on for more than 64 MB"),
          all);
      assertEquals(1, p.err().lines().count(), all);
    }
  }

  @Test
  void report() throws Exception {
    assertOk(
        run(
            "report",
            "--quiet",
            "--indicators",
            catalogue.resolve("indicators").toString(),
            "--data",
            catalogue.resolve("data").toString(),
            "--out",
            dir.resolve("report").toString()));
  }

  private Subprocess run(String... args) throws Exception {
    Path work = Files.createTempDirectory(dir, "run");
    return Subprocess.run(work, "256m", 240, args);
  }

  private static void assertOk(Subprocess p) {
    String all = "exit " + p.code() + "\n" + p.err();
    assertFalse(
        p.err().contains("\tat ") || p.err().contains("Exception") || p.err().contains("Error"),
        all);
    assertEquals(0, p.code(), all);
    assertTrue(p.err().lines().count() <= 3, all);
  }
}
