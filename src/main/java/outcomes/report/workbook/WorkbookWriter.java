package outcomes.report.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import outcomes.model.Area;
import outcomes.report.FrameworkView;
import outcomes.report.IndicatorView;
import outcomes.report.ProgressView;
import outcomes.report.StableZip;

/**
 * Writes the outcomes-framework workbook to the Government Analysis Function's standard for
 * releasing statistics in spreadsheets: a cover, contents and notes, then one table per sheet (the
 * framework at a glance, the trends, the wards, every figure), each an Excel table under its title
 * and a few lines saying what it holds, and the native charts of the trends and wards on sheets of
 * their own, drawn from those tables' columns. No cell of a table is blank: shorthand and a note
 * say why there is no figure. The file depends only on the view: document dates come from the data
 * and zip entries carry a fixed time, so the same inputs give the same bytes.
 */
public final class WorkbookWriter {
  /** The sheets, in order: each name unique, meaningful and well under Excel's 31 characters. */
  static final List<String> SHEETS =
      List.of(
          CoverSheet.NAME,
          ContentsSheet.NAME,
          NotesSheet.NAME,
          FrameworkSheet.NAME,
          ProgressSheet.NAME,
          TrendsSheet.NAME,
          WardsSheet.NAME,
          FiguresSheet.NAME,
          ChartSheets.TRENDS,
          ChartSheets.WARDS);

  private WorkbookWriter() {}

  /** A ward map as an image, with its alternative text. */
  public record Picture(byte[] png, String alt) {}

  /** The image of a borough's latest ward map for an indicator view, if it has one. */
  @FunctionalInterface
  public interface MapPictures {
    MapPictures NONE = (v, borough) -> Optional.empty();

    Optional<Picture> of(IndicatorView v, Area borough);
  }

  /** The workbook without maps, and with an empty progress table. */
  public static void write(FrameworkView view, OutputStream out) throws IOException {
    write(
        view,
        new ProgressView(view.asOf(), Optional.empty(), List.of(), List.of()),
        MapPictures.NONE,
        out);
  }

  /**
   * The workbook, with each borough's ward map beside its ranked wards' chart where one is given.
   */
  public static void write(
      FrameworkView view, ProgressView progress, MapPictures maps, OutputStream out)
      throws IOException {
    // Streaming rows keep a national-sized table of figures quick; strings are shared, since the
    // same names, types, files and shorthand fill most of its cells.
    Map<String, Integer> shared = new HashMap<>();
    try (SXSSFWorkbook wb =
        new SXSSFWorkbook(new XSSFWorkbook(), 500, false, true) {
          @Override
          protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new PlainTextSheetWriter(getSharedStringSource(), shared);
          }
        }) {
      Styles styles = new Styles(wb.getXSSFWorkbook());
      Notes notes = new Notes(view);
      SHEETS.forEach(wb::createSheet);
      // tables first, then the sheets that describe them
      List<TrendsSheet.Block> trends =
          new TrendsSheet(sheet(wb, styles, TrendsSheet.NAME), styles, notes)
              .write(view.indicators());
      List<WardsSheet.Block> wards =
          new WardsSheet(sheet(wb, styles, WardsSheet.NAME), styles, notes)
              .write(view.indicators());
      new FiguresSheet(sheet(wb, styles, FiguresSheet.NAME), styles, notes)
          .write(view.indicators());
      new FrameworkSheet(sheet(wb, styles, FrameworkSheet.NAME), styles, notes).write(view, trends);
      new ProgressSheet(sheet(wb, styles, ProgressSheet.NAME), styles, notes).write(progress);
      ChartSheets charts = new ChartSheets(styles, maps);
      charts.trends(sheet(wb, styles, ChartSheets.TRENDS), trends);
      charts.wards(sheet(wb, styles, ChartSheets.WARDS), wards);
      new NotesSheet(sheet(wb, styles, NotesSheet.NAME), styles).write(notes);
      new ContentsSheet(sheet(wb, styles, ContentsSheet.NAME), styles)
          .write(
              List.of(
                  new ContentsSheet.Entry(NotesSheet.NAME, NotesSheet.description()),
                  new ContentsSheet.Entry(FrameworkSheet.NAME, FrameworkSheet.description()),
                  new ContentsSheet.Entry(ProgressSheet.NAME, ProgressSheet.description()),
                  new ContentsSheet.Entry(TrendsSheet.NAME, TrendsSheet.description()),
                  new ContentsSheet.Entry(WardsSheet.NAME, WardsSheet.description()),
                  new ContentsSheet.Entry(FiguresSheet.NAME, FiguresSheet.description()),
                  new ContentsSheet.Entry(ChartSheets.TRENDS, ChartSheets.trendsDescription()),
                  new ContentsSheet.Entry(ChartSheets.WARDS, ChartSheets.wardsDescription())));
      new CoverSheet(sheet(wb, styles, CoverSheet.NAME), styles, notes).write(view);
      openOnTheCover(wb);
      properties(wb, view);
      // Every row out, sheet by sheet in order: texts take their shared-string numbers as rows are
      // flushed, and POI would flush the last rows of each sheet in its hash map's order.
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        wb.getSheetAt(i).flushRows();
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      wb.write(bytes);
      StableZip.copy(bytes.toByteArray(), out);
    }
  }

  private static TableSheet sheet(SXSSFWorkbook wb, Styles styles, String name) {
    return new TableSheet(wb, styles, name);
  }

  /** The workbook opens on the cover, its cursor in A1, as a screen reader's user expects. */
  private static void openOnTheCover(SXSSFWorkbook wb) {
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      wb.getSheetAt(i).setSelected(i == 0);
    }
    wb.setActiveSheet(0);
    wb.setFirstVisibleTab(0);
    wb.getSheetAt(0).setActiveCell(new CellAddress(0, 0));
  }

  private static void properties(SXSSFWorkbook wb, FrameworkView view) {
    POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
    Date date = Date.from(view.dataDate().atStartOfDay().toInstant(ZoneOffset.UTC));
    core.setCreated(Optional.of(date));
    core.setModified(Optional.of(date));
    core.setCreator(view.framework().author().isEmpty() ? "outcomes" : view.framework().author());
    core.setTitle(CoverSheet.title(view));
    core.setSubjectProperty(
        "Indicators of the outcomes framework for "
            + String.join(
                " and ",
                view.framework().focusAreas().stream()
                    .map(c -> view.framework().area(c).map(a -> a.name()).orElse(c))
                    .toList())
            + ", data to "
            + view.dataDate().format(FrameworkSheet.DAY));
    core.setKeywords("public health; outcomes framework; health and wellbeing; indicators");
    core.getUnderlyingProperties().setLanguageProperty("en-GB");
    if (view.illustrative()) {
      core.setDescription("Contains illustrative data: synthetic, not published figures.");
    }
  }
}
