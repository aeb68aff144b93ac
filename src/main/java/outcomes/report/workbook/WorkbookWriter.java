package outcomes.report.workbook;

import outcomes.report.StableZip;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import outcomes.model.Area;
import outcomes.report.FrameworkView;
import outcomes.report.IndicatorView;

/**
 * Writes the outcomes-framework workbook: the framework at a glance, then a sheet per indicator
 * (and sex) with its trend and ward tables, native Excel charts of both, each borough's ward map
 * beside its ranked wards, and its tidy series.
 * The file depends only on the view: document dates come from the data and zip entries carry a
 * fixed time, so the same inputs give the same bytes.
 */
public final class WorkbookWriter {
  private WorkbookWriter() {}

  /** A ward map as an image, with its alternative text. */
  public record Picture(byte[] png, String alt) {}

  /** The image of a borough's latest ward map for an indicator view, if it has one. */
  @FunctionalInterface
  public interface MapPictures {
    MapPictures NONE = (v, borough) -> Optional.empty();

    Optional<Picture> of(IndicatorView v, Area borough);
  }

  public static void write(FrameworkView view, OutputStream out) throws IOException {
    write(view, MapPictures.NONE, out);
  }

  /** The workbook, with each borough's ward map beside its ranked wards where one is given. */
  public static void write(FrameworkView view, MapPictures maps, OutputStream out) throws IOException {
    // Streaming rows keep a national-sized tidy table quick; the rows a chart needs are given
    // to it directly, never read back from flushed rows.
    try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 500) {
      @Override
      protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new PlainTextSheetWriter();
      }
    }) {
      Styles styles = new Styles(wb.getXSSFWorkbook());
      List<String> sheetNames = sheetNames(view.indicators());
      new FrameworkSheet(wb, styles).write(view, sheetNames);
      for (int i = 0; i < view.indicators().size(); i++) {
        new IndicatorSheet(wb, styles, sheetNames.get(i), maps).write(view.indicators().get(i), view);
      }
      properties(wb, view);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      wb.write(bytes);
      StableZip.copy(bytes.toByteArray(), out);
    }
  }

  private static void properties(SXSSFWorkbook wb, FrameworkView view) {
    POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
    Date date = Date.from(view.dataDate().atStartOfDay().toInstant(ZoneOffset.UTC));
    core.setCreated(Optional.of(date));
    core.setModified(Optional.of(date));
    core.setCreator("outcomes");
    core.setTitle("Outcomes framework: " + view.framework().title());
    if (view.illustrative()) {
      core.setDescription("Contains illustrative data: synthetic, not published figures.");
    }
  }

  /**
   * A valid, unique sheet name per indicator view, from its id (never from data text): at most 31
   * characters, none of Excel's forbidden ones.
   */
  static List<String> sheetNames(List<IndicatorView> views) {
    Set<String> used = new HashSet<>();
    used.add(FrameworkSheet.NAME.toLowerCase(Locale.ROOT));
    return views.stream().map(v -> {
      String base = v.indicator().id()
          + (v.sex() == outcomes.model.Sex.PERSONS ? "" : " " + v.sex().label().toLowerCase(Locale.ROOT));
      String name = WorkbookUtil.createSafeSheetName(base.length() > 31 ? base.substring(0, 31) : base);
      for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
        String suffix = " " + n;
        name = WorkbookUtil.createSafeSheetName(base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix);
      }
      return name;
    }).toList();
  }
}
