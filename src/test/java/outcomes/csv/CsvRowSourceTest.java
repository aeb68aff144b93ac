package outcomes.csv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.ingest.Extract;
import outcomes.ingest.Row;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * The CSV row source: what it accepts (RFC 4180 quoting, CRLF or LF, a UTF-8 byte-order mark, a
 * declared encoding) and, for each way a file can be broken, the kind of error and where it points.
 * Every row knows the physical line it starts on.
 */
class CsvRowSourceTest {
  @TempDir Path dir;

  // ---- what it reads ----

  @Test
  void readsTheRealExtractWithEveryRowStartingOnItsPhysicalLine() {
    Path real =
        Extract.resource("/fingertips/fingertips_std_93356_campylobacter_countyua_2015-2017.csv");
    List<Row> rows = readAll(real, "UTF-8", 1);

    assertEquals(852, rows.size());
    try (CsvRowSource src = CsvRowSource.open(real, "UTF-8", 1)) {
      assertEquals(26, src.header().size(), "the header has 26 cells");
      assertEquals(1, src.headerLine());
    }
    // Each record's Indicator Name holds a bare LF inside quotes, so record k starts on line 2k.
    for (int k = 1; k <= rows.size(); k++) {
      Row row = rows.get(k - 1);
      assertEquals(2L * k, row.line(), "line of record " + k);
      assertEquals(25, row.size(), "record " + k + " leaves off the empty last column");
    }
    assertEquals(
        "Campylobacter incidence rate/100,000\n",
        rows.get(0).cell(1),
        "the line break inside the quoted name is kept as it is");
    assertEquals("", rows.get(0).cell(25), "a cell past the end of a short row reads as empty");
  }

  @Test
  void acceptsAUtf8ByteOrderMark() throws IOException {
    String text = "\uFEFFArea Code,Value\r\nE09000020,58.3\r\n";
    Path file = Files.writeString(dir.resolve("bom.csv"), text, StandardCharsets.UTF_8);

    try (CsvRowSource src = CsvRowSource.open(file, "UTF-8", 1)) {
      assertEquals(
          List.of("Area Code", "Value"), src.header(), "the mark is not part of the first name");
      assertArrayEquals(new String[] {"E09000020", "58.3"}, src.next().cells());
    }
  }

  @Test
  void readsCrlfAndLfLineEndingsAlike() {
    Extract e = Extract.of(Extract.REAL_26);
    Path crlf = e.write(dir.resolve("crlf.csv"), "\r\n", StandardCharsets.UTF_8);
    Path lf = e.write(dir.resolve("lf.csv"), "\n", StandardCharsets.UTF_8);

    List<Row> a = readAll(crlf, "UTF-8", 1);
    List<Row> b = readAll(lf, "UTF-8", 1);
    assertEquals(12, a.size());
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).line(), b.get(i).line(), "line of row " + (i + 1));
      assertArrayEquals(a.get(i).cells(), b.get(i).cells(), "cells of row " + (i + 1));
    }
  }

  @Test
  void keepsQuotedCommasAndLineBreaksInOneCellAndCountsTheLinesTheyTake() throws IOException {
    Path file =
        write(
            "quoted.csv",
            "Area Code,Area Name,Value\r\n"
                + "E06000052,\"Cornwall, Isles of Scilly\",61.2\r\n"
                + "E09000012,\"Hackney\r\nand City of London\",40.1\r\n"
                + "E09000020,Kensington and Chelsea,58.3\r\n");

    List<Row> rows = readAll(file, "UTF-8", 1);
    assertEquals(3, rows.size());
    assertEquals("Cornwall, Isles of Scilly", rows.get(0).cell(1));
    assertEquals("Hackney\r\nand City of London", rows.get(1).cell(1));
    assertEquals(
        List.of(2L, 3L, 5L),
        lines(rows),
        "the row after a quoted line break starts one line later");
  }

  @Test
  void skipsTitleLinesAboveTheHeaderRow() throws IOException {
    Path file =
        write(
            "titled.csv",
            "Campylobacter incidence,,\r\nSource: OHID Fingertips,,\r\nArea Code,Area Name,Value\r\n"
                + "E09000020,Kensington and Chelsea,58.3\r\n");

    try (CsvRowSource src = CsvRowSource.open(file, "UTF-8", 3)) {
      assertEquals(List.of("Area Code", "Area Name", "Value"), src.header());
      assertEquals(3, src.headerLine());
      assertEquals(4, src.next().line());
    }
  }

  @Test
  void readsAFileThatHasAHeaderButNoRows() throws IOException {
    Path file = write("header-only.csv", "Area Code,Value\r\n");

    try (CsvRowSource src = CsvRowSource.open(file, "UTF-8", 1)) {
      assertEquals(List.of("Area Code", "Value"), src.header());
      assertNull(src.next());
    }
  }

  @Test
  void readsADeclaredWindows1252File() throws IOException {
    // An en dash (0x96), e acute (0xE9) and pound sign (0xA3), as Excel writes them on Windows.
    String text =
        "Area Code,Area Name,Note\r\nE09000033,Westminster \u2013 St James's,Caf\u00e9 \u00a3\r\n";
    Path file = dir.resolve("cp1252.csv");
    Files.write(file, text.getBytes(Charset.forName("windows-1252")));

    try (CsvRowSource src = CsvRowSource.open(file, "windows-1252", 1)) {
      Row row = src.next();
      assertEquals("Westminster \u2013 St James's", row.cell(1));
      assertEquals("Caf\u00e9 \u00a3", row.cell(2));
    }
  }

  // ---- what it refuses, and where it points ----

  @Test
  void refusesAnEmptyFile() throws IOException {
    Path file = write("empty.csv", "");

    OutcomesException e = fails(file, "UTF-8", 1);
    assertBadInput(e, Location.of(file.toString()), "the file is empty");
  }

  @Test
  void refusesAFileEndingBeforeItsHeaderRow() throws IOException {
    Path file = write("short.csv", "title\r\n");

    OutcomesException e = fails(file, "UTF-8", 3);
    assertBadInput(e, Location.of(file.toString()), "ends before its header row 3");
  }

  @Test
  void refusesAnUnterminatedQuoteNamingTheLineWhereTheRowStarts() {
    // Open a quote that never closes in the last record (12), which starts on line 24.
    Path file =
        Extract.of(Extract.REAL_26)
            .set(12, "Area Name", "MARK")
            .write(dir.resolve("unterminated.csv"));
    writeReplacing(file, ",MARK,", ",\"Westminster,");

    OutcomesException e = assertThrows(OutcomesException.class, () -> readAll(file, "UTF-8", 1));
    assertBadInput(e, new Location(file.toString(), 24, 0), "never closed");
  }

  @Test
  void refusesAnUnterminatedQuoteBeforeOtherQuotedCellsAsBadInputAtItsRow() {
    Path file =
        Extract.of(Extract.REAL_26)
            .set(3, "Area Name", "MARK")
            .write(dir.resolve("unterminated.csv"));
    writeReplacing(file, ",MARK,", ",\"Kensington and Chelsea,");

    OutcomesException e = assertThrows(OutcomesException.class, () -> readAll(file, "UTF-8", 1));
    assertBadInput(e, new Location(file.toString(), 6, 0), "quote");
  }

  @Test
  void refusesARowWithMoreCellsThanTheHeaderPointingAtTheFirstExtraCell() {
    Path file =
        Extract.of(Extract.REAL_26).appendCells(2, "x", "y").write(dir.resolve("too-many.csv"));
    // Row 2 has 25 + 2 cells against 26 names: the 27th is the first with no name.

    OutcomesException e = assertThrows(OutcomesException.class, () -> readAll(file, "UTF-8", 1));
    assertBadInput(
        e, new Location(file.toString(), 4, 27), "this row has 27 cells but the header has 26");
  }

  @Test
  void refusesUtf16Text() throws IOException {
    Path file = dir.resolve("utf16.csv");
    byte[] body = "Area Code,Value\r\nE09000020,58.3\r\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Files.write(file, bytes);

    OutcomesException e = fails(file, "UTF-8", 1);
    assertBadInput(e, Location.of(file.toString()), "the file is UTF-16 text: save it as UTF-8");
  }

  @Test
  void refusesBytesThatAreNotUtf8WhenNoEncodingIsDeclared() throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(
        file,
        "Area Code,Area Name\r\nE09000033,Caf\u00e9\r\n".getBytes(StandardCharsets.ISO_8859_1));

    OutcomesException e = assertThrows(OutcomesException.class, () -> readAll(file, "UTF-8", 1));
    assertEquals(OutcomesException.Kind.BAD_INPUT, e.kind());
    assertEquals(file.toString(), e.location().file());
    assertTrue(e.getMessage().contains("not valid in its declared encoding"), e.getMessage());
    assertTrue(
        e.getMessage().contains("encoding: windows-1252"),
        "says how to declare one: " + e.getMessage());
  }

  @Test
  void pointsAtTheLineHoldingTheFirstByteThatIsNotUtf8() throws IOException {
    StringBuilder text = new StringBuilder("Area Code,Area Name\r\n");
    for (int i = 0; i < 400; i++) {
      text.append("E0").append(5000000 + i).append(",Ward ").append(i).append("\r\n");
    }
    text.append("E09000033,Caf\u00e9\r\n"); // line 402
    Path file = dir.resolve("late-latin1.csv");
    Files.write(file, text.toString().getBytes(StandardCharsets.ISO_8859_1));

    OutcomesException e = assertThrows(OutcomesException.class, () -> readAll(file, "UTF-8", 1));
    assertEquals(402, e.location().line(), e.describe());
    assertEquals(2, e.location().column(), "the Area Name cell: " + e.describe());
  }

  @Test
  void refusesAFolderGivenForAFile() {
    OutcomesException e = fails(dir, "UTF-8", 1);
    assertEquals(OutcomesException.Kind.MISSING_INPUT, e.kind());
    assertEquals(Location.of(dir.toString()), e.location());
    assertTrue(e.getMessage().contains("is a folder, not a file"), e.getMessage());
  }

  @Test
  void refusesAMissingFile() {
    Path file = dir.resolve("no-such.csv");

    OutcomesException e = fails(file, "UTF-8", 1);
    assertEquals(OutcomesException.Kind.MISSING_INPUT, e.kind());
    assertEquals(Location.of(file.toString()), e.location());
    assertTrue(e.getMessage().contains("no such file"), e.getMessage());
  }

  @Test
  void refusesAnUnknownEncoding() throws IOException {
    Path file = write("any.csv", "Area Code\r\nE09000020\r\n");

    OutcomesException e = fails(file, "klingon", 1);
    assertBadInput(e, Location.of(file.toString()), "unknown encoding 'klingon'");
  }

  @Test
  void keepsPhysicalLinesAfterABlankLine() throws IOException {
    Path file = write("blank.csv", "Area Code,Value\r\nE09000020,1\r\n\r\nE09000033,2\r\n");

    assertEquals(List.of(2L, 4L), lines(readAll(file, "UTF-8", 1)));
  }

  @Test
  void refusesTextAfterAClosingQuoteAsBadInput() throws IOException {
    Path file = write("stray.csv", "Area Code,Area Name\r\nE09000020,\"Kensington\"x\r\n");

    OutcomesException e = assertThrows(OutcomesException.class, () -> readAll(file, "UTF-8", 1));
    assertBadInput(e, new Location(file.toString(), 2, 0), "double any quote");
  }

  // ---- helpers ----

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static void writeReplacing(Path file, String from, String to) {
    try {
      String text = Files.readString(file);
      int at = text.indexOf(from);
      assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "'" + from + "' occurs exactly once");
      Files.writeString(file, text.replace(from, to));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<Row> readAll(Path file, String encoding, int headerRow) {
    List<Row> rows = new ArrayList<>();
    try (CsvRowSource src = CsvRowSource.open(file, encoding, headerRow)) {
      for (Row r = src.next(); r != null; r = src.next()) {
        rows.add(r);
      }
    }
    return rows;
  }

  private static List<Long> lines(List<Row> rows) {
    return rows.stream().map(Row::line).toList();
  }

  private static OutcomesException fails(Path file, String encoding, int headerRow) {
    return assertThrows(
        OutcomesException.class, () -> CsvRowSource.open(file, encoding, headerRow).close());
  }

  static void assertBadInput(OutcomesException e, Location at, String messagePart) {
    assertAll(
        () -> assertEquals(OutcomesException.Kind.BAD_INPUT, e.kind(), e.describe()),
        () -> assertEquals(at, e.location(), e.describe()),
        () ->
            assertTrue(
                e.getMessage().contains(messagePart),
                "message should contain '" + messagePart + "': " + e.getMessage()));
  }
}
