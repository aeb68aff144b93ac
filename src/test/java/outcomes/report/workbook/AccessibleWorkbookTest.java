package outcomes.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import outcomes.app.ReportJob;
import outcomes.freshness.Status;
import outcomes.model.Comparison;
import outcomes.report.FrameworkView;
import outcomes.report.IndicatorView;

/**
 * Issue 20, item by item: the workbook `report` makes from the bundled catalogue and data, read
 * back with POI, against the Government Analysis Function's standard for releasing statistics in
 * spreadsheets (the checklist gptables and aftables implement).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibleWorkbookTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  private static final Pattern NOTE = Pattern.compile("\\[note (\\d+)\\]");
  private static final Set<String> SHORTHAND = Set.of("[x]", "[z]", "[c]", "[u]");
  private static final List<String> DATA_SHEETS =
      List.of("Contents", "Notes", "Framework", "Progress", "Trends", "Wards", "Figures");

  private Path file;
  private FrameworkView view;
  private XSSFWorkbook book;

  @BeforeAll
  void report(@TempDir Path dir) throws IOException {
    ReportJob.Result result =
        ReportJob.run(
            new ReportJob.Request(Path.of("indicators"), Path.of("data"), dir, AS_OF), s -> {});
    view = result.view();
    file = dir.resolve(ReportJob.WORKBOOK);
    try (InputStream in = Files.newInputStream(file)) {
      book = new XSSFWorkbook(in);
    }
  }

  // ---- the sheets ----

  @Test
  void theSheetsAreTheCoverContentsNotesThenOneTableEachThenTheCharts() {
    assertEquals(
        List.of(
            "Cover",
            "Contents",
            "Notes",
            "Framework",
            "Progress",
            "Trends",
            "Wards",
            "Figures",
            "Trend charts",
            "Ward charts"),
        sheetNames());
  }

  /** Issue 21's figures reach the workbook: the progress table holds what `progress` computes. */
  @Test
  void theProgressTableHoldsEachBoroughsChangeSinceTheBaselineAsNumbers() {
    XSSFSheet sheet = book.getSheet("Progress");
    XSSFTable table = onlyTable(sheet);
    List<String> header = new ArrayList<>();
    sheet.getRow(table.getStartRowIndex()).forEach(c -> header.add(c.getStringCellValue()));
    int indicator = header.indexOf("Indicator");
    int area = header.indexOf("Area");
    int change = column(header, "Change ");
    int verdict = header.indexOf("Verdict");
    boolean found = false;
    for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
      var row = sheet.getRow(r);
      if (row.getCell(indicator)
              .getStringCellValue()
              .equals("Unemployment (model-based, aged 16 and over)")
          && row.getCell(area).getStringCellValue().equals("Kensington and Chelsea")) {
        found = true;
        assertEquals(CellType.NUMERIC, row.getCell(change).getCellType());
        assertEquals(0.6, row.getCell(change).getNumericCellValue(), 0.05);
        assertEquals("No significant change", row.getCell(verdict).getStringCellValue());
      }
    }
    assertTrue(found, "a row for unemployment in Kensington and Chelsea");
  }

  private static int column(List<String> header, String prefix) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no column " + prefix + " in " + header);
  }

  @Test
  void sheetNamesAreUniqueMeaningfulAndShort() {
    Set<String> seen = new HashSet<>();
    for (String name : sheetNames()) {
      assertTrue(name.length() <= 31, name);
      assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), "repeated: " + name);
      assertFalse(name.matches("(?i)sheet\\s*\\d*"), name);
    }
  }

  @Test
  void everySheetHasItsTitleInA1() {
    for (String name : sheetNames()) {
      String title = text(book.getSheet(name), 0, 0);
      assertFalse(title.isBlank(), name);
      assertTrue(book.getSheet(name).getRow(0).getCell(0).getCellStyle().getFont().getBold(), name);
    }
    assertEquals(
        "Outcomes framework: " + view.framework().title(), text(book.getSheet("Cover"), 0, 0));
  }

  // ---- the cover ----

  @Test
  void theCoverSaysWhatTheWorkbookIsItsDatesSourcesDataAndContact() {
    String cover = String.join("\n", columnA(book.getSheet("Cover")));
    assertTrue(cover.contains("About this workbook"), cover);
    assertTrue(cover.contains("Outcome 1: Live longer and fulfilling lives"), cover);
    assertTrue(cover.contains("Ambition 10: "), cover);
    assertTrue(
        cover.contains(
            "Areas reported on: Westminster (E09000033), Kensington and Chelsea (E09000020)."),
        cover);
    assertTrue(cover.contains("Data to 31 December 2025"), cover);
    assertTrue(cover.contains("Made on 1 June 2026"), cover);
    assertTrue(
        cover.contains(
            "OHID Fingertips, Public Health Outcomes Framework A01b: Open Government Licence v3.0"),
        cover);
    assertTrue(cover.contains("Illustrative figures are synthetic, not published"), cover);
    assertTrue(cover.contains("Adults with a high anxiety score (all its figures)"), cover);
    assertTrue(
        cover.contains(
            "Life expectancy at birth (its ward figures; the borough, London and England"
                + " figures are real)"),
        cover);
    for (String s : SHORTHAND) {
      assertTrue(cover.contains(s + " "), s);
    }
    assertTrue(cover.contains("Bi-borough Public Health Intelligence"), cover);
    XSSFSheet sheet = book.getSheet("Cover");
    Row website = rowStartingWith(sheet, "Website: https://www.jsna.info");
    assertEquals("https://www.jsna.info", website.getCell(0).getHyperlink().getAddress());
    assertEquals(HyperlinkType.URL, website.getCell(0).getHyperlink().getType());
  }

  /** The next update is the earliest release the freshness rule expects of a source not yet due. */
  @Test
  void theCoverSaysWhenTheNextUpdateIsDue() {
    LocalDate next =
        view.indicators().stream()
            .filter(v -> v.nextRelease().isPresent())
            .filter(v -> v.nextRelease().get().status() == Status.FRESH)
            .map(v -> v.nextRelease().get().expectedBy())
            .min(LocalDate::compareTo)
            .orElseThrow();
    String line = text(rowStartingWith(book.getSheet("Cover"), "Due by "), 0);
    assertTrue(
        line.startsWith(
            "Due by " + next.format(FrameworkSheet.DAY) + ", when the next release of "),
        line);
    for (IndicatorView v : view.indicators()) {
      if (v.nextRelease().filter(r -> r.status() == Status.STALE).isPresent()) {
        assertTrue(line.contains(v.indicator().title() + " (stale)"), line);
      }
    }
  }

  // ---- contents and notes ----

  @Test
  void theContentsListEveryOtherSheetWithALinkAndADescription() {
    XSSFSheet contents = book.getSheet("Contents");
    XSSFTable table = onlyTable(contents);
    List<String> listed = new ArrayList<>();
    for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
      Cell sheet = contents.getRow(r).getCell(0);
      listed.add(sheet.getStringCellValue());
      assertEquals(HyperlinkType.DOCUMENT, sheet.getHyperlink().getType());
      assertEquals("'" + sheet.getStringCellValue() + "'!A1", sheet.getHyperlink().getAddress());
      assertTrue(text(contents, r, 1).length() > 20, text(contents, r, 1));
    }
    assertEquals(sheetNames().subList(2, sheetNames().size()), listed);
  }

  /** Every [note N] anywhere in the workbook is in the notes table, and every note is used. */
  @Test
  void everyNoteReferredToIsInTheNotesTable() {
    XSSFSheet notes = book.getSheet("Notes");
    XSSFTable table = onlyTable(notes);
    Map<String, String> listed = new LinkedHashMap<>();
    for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
      listed.put(text(notes, r, 0), text(notes, r, 1));
    }
    Set<String> used = new TreeSet<>();
    for (String name : sheetNames()) {
      if (name.equals("Notes")) {
        continue;
      }
      for (Row row : book.getSheet(name)) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.STRING) {
            Matcher m = NOTE.matcher(c.getStringCellValue());
            while (m.find()) {
              used.add(m.group());
            }
          }
        }
      }
    }
    for (String n : used) {
      assertTrue(listed.containsKey(n), n + " is referred to but not in the notes table");
    }
    for (String n : listed.keySet()) {
      assertTrue(n.matches("\\[note \\d+\\]"), n);
      assertTrue(used.contains(n), n + " is in the notes table but nothing refers to it");
    }
    String all = String.join("\n", listed.values());
    assertTrue(all.contains("Compared with England as Fingertips compares"), all);
    assertTrue(all.contains("Recent trend by Fingertips' rule"), all);
  }

  @Test
  void theNotesSheetExplainsTheShorthand() {
    List<String> lines = columnA(book.getSheet("Notes"));
    for (Shorthand s : Shorthand.values()) {
      assertTrue(lines.contains(s.symbol + " " + s.meaning), s.symbol);
    }
  }

  // ---- one table per sheet, marked up, with nothing beside it and no blank cell ----

  @Test
  void eachSheetOfDataHoldsOneExcelTableUnderItsTitleFromColumnA() {
    Set<String> names = new HashSet<>();
    for (String name : DATA_SHEETS) {
      XSSFSheet sheet = book.getSheet(name);
      XSSFTable table = onlyTable(sheet);
      assertTrue(names.add(table.getName()), table.getName());
      assertTrue(table.getName().matches("[A-Za-z_][A-Za-z0-9_]*"), table.getName());
      assertEquals(0, table.getStartColIndex(), name);
      assertEquals(1, table.getHeaderRowCount(), name);
      assertEquals(table.getCTTable().getRef(), table.getCTTable().getAutoFilter().getRef(), name);
      int header = table.getStartRowIndex();
      // above the table: the title and lines in column A only
      for (int r = 0; r < header; r++) {
        Row row = sheet.getRow(r);
        assertNotNull(row, name + " row " + (r + 1) + " is blank");
        for (Cell c : row) {
          assertTrue(
              c.getColumnIndex() == 0 || blank(c),
              name + ": " + c.getAddress() + " beside the title");
        }
      }
      // the header is the table's column names, each once
      for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
        assertEquals(table.getColumns().get(c).getName(), text(sheet, header, c), name);
      }
      // no blank row or cell inside it, and nothing to its right
      for (int r = header; r <= table.getEndRowIndex(); r++) {
        Row row = sheet.getRow(r);
        assertNotNull(row, name + ": blank row " + (r + 1));
        for (int c = 0; c <= table.getEndColIndex(); c++) {
          Cell cell = row.getCell(c);
          assertFalse(
              cell == null || blank(cell),
              name + ": blank cell " + new CellReference(r, c).formatAsString());
        }
        assertEquals(
            table.getEndColIndex() + 1,
            row.getLastCellNum(),
            name + ": something right of row " + (r + 1));
      }
      assertEquals(
          table.getEndRowIndex(), sheet.getLastRowNum(), name + ": something below the table");
    }
  }

  /**
   * A cell of a number column without a number holds shorthand, and the reason is a note: in the
   * cell ("[x] [note 5]") or in the column's heading.
   */
  @Test
  void everyCellWithoutAFigureHoldsShorthandAndANote() {
    for (String name : List.of("Framework", "Progress", "Trends", "Wards", "Figures")) {
      XSSFSheet sheet = book.getSheet(name);
      XSSFTable table = onlyTable(sheet);
      int header = table.getStartRowIndex();
      for (int c = 0; c <= table.getEndColIndex(); c++) {
        boolean numbers = false;
        List<String> texts = new ArrayList<>();
        for (int r = header + 1; r <= table.getEndRowIndex(); r++) {
          Cell cell = sheet.getRow(r).getCell(c);
          if (cell.getCellType() == CellType.NUMERIC) {
            numbers = true;
          } else {
            texts.add(cell.getStringCellValue());
          }
        }
        if (!numbers) {
          continue;
        }
        boolean headingNote = NOTE.matcher(text(sheet, header, c)).find();
        for (String t : texts) {
          String symbol = t.split(" ")[0];
          assertTrue(
              SHORTHAND.contains(symbol), name + " " + text(sheet, header, c) + ": '" + t + "'");
          assertTrue(
              headingNote || NOTE.matcher(t).find(),
              name + " " + text(sheet, header, c) + ": '" + t + "' says no why");
        }
      }
    }
  }

  /**
   * London is in none of the data of most indicators (Fingertips extracts of districts, DWP's
   * tables): its cell says so with the note on figures a source does not publish, not a blank.
   */
  @Test
  void aComparatorTheSourceDoesNotPublishIsMarkedWithTheNoteThatSaysSo() {
    XSSFSheet sheet = book.getSheet("Framework");
    XSSFTable table = onlyTable(sheet);
    int header = table.getStartRowIndex();
    int london = column(sheet, header, "London");
    String notPublished = notes().get(Note.NO_FIGURE_FOR_AREA.ordinal());
    assertTrue(
        notPublished.contains("Its source does not publish one for this area"), notPublished);
    int marked = 0;
    for (int r = header + 1; r <= table.getEndRowIndex(); r++) {
      Cell cell = sheet.getRow(r).getCell(london);
      if (text(sheet, r, 2).equals("Year 6 children overweight (including obesity)")) {
        assertEquals(
            "[x] [note " + (Note.NO_FIGURE_FOR_AREA.ordinal() + 1) + "]",
            cell.getStringCellValue());
      }
      if (cell.getCellType() == CellType.STRING) {
        marked++;
      }
    }
    assertTrue(marked >= 10, "London is published for few indicators: " + marked);
  }

  /** A value the source withheld takes the shorthand of the marker it wrote: ONS's u is [u]. */
  @Test
  void aWithheldValueSaysWhyInTheStandardsShorthand() {
    XSSFSheet sheet = book.getSheet("Figures");
    XSSFTable table = onlyTable(sheet);
    int header = table.getStartRowIndex();
    int value =
        column(sheet, header, "Value [note " + (Note.VALUE_NOT_PUBLISHED.ordinal() + 1) + "]");
    int note =
        column(sheet, header, "Value note [note " + (Note.NO_VALUE_NOTE.ordinal() + 1) + "]");
    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (int r = header + 1; r <= table.getEndRowIndex(); r++) {
      Cell cell = sheet.getRow(r).getCell(value);
      if (cell.getCellType() == CellType.STRING) {
        // the note column's own [z] says the source wrote no note
        String marker = text(sheet, r, note).equals("[z]") ? "" : text(sheet, r, note);
        assertEquals(
            Shorthand.forMissingValue(marker).symbol, cell.getStringCellValue(), "row " + (r + 1));
        counts.merge(cell.getStringCellValue() + " for " + marker, 1, Integer::sum);
      }
    }
    assertEquals(29, counts.get("[u] for u"), counts.toString());
    assertEquals(287, counts.get("[x] for x"), counts.toString());
  }

  // ---- the rest of the checklist ----

  @Test
  void theDocumentPropertiesNameTheTitleSubjectAuthorAndLanguage() {
    POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
    assertEquals("Outcomes framework: " + view.framework().title(), core.getTitle());
    assertTrue(
        core.getSubject()
            .startsWith(
                "Indicators of the outcomes framework for Westminster and"
                    + " Kensington and Chelsea"),
        core.getSubject());
    assertEquals(view.framework().author(), core.getCreator());
    assertFalse(core.getCreator().isBlank());
    assertEquals("en-GB", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
  }

  @Test
  void theWorkbookOpensOnTheCoverWithTheCursorInA1() {
    assertEquals(0, book.getActiveSheetIndex());
    assertEquals(0, book.getFirstVisibleTab());
    XSSFSheet cover = book.getSheetAt(0);
    assertTrue(cover.isSelected());
    assertEquals("A1", cover.getActiveCell().formatAsString());
    for (int i = 1; i < book.getNumberOfSheets(); i++) {
      assertFalse(book.getSheetAt(i).isSelected(), book.getSheetName(i));
    }
  }

  /**
   * A filled cell says in words what its colour says: a comparison, a header, never colour alone.
   */
  @Test
  void noCellMeansSomethingByColourAlone() {
    Set<String> comparisons = new HashSet<>();
    for (Comparison c : Comparison.values()) {
      comparisons.add(c.label());
    }
    for (String name : List.of("Framework", "Wards")) {
      XSSFSheet sheet = book.getSheet(name);
      int header = onlyTable(sheet).getStartRowIndex();
      for (Row row : sheet) {
        for (Cell c : row) {
          if (c.getCellStyle().getFillPattern() != FillPatternType.NO_FILL
              && row.getRowNum() > header) {
            String words = c.getStringCellValue();
            assertTrue(
                comparisons.contains(words.replaceFirst(" (95|99\\.8)$", "")),
                name + " " + c.getAddress() + ": '" + words + "'");
          }
        }
      }
    }
  }

  /**
   * The native charts read the tables' own columns, never a text cell (Excel draws one as zero):
   * where a figure is missing a series points at an empty cell, which the chart shows as a gap.
   */
  @Test
  void theChartsDrawTheTablesNumbersAndLeaveGapsForMissingFigures() {
    int charts = 0;
    int gaps = 0;
    for (String name : List.of("Trend charts", "Ward charts")) {
      XSSFDrawing drawing = book.getSheet(name).getDrawingPatriarch();
      assertNotNull(drawing, name);
      for (var anchor : drawing.getCTDrawing().getTwoCellAnchorList()) {
        String alt =
            anchor.isSetGraphicFrame()
                ? anchor.getGraphicFrame().getNvGraphicFramePr().getCNvPr().getDescr()
                : anchor.getPic().getNvPicPr().getCNvPr().getDescr(); // a ward map's picture
        assertTrue(
            alt != null && !alt.isBlank(), "a chart or map without alternative text on " + name);
      }
      for (XSSFChart chart : drawing.getCharts()) {
        charts++;
        assertEquals("gap", chart.getCTChart().getDispBlanksAs().getVal().toString(), name);
        for (String formula : valueFormulas(chart.getCTChart().getPlotArea())) {
          for (String area : formula.replaceAll("^\\(|\\)$", "").split(",")) {
            AreaReference ref = new AreaReference(area, book.getSpreadsheetVersion());
            XSSFSheet data = book.getSheet(ref.getFirstCell().getSheetName());
            assertTrue(List.of("Trends", "Wards").contains(data.getSheetName()), formula);
            for (CellReference cr : ref.getAllReferencedCells()) {
              Cell cell =
                  data.getRow(cr.getRow()) == null
                      ? null
                      : data.getRow(cr.getRow()).getCell(cr.getCol());
              if (cell == null || blank(cell)) {
                assertEquals(
                    TableSheet.EMPTY.formatAsString(),
                    new CellReference(cr.getRow(), cr.getCol()).formatAsString());
                gaps++;
              } else {
                assertEquals(
                    CellType.NUMERIC, cell.getCellType(), formula + ": " + cr.formatAsString());
              }
            }
          }
        }
      }
    }
    assertTrue(charts >= 25, "native charts: " + charts);
    assertTrue(gaps > 0, "rough sleeping's autumn 2023, at least, is a gap");
  }

  /**
   * Excel repairs a part its schema does not allow (and says so on opening): every sheet, table,
   * chart, drawing, the workbook, its styles and its shared strings are valid against the Office
   * Open XML schema. (A line chart without its grouping, and colours of three bytes, were not.)
   */
  @Test
  void everyPartIsValidAgainstTheSchemaSoExcelHasNothingToRepair() throws Exception {
    Map<String, SchemaPart> parts = new LinkedHashMap<>();
    parts.put(
        "xl/worksheets/sheet\\d+\\.xml",
        org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument.Factory::parse);
    parts.put(
        "xl/tables/table\\d+\\.xml",
        org.openxmlformats.schemas.spreadsheetml.x2006.main.TableDocument.Factory::parse);
    parts.put(
        "xl/charts/chart\\d+\\.xml",
        org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument.Factory::parse);
    parts.put(
        "xl/drawings/drawing\\d+\\.xml",
        org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.WsDrDocument.Factory::parse);
    parts.put(
        "xl/workbook\\.xml",
        org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument.Factory::parse);
    parts.put(
        "xl/styles\\.xml",
        org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument.Factory::parse);
    parts.put(
        "xl/sharedStrings\\.xml",
        org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument.Factory::parse);
    List<String> invalid = new ArrayList<>();
    int checked = 0;
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
        for (Map.Entry<String, SchemaPart> p : parts.entrySet()) {
          if (e.getName().matches(p.getKey())) {
            checked++;
            try (InputStream in = zip.getInputStream(e)) {
              List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
              if (!p.getValue()
                  .parse(in)
                  .validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(errors))) {
                invalid.add(e.getName() + ": " + errors.get(0));
              }
            }
          }
        }
      }
    }
    assertEquals(List.of(), invalid);
    assertTrue(checked > 40, "parts checked: " + checked);
  }

  private interface SchemaPart {
    org.apache.xmlbeans.XmlObject parse(InputStream in) throws Exception;
  }

  /**
   * The workbook was 3.3 MB before the cover, notes and shorthand: it must not grow. The ward maps'
   * pictures (issue 22) came after, and are counted apart.
   */
  @Test
  void theWorkbookIsNoLargerThanBefore() throws IOException {
    long pictures = book.getAllPictures().stream().mapToLong(p -> p.getData().length).sum();
    assertTrue(
        Files.size(file) - pictures < 3_310_000,
        "bytes: " + Files.size(file) + ", of which pictures " + pictures);
  }

  // ---- helpers ----

  private List<String> sheetNames() {
    List<String> names = new ArrayList<>();
    book.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  private List<String> notes() {
    XSSFSheet notes = book.getSheet("Notes");
    XSSFTable table = onlyTable(notes);
    List<String> out = new ArrayList<>();
    for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
      out.add(text(notes, r, 1));
    }
    return out;
  }

  private static XSSFTable onlyTable(XSSFSheet sheet) {
    assertEquals(1, sheet.getTables().size(), sheet.getSheetName() + " tables");
    return sheet.getTables().get(0);
  }

  private static List<String> valueFormulas(CTPlotArea plot) {
    List<String> out = new ArrayList<>();
    for (var line : plot.getLineChartList()) {
      for (CTLineSer s : line.getSerList()) {
        out.add(s.getVal().getNumRef().getF());
      }
    }
    for (var bar : plot.getBarChartList()) {
      for (CTBarSer s : bar.getSerList()) {
        out.add(s.getVal().getNumRef().getF());
      }
    }
    return out;
  }

  private static List<String> columnA(XSSFSheet sheet) {
    List<String> out = new ArrayList<>();
    for (Row row : sheet) {
      out.add(text(row, 0));
    }
    return out;
  }

  private static Row rowStartingWith(XSSFSheet sheet, String start) {
    for (Row row : sheet) {
      if (text(row, 0).startsWith(start)) {
        return row;
      }
    }
    throw new AssertionError("no row starting " + start);
  }

  private static int column(XSSFSheet sheet, int header, String name) {
    for (int c = 0; c < sheet.getRow(header).getLastCellNum(); c++) {
      if (text(sheet, header, c).equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no column " + name);
  }

  private static boolean blank(Cell c) {
    return c.getCellType() == CellType.BLANK
        || (c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank());
  }

  private static String text(XSSFSheet sheet, int r, int c) {
    Row row = sheet.getRow(r);
    return row == null ? "" : text(row, c);
  }

  private static String text(Row row, int c) {
    Cell cell = row.getCell(c);
    return cell == null
        ? ""
        : cell.getCellType() == CellType.NUMERIC
            ? String.valueOf(cell.getNumericCellValue())
            : cell.getStringCellValue();
  }
}
