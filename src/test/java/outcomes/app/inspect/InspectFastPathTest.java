package outcomes.app.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * The inspect job reads a file in chunks on several threads; whatever the threads and chunk size,
 * it must give what one pass with a String per cell gave ({@link ReferenceInspect}): the same
 * summary, the same sum to the last bit, the same latest rows in the same order, and for a bad file
 * the same first error at the same line. Chunks of a few hundred bytes make nearly every chunk
 * start mid-record, often inside a quoted line break, where its first guess is wrong.
 */
class InspectFastPathTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} threads, chunks of {1} bytes, eol {2}, bom {3}")
  @CsvSource({
    "1, 8388608, CRLF, false",
    "2, 8388608, LF, true",
    "2, 300, CRLF, false",
    "3, 1000, LF, false",
    "2, 4096, CRLF, true",
    "4, 64, LF, true",
    "1, 200, CRLF, true"
  })
  void agreesWithOnePassOverEveryRow(int threads, int chunk, String eol, boolean bom) {
    SyntheticExtract e =
        new SyntheticExtract(
            threads * 31L + chunk, 3000, eol.equals("CRLF") ? "\r\n" : "\n", bom, true);
    Path file = e.write(dir.resolve("extract.csv"));

    assertSame(
        ReferenceInspect.run(List.of(file)), InspectJob.run(List.of(file), threads, chunk, true));
  }

  /** inspect --latest counts no per-indicator summary, and gives the same rows and totals. */
  @Test
  void latestRowsAloneAreTheSameAsTheFullRunGives() {
    Path file =
        new SyntheticExtract(5, 3000, "\r\n", false, true).write(dir.resolve("extract.csv"));
    InspectJob.Result full = InspectJob.run(List.of(file), 2, 900, true);
    InspectJob.Result latest = InspectJob.run(List.of(file), 2, 900, false);

    assertEquals(full.latestRecords().size(), latest.latestRecords().size());
    for (int i = 0; i < full.latestRecords().size(); i++) {
      assertArrayEquals(full.latestRecords().get(i), latest.latestRecords().get(i), "row " + i);
    }
    ExtractSummary f = full.summary();
    ExtractSummary l = latest.summary();
    assertEquals(
        List.of(f.rows(), f.rowsWithValue(), f.series(), f.sumOfLatestValues()),
        List.of(l.rows(), l.rowsWithValue(), l.series(), l.sumOfLatestValues()));
    assertEquals(List.of(), l.indicators());
  }

  @Test
  void agreesOverTwoFilesReadTogether() {
    Path a = new SyntheticExtract(1, 2000, "\r\n", false, true).write(dir.resolve("a.csv"));
    Path b = new SyntheticExtract(2, 2000, "\n", true, false).write(dir.resolve("b.csv"));

    assertSame(ReferenceInspect.run(List.of(a, b)), InspectJob.run(List.of(a, b), 2, 500, true));
  }

  @Test
  void agreesWhenSomeRowsHaveNoSortableAndPeriodsNoLongerOrderTransitively() {
    SyntheticExtract e = new SyntheticExtract(3, 3000, "\r\n", false, false);
    for (int i = 0; i < e.rows.size(); i += 3) {
      e.rows.get(i).set(23, "");
    }
    Path file = e.write(dir.resolve("mixed.csv"));

    assertSame(ReferenceInspect.run(List.of(file)), InspectJob.run(List.of(file), 2, 700, true));
  }

  @Test
  void readsALoneCrFileWhoseChunksCannotGuessTheirStart() throws IOException {
    SyntheticExtract e = new SyntheticExtract(4, 1500, "\r", false, false);
    for (List<String> r : e.rows) {
      r.set(1, "Life expectancy"); // no line feed anywhere
      r.set(5, r.get(5).replace("\r\n", " "));
    }
    Path file = e.write(dir.resolve("cr.csv"));

    assertSame(ReferenceInspect.run(List.of(file)), InspectJob.run(List.of(file), 2, 400, true));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Value|12|abc|13|Value 'abc' is not a number",
        "Time period|11|Spring|12|Not a time period: \"Spring\"",
        "Time period Sortable|23|2015x|24|Time period Sortable '2015x' is not a whole number",
        "Area Code|4|E05\0X|5|a NUL byte (0x00) in a cell that names a series",
        "Sex|7|Ma\0le|8|a NUL byte (0x00) in a cell that names a series"
      })
  void reportsTheFirstBadRowAtItsLineWhateverTheChunks(
      String column, int index, String bad, int col, String message) {
    SyntheticExtract e = new SyntheticExtract(5, 3000, "\r\n", false, true);
    e.rows.get(2400).set(index, bad);
    e.rows.get(2900).set(12, "later error");
    Path file = e.write(dir.resolve("bad.csv"));
    long line = e.lines.get(2400);

    for (int[] config : new int[][] {{1, 1 << 23}, {2, 300}, {3, 4096}}) {
      OutcomesException x =
          assertThrows(
              OutcomesException.class,
              () -> InspectJob.run(List.of(file), config[0], config[1], true));
      assertEquals(new Location(file.toString(), line, col), x.location(), column);
      assertEquals(true, x.getMessage().startsWith(message), x.getMessage());
    }
  }

  @Test
  void reportsRowsTooWideOrCutShortAtTheirLines() {
    SyntheticExtract e = new SyntheticExtract(6, 2000, "\n", true, true);
    e.rows.get(1500).add("x");
    e.rows.get(1500).add("y");
    while (e.rows.get(1500).size() > 27) {
      e.rows.get(1500).remove(26);
    }
    Path wide = e.write(dir.resolve("wide.csv"));
    long wideLine = e.lines.get(1500);
    SyntheticExtract s = new SyntheticExtract(7, 2000, "\r\n", false, true);
    s.rows.set(1700, s.rows.get(1700).subList(0, 11));
    Path cut = s.write(dir.resolve("cut.csv"));
    long cutLine = s.lines.get(1700);

    for (int[] config : new int[][] {{1, 1 << 23}, {2, 256}}) {
      OutcomesException x =
          assertThrows(
              OutcomesException.class,
              () -> InspectJob.run(List.of(wide), config[0], config[1], true));
      assertEquals(new Location(wide.toString(), wideLine, 27), x.location(), x.getMessage());
      OutcomesException y =
          assertThrows(
              OutcomesException.class,
              () -> InspectJob.run(List.of(cut), config[0], config[1], true));
      assertEquals(new Location(cut.toString(), cutLine, 12), y.location(), y.getMessage());
    }
  }

  @Test
  void reportsQuoteAndEncodingErrorsAtTheirLinesWhateverTheChunks() throws IOException {
    SyntheticExtract e = new SyntheticExtract(8, 2000, "\r\n", false, false);
    e.rows.get(1200).set(5, "MARK-QUOTE");
    e.rows.get(1600).set(5, "MARK-BYTE");
    Path file = e.write(dir.resolve("broken.csv"));
    byte[] bytes = Files.readAllBytes(file);
    String text =
        new String(bytes, StandardCharsets.ISO_8859_1)
            .replace(",MARK-QUOTE,", ",\"Kensington\"x,")
            .replace("MARK-BYTE", "Caf\u00e9");
    Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));

    for (int[] config : new int[][] {{1, 1 << 23}, {2, 300}, {2, 4096}}) {
      OutcomesException x =
          assertThrows(
              OutcomesException.class,
              () -> InspectJob.run(List.of(file), config[0], config[1], true));
      assertEquals(
          new Location(file.toString(), e.lines.get(1200), 0), x.location(), x.getMessage());
    }
    Files.write(
        file, text.replace("\"Kensington\"x", "Kensington").getBytes(StandardCharsets.ISO_8859_1));
    // the bad byte is in Area Name, after any line break inside the quoted Indicator Name
    long byteLine =
        e.lines.get(1600) + e.rows.get(1600).get(1).chars().filter(c -> c == '\n').count();
    for (int[] config : new int[][] {{1, 1 << 23}, {2, 300}, {2, 4096}}) {
      OutcomesException x =
          assertThrows(
              OutcomesException.class,
              () -> InspectJob.run(List.of(file), config[0], config[1], true));
      assertEquals(new Location(file.toString(), byteLine, 0), x.location(), x.getMessage());
    }
  }

  private static void assertSame(InspectJob.Result expected, InspectJob.Result actual) {
    assertEquals(expected.summary(), actual.summary());
    assertEquals(
        Double.doubleToRawLongBits(expected.summary().sumOfLatestValues()),
        Double.doubleToRawLongBits(actual.summary().sumOfLatestValues()),
        "the sum, bit for bit");
    assertEquals(expected.header(), actual.header());
    assertEquals(expected.latestRows().size(), actual.latestRows().size());
    for (int i = 0; i < expected.latestRows().size(); i++) {
      assertArrayEquals(
          expected.latestRows().get(i), actual.latestRows().get(i), "latest row " + i);
    }
  }
}
