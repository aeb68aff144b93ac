package outcomes.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import outcomes.model.Sex;
import outcomes.report.FrameworkView;
import outcomes.report.Illustrative;
import outcomes.report.IndicatorView;
import outcomes.report.chart.ReportCharts;
import outcomes.report.workbook.WorkbookWriter;

/**
 * What the Board reads is honestly labelled (issue 18): each finding of the audit, on the bundled
 * catalogue and data, with the regression it must not come back as.
 */
class HonestLabelsTest {
  private static FrameworkData data;
  private static FrameworkView view;
  private static XSSFWorkbook book;

  /** The workbook is written and read back once: each takes seconds, and the tests only read. */
  @BeforeAll
  static void load() throws IOException {
    data = FrameworkData.load(Path.of("indicators"), Path.of("data"));
    view = ReportViews.of(data, java.time.LocalDate.of(2026, 12, 7));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WorkbookWriter.write(view, bytes);
    book = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
  }

  @AfterAll
  static void close() throws IOException {
    book.close();
  }

  private static IndicatorView view(String id, Sex sex) {
    return view.indicators().stream()
        .filter(v -> v.indicator().id().equals(id) && v.sex() == sex)
        .findFirst()
        .orElseThrow();
  }

  /** Item 5: the "life-expectancy male" sheet's figures table held 3,370 female rows too. */
  @Test
  void aSheetForOneSexHoldsThatSexsFiguresOnly() {
    for (Sex sex : List.of(Sex.MALE, Sex.FEMALE)) {
      IndicatorView v = view("life-expectancy", sex);
      assertFalse(v.series().isEmpty());
      assertTrue(v.series().stream().allMatch(o -> o.sex() == sex), sex + " sheet");
    }
  }

  /** Item 7: a native chart copied out of the workbook carries its illustrative label. */
  @Test
  void nativeChartsOfIllustrativeSeriesSaySoInTheirTitles() {
    List<String> illustrative = new ArrayList<>();
    List<String> real = new ArrayList<>();
    for (int i = 0; i < book.getNumberOfSheets(); i++) {
      XSSFSheet sheet = book.getSheetAt(i);
      XSSFDrawing drawing = sheet.getDrawingPatriarch();
      if (drawing == null) {
        continue;
      }
      for (XSSFChart chart : drawing.getCharts()) {
        String title = chart.getTitleText().getString();
        (title.contains(Illustrative.WARNING) ? illustrative : real).add(title);
      }
    }
    assertTrue(
        illustrative.stream().anyMatch(t -> t.startsWith("Adults with a high anxiety score")),
        illustrative.toString());
    assertTrue(
        illustrative.stream().anyMatch(t -> t.contains("wards of")), illustrative.toString());
    assertTrue(
        real.stream().anyMatch(t -> t.startsWith("Physically inactive adults")), real.toString());
    assertTrue(
        real.stream()
            .noneMatch(
                t ->
                    t.startsWith("Adults with a high anxiety score")
                        || t.startsWith("Residents who feel safe")),
        real.toString());
  }

  /**
   * Item 6: the life-expectancy rows said "Illustrative" for their real borough, London and England
   * figures because the widest ward gap was synthetic; each is now labelled by its own.
   */
  @Test
  void aFrameworkRowIsLabelledByItsOwnFiguresAndItsWardGapByItsOwn() {
    XSSFSheet sheet = book.getSheet("Framework");
    int header = -1;
    for (int r = 0; r <= sheet.getLastRowNum() && header < 0; r++) {
      if (sheet.getRow(r) != null && "Outcome".equals(text(sheet, r, 0))) {
        header = r;
      }
    }
    int data = column(sheet, header, "Data ");
    int gap = column(sheet, header, "Widest ward gap ");
    boolean seen = false;
    for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
      if ("Life expectancy at birth (male)".equals(text(sheet, r, 2))) {
        seen = true;
        assertEquals("Real; ward gap illustrative", text(sheet, r, data));
        assertTrue(text(sheet, r, gap).endsWith("; illustrative)"), text(sheet, r, gap));
        assertTrue(text(sheet, r, gap).contains("; wards of "), text(sheet, r, gap));
      }
      if ("Physically inactive adults".equals(text(sheet, r, 2))) {
        assertEquals("Real", text(sheet, r, data));
      }
    }
    assertTrue(seen);
  }

  private static String text(XSSFSheet sheet, int r, int c) {
    var row = sheet.getRow(r);
    var cell = row == null ? null : row.getCell(c);
    return cell == null ? "" : cell.toString();
  }

  /** The column whose heading is {@code name} or starts with it (a heading ends with its note). */
  private static int column(XSSFSheet sheet, int header, String name) {
    for (int c = 0; c < sheet.getRow(header).getLastCellNum(); c++) {
      String h = text(sheet, header, c);
      if (name.equals(h) || (name.endsWith(" ") && h.startsWith(name))) {
        return c;
      }
    }
    throw new AssertionError("no column " + name);
  }

  /** Item 8: synthetic wards drawn against the real borough and England lines say so. */
  @Test
  void illustrativeWardsAgainstRealLinesSayWhichIsWhich() {
    List<String> subtitles =
        ReportCharts.of(view, List.of()).stream()
            .filter(c -> c.name().startsWith("life-expectancy-male-wards"))
            .map(c -> c.chart().text().subtitle())
            .toList();
    assertFalse(subtitles.isEmpty());
    assertTrue(
        subtitles.stream()
            .anyMatch(
                s ->
                    s.endsWith(
                        "; the wards are illustrative, the"
                            + " Westminster and England lines are real published figures")),
        subtitles.toString());
  }

  /**
   * Item 11: a chart of one period is not "over time" ("2021 to 2021"), and its axis starts at zero
   * (TrendChart); a chart names only the comparators it draws.
   */
  @Test
  void aChartOfOnePeriodSaysSo() {
    var charts = ReportCharts.of(view, List.of());
    var language =
        charts.stream()
            .filter(c -> c.name().equals("english-language-trend"))
            .findFirst()
            .orElseThrow()
            .chart()
            .text();
    assertEquals(
        "Residents whose main language is not English: Westminster and Kensington and"
            + " Chelsea, 2021",
        language.title());
    assertEquals("%, 2021, the one period published", language.subtitle());
    var inactive =
        charts.stream()
            .filter(c -> c.name().equals("inactive-adults-trend"))
            .findFirst()
            .orElseThrow()
            .chart()
            .text();
    assertTrue(inactive.title().endsWith(" over time"), inactive.title());
    assertTrue(inactive.subtitle().endsWith(", with England"), inactive.subtitle());
  }

  /**
   * No rough-sleeping snapshot for autumn 2023 is in the data: the Trends table keeps a row for it
   * for each area, saying there is no figure ([x] and its note), and the charts an empty place, so
   * 2022 and 2024 are not drawn as a year apart.
   */
  @Test
  void aYearMissingFromASeriesIsShownMissingNotBridged() {
    XSSFSheet sheet = book.getSheet("Trends");
    List<String> periods = new ArrayList<>();
    int at2023 = -1;
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      if (text(sheet, r, 0).equals("People sleeping rough on a single night (autumn snapshot)")
          && text(sheet, r, 4).equals("Westminster")
          && text(sheet, r, 5).matches("20(2[1-5])")) {
        periods.add(text(sheet, r, 5));
        at2023 = text(sheet, r, 5).equals("2023") ? r : at2023;
      }
    }
    assertEquals(List.of("2021", "2022", "2023", "2024", "2025"), periods);
    for (int c = 6; c <= 9; c++) {
      assertTrue(
          text(sheet, at2023, c).startsWith("[x] [note "),
          "nothing filled in for 2023: " + text(sheet, at2023, c));
    }
  }

  /** Item 4 is in ChartPartsTest: units that are symbols keep their case. */
  @Test
  void thePm25UnitIsMicrogramsPerCubicMetre() {
    assertEquals(
        "µg/m³", data.indicator("air-quality-pm25").orElseThrow().indicator().unit().label());
  }
}
