package outcomes.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.ingest.ObservationReader;
import outcomes.ingest.Row;
import outcomes.ingest.RowSource;
import outcomes.ingest.StackedHeader;
import outcomes.model.AreaFilter;
import outcomes.model.AreaLookup;
import outcomes.model.ColumnMapping;
import outcomes.model.Field;
import outcomes.model.Observation;
import outcomes.model.Origin;
import outcomes.model.OutcomesException;
import outcomes.model.WideColumns;

/**
 * An xlsx sheet read as rows for the column mappings: by sheet name and header row, with the values
 * the workbook saved (a formula's cached result, never evaluated), numbers in full, and one-line
 * errors for workbooks that are wrong or hostile.
 */
class XlsxRowSourceTest {
  private static final Path REAL =
      Path.of("data/real/rough_sleeping/Rough_sleeping_statistics_England_autumn_2017.xlsx");

  @TempDir Path dir;

  @Test
  void readsASheetByNameFromItsHeaderRowBelowTitleRows() throws IOException {
    Path file = table();

    try (XlsxRowSource src = XlsxRowSource.open(file, "Table 1", 3)) {
      assertEquals(file + "[Table 1]", src.file());
      assertEquals(List.of("ONS code", "Local authority", "2016", "2017", "Share"), src.header());
      assertEquals(3, src.headerLine());
      List<Row> rows = all(src);
      assertEquals(List.of(4L, 5L, 7L), rows.stream().map(Row::line).toList(), "row 6 is empty");
      assertEquals(
          List.of("E09000033", "Westminster", "260", "217", "44.2%"), List.of(rows.get(0).cells()));
      assertEquals(
          List.of("", "% change", "", "-16.5", "", "", "a note right of the table"),
          List.of(rows.get(1).cells()),
          "a note beside the table is kept; the mapping does not read it");
      assertEquals(5, rows.get(2).size(), "a short row is padded to the header's width");
    }
  }

  @Test
  void readsAHeaderOverTwoRowsWhoseTopCellIsMerged() throws IOException {
    Workbooks wb = new Workbooks();
    Sheet s = wb.sheet("Atlas");
    Workbooks.row(s, 1, "Codes", "Male life expectancy");
    s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 1, 2));
    Workbooks.row(s, 2, "Codes", "2008-12", "2009-13");
    Workbooks.row(s, 3, "E05000648", 74.9, 75.1);
    Path file = wb.write(dir.resolve("atlas.xlsx"));

    try (RowSource src = StackedHeader.of(XlsxRowSource.open(file, "Atlas", 1), 2)) {
      assertEquals(
          List.of("Codes", "Male life expectancy | 2008-12", "Male life expectancy | 2009-13"),
          src.header());
      assertEquals(List.of("E05000648", "74.9", "75.1"), List.of(src.next().cells()));
    }
  }

  @Test
  void readsTheSavedResultOfAFormulaWithoutEvaluatingIt() throws IOException {
    Workbooks wb = new Workbooks();
    Sheet s = wb.sheet("Data");
    Workbooks.row(s, 1, "Code", "Value");
    org.apache.poi.ss.usermodel.Row r = Workbooks.row(s, 2, "E09000033");
    Workbooks.formula(r, 1, "1+1", 99.0);
    Path file = wb.write(dir.resolve("formula.xlsx"));

    try (XlsxRowSource src = XlsxRowSource.open(file, "Data", 1)) {
      assertEquals("99", src.next().cell(1), "the saved 99, not the 2 that evaluating 1+1 gives");
    }
  }

  @Test
  void refusesAFormulaSavedWithoutItsResultNamingTheCell() throws IOException {
    Workbooks wb = new Workbooks();
    Sheet s = wb.sheet("Data");
    Workbooks.row(s, 1, "Code", "Value");
    Workbooks.formula(Workbooks.row(s, 2, "E09000033"), 1, "1+1", null);
    Path file = wb.write(dir.resolve("uncalculated.xlsx"));

    OutcomesException e =
        assertThrows(
            OutcomesException.class,
            () -> {
              try (XlsxRowSource src = XlsxRowSource.open(file, "Data", 1)) {
                all(src);
              }
            });
    assertOneLine(e, "cell B2 holds a formula the workbook was saved without calculating");
  }

  @Test
  void readsNumbersInFullPercentagesAsShownAndDatesAsIsoDates() throws IOException {
    Workbooks wb = new Workbooks();
    Sheet s = wb.sheet("Data");
    Workbooks.row(s, 1, "Rate", "Households", "Date", "Text");
    org.apache.poi.ss.usermodel.Row r =
        Workbooks.row(s, 2, 0.2024781346202153, 23464.262, null, "  n/a ");
    r.getCell(0).setCellStyle(wb.format("0.00"));
    r.getCell(1).setCellStyle(wb.format("#,##0"));
    r.createCell(2).setCellValue(LocalDate.of(2017, 11, 30));
    r.getCell(2).setCellStyle(wb.format("d mmm yyyy"));
    Path file = wb.write(dir.resolve("numbers.xlsx"));

    try (XlsxRowSource src = XlsxRowSource.open(file, "Data", 1)) {
      assertEquals(
          List.of("0.2024781346202153", "23464.262", "2017-11-30", "  n/a "),
          List.of(src.next().cells()));
    }
  }

  @Test
  void readsTheRealRoughSleepingWorkbook() {
    try (XlsxRowSource src = XlsxRowSource.open(REAL, "table 1", 4)) {
      assertEquals("ONS code", src.header().get(0));
      Row westminster = null;
      for (Row r = src.next(); r != null; r = src.next()) {
        if (r.cell(0).equals("E09000033")) {
          westminster = r;
        }
      }
      assertEquals(350, westminster.line());
      assertEquals(
          List.of("128", "106", "131", "140", "265", "265", "260", "217"),
          List.of(westminster.cells()).subList(3, 11));
    }
  }

  @Test
  void feedsAWideMappingLikeACsvFile() throws IOException {
    Path file = table();
    ColumnMapping m =
        new ColumnMapping(
            ColumnMapping.Layout.WIDE,
            "UTF-8",
            3,
            Map.of(
                Field.AREA_CODE, List.of("ONS code"), Field.AREA_NAME, List.of("Local authority")),
            Map.of(),
            Map.of(),
            ColumnMapping.DEFAULT_MISSING,
            1,
            "Table 1",
            new WideColumns("(?<period>\\d{4})", Map.of()),
            new AreaFilter(List.of("E09000033", "E09000020"), List.of()));

    List<Observation> obs = new ArrayList<>();
    try (XlsxRowSource src = XlsxRowSource.open(file, "Table 1", 3)) {
      ObservationReader.read(
          src, m, "rough-sleeping", Origin.REAL, AreaLookup.EMPTY, obs::add, p -> {});
    }
    assertEquals(4, obs.size());
    assertEquals(217.0, obs.get(1).value().getAsDouble());
    assertEquals(file + "[Table 1]", obs.get(1).provenance().file());
    assertEquals(4, obs.get(1).provenance().line());
  }

  @Test
  void refusesASheetTheWorkbookDoesNotHaveListingItsSheets() throws IOException {
    Path file = table();
    OutcomesException e =
        assertThrows(OutcomesException.class, () -> XlsxRowSource.open(file, "Table 9", 3));
    assertOneLine(
        e, "the workbook has no sheet named 'Table 9'; its sheets are 'Contents', 'Table 1'");
  }

  @Test
  void refusesAHeaderRowThatIsEmpty() throws IOException {
    Path file = table();
    OutcomesException e =
        assertThrows(OutcomesException.class, () -> XlsxRowSource.open(file, "Table 1", 2));
    assertEquals(2, e.location().line());
    assertOneLine(
        e, "row 2 of the sheet is empty: give the row that holds the column names as header-row");
  }

  @Test
  void refusesAFileThatIsNotAWorkbook() throws IOException {
    Path file = Files.writeString(dir.resolve("table.xlsx"), "ONS code,Value\nE09000033,1\n");
    OutcomesException e =
        assertThrows(OutcomesException.class, () -> XlsxRowSource.open(file, "Data", 1));
    assertEquals(file.toString(), e.location().file());
    assertOneLine(e, "is not an xlsx workbook");
  }

  @Test
  void refusesAnOldXlsWorkbookNamedXlsx() throws IOException {
    Path file = dir.resolve("old.xlsx");
    try (HSSFWorkbook wb = new HSSFWorkbook();
        var out = Files.newOutputStream(file)) {
      wb.createSheet("Data").createRow(0).createCell(0).setCellValue("Code");
      wb.write(out);
    }
    OutcomesException e =
        assertThrows(OutcomesException.class, () -> XlsxRowSource.open(file, "Data", 1));
    assertOneLine(e, "is an .xls workbook (Excel 97-2003), not .xlsx");
  }

  @Test
  void refusesAZipBombWithPoisDefaultLimits() throws IOException {
    Path bomb =
        Workbooks.rewriteEntry(
            table(),
            dir.resolve("bomb.xlsx"),
            "xl/worksheets/sheet2.xml",
            xml ->
                new String(xml, StandardCharsets.UTF_8)
                    .replace("</worksheet>", " ".repeat(20_000_000) + "</worksheet>")
                    .getBytes(StandardCharsets.UTF_8));

    OutcomesException e =
        assertThrows(
            OutcomesException.class,
            () -> {
              try (XlsxRowSource src = XlsxRowSource.open(bomb, "Table 1", 3)) {
                all(src);
              }
            });
    assertOneLine(
        e,
        "refused: a part of this workbook expands far beyond its packed size, as a zip bomb does");
  }

  @Test
  void refusesADoctypeInTheSheetsXml() throws IOException {
    Path doctype =
        Workbooks.rewriteEntry(
            table(),
            dir.resolve("doctype.xlsx"),
            "xl/worksheets/sheet2.xml",
            xml ->
                new String(xml, StandardCharsets.UTF_8)
                    .replaceFirst("\\?>", "?><!DOCTYPE lol [<!ENTITY lol \"lol\">]>")
                    .getBytes(StandardCharsets.UTF_8));

    OutcomesException e =
        assertThrows(OutcomesException.class, () -> XlsxRowSource.open(doctype, "Table 1", 3));
    assertOneLine(e, "the workbook's XML is broken");
  }

  @Test
  void stopsReadingALongSheetEarlyWithoutWaiting() throws IOException {
    Workbooks wb = new Workbooks();
    Sheet s = wb.sheet("Data");
    Workbooks.row(s, 1, "Code", "Value");
    for (int i = 2; i < 2_000; i++) { // more rows than the hand-over queue holds
      Workbooks.row(s, i, "E0" + (5000000 + i), (double) i);
    }
    Path file = wb.write(dir.resolve("long.xlsx"));

    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          try (XlsxRowSource src = XlsxRowSource.open(file, "Data", 1)) {
            assertEquals("2", src.next().cell(1));
          }
        });
    assertTrue(Files.deleteIfExists(file), "the workbook is let go once closed");
  }

  @Test
  void refusesAMissingFileAsAMissingInput() {
    OutcomesException e =
        assertThrows(
            OutcomesException.class, () -> XlsxRowSource.open(dir.resolve("none.xlsx"), "Data", 1));
    assertEquals(OutcomesException.Kind.MISSING_INPUT, e.kind());
  }

  // ---- helpers ----

  /** Contents and Table 1: two title rows, a header on row 3, data, a note row, a gap, data. */
  private Path table() throws IOException {
    Workbooks wb = new Workbooks();
    Workbooks.row(wb.sheet("Contents"), 1, "Rough sleeping statistics");
    Sheet t = wb.sheet("Table 1");
    Workbooks.row(t, 1, "Table 1: Street counts and estimates of rough sleeping");
    Workbooks.row(t, 3, "ONS code", "Local authority", "2016", "2017", "Share");
    org.apache.poi.ss.usermodel.Row w =
        Workbooks.row(t, 4, "E09000033", "Westminster", 260.0, 217.0, 0.442);
    w.getCell(4).setCellStyle(wb.format("0.0%"));
    Workbooks.row(t, 5, null, "% change", null, -16.5, null, null, "a note right of the table");
    Workbooks.row(t, 7, "E09000020", "Kensington and Chelsea", 14.0, 20.0);
    return wb.write(dir.resolve("table.xlsx"));
  }

  private static List<Row> all(XlsxRowSource src) {
    List<Row> out = new ArrayList<>();
    for (Row r = src.next(); r != null; r = src.next()) {
      out.add(r);
    }
    assertNull(src.next(), "the end stays the end");
    return out;
  }

  private static void assertOneLine(OutcomesException e, String part) {
    assertTrue(e.getMessage().contains(part), e.getMessage());
    assertFalse(e.describe().contains("\n"), "one line: " + e.describe());
  }
}
