package outcomes.report.workbook;

import outcomes.report.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import outcomes.model.Observation;
import outcomes.report.AreaFigure;
import outcomes.report.FrameworkView;
import outcomes.report.IndicatorView;
import outcomes.report.WardTable;
import outcomes.stats.Gap;

/** The first sheet: the framework at a glance, one row per indicator, by outcome and ambition. */
final class FrameworkSheet {
  static final String NAME = "Framework";
  private static final int HEADER_ROW = 4;

  private final Workbook wb;
  private final Styles styles;

  FrameworkSheet(Workbook wb, Styles styles) {
    this.wb = wb;
    this.styles = styles;
  }

  void write(FrameworkView view, List<String> sheetNames) {
    Sheet sheet = wb.createSheet(NAME);
    Cells cells = new Cells(sheet);
    cells.text(0, 0, "Outcomes framework: " + view.framework().title(), styles.title);
    cells.text(1, 0, "Latest figure for each indicator; comparisons are with England (95% confidence"
        + " intervals, Fingertips method); trends are Fingertips' recent-trend rule over the five"
        + " latest points. Data to " + view.dataDate() + "; freshness as of " + view.asOf() + ".", styles.note);
    if (view.illustrative()) {
      cells.text(2, 0, "Illustrative data: rows marked Illustrative in the Data column include"
          + " synthetic figures, not published ones.", styles.warning);
    }
    List<String> header = header(view);
    for (int c = 0; c < header.size(); c++) {
      cells.text(HEADER_ROW, c, header.get(c), styles.header);
    }
    int r = HEADER_ROW + 1;
    for (int i = 0; i < view.indicators().size(); i++) {
      row(cells, r++, view, view.indicators().get(i), sheetNames.get(i));
    }
    cells.applyWidths(10);
    sheet.setColumnWidth(2, 256 * 44);
    sheet.setColumnWidth(header.size() - 3, 256 * 40);
    sheet.createFreezePane(3, HEADER_ROW + 1);
    sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, header.size() - 1));
    PrintSetup.landscape(sheet, HEADER_ROW);
  }

  private static List<String> header(FrameworkView view) {
    List<String> h = new ArrayList<>(List.of("Outcome", "Ambition", "Indicator", "Period", "Unit"));
    IndicatorView first = view.indicators().isEmpty() ? null : view.indicators().get(0);
    if (first != null) {
      for (AreaFigure f : first.focus()) {
        h.add(f.area().name());
        h.add("95% CI");
        h.add("Compared with England");
        h.add("Recent trend");
      }
      for (AreaFigure b : first.benchmarks()) {
        h.add(b.area().name());
      }
    }
    h.addAll(List.of("Widest ward gap", "Data", "Source", "Freshness", "Sheet"));
    return h;
  }

  private void row(Cells cells, int r, FrameworkView view, IndicatorView v, String sheetName) {
    int d = v.indicator().unit().decimals();
    int c = 0;
    cells.text(r, c++, v.indicator().outcome() + ". " + view.framework().outcomes().getOrDefault(v.indicator().outcome(), ""), styles.text);
    cells.text(r, c++, v.indicator().ambition() + ". " + view.framework().ambitions().getOrDefault(v.indicator().ambition(), ""), styles.text);
    cells.text(r, c++, v.label(), styles.text);
    cells.text(r, c++, v.latest().map(p -> p.label()).orElse("no data"), styles.text);
    cells.text(r, c++, v.indicator().unit().label(), styles.text);
    for (AreaFigure f : v.focus()) {
      cells.number(r, c++, Cells.value(f.figure()), styles.number(d));
      cells.text(r, c++, interval(f.figure(), d), styles.text);
      cells.text(r, c, f.comparison().label(), styles.comparison(f.comparison()));
      c++;
      cells.text(r, c++, f.trend(), styles.text);
    }
    for (AreaFigure b : v.benchmarks()) {
      cells.number(r, c++, Cells.value(b.figure()), styles.number(d));
    }
    cells.text(r, c++, widestGap(v, d), styles.text);
    String origin = origin(v);
    cells.text(r, c++, origin, origin.equals("Real") ? styles.text : styles.warning);
    cells.text(r, c++, v.indicator().source().name(), styles.text);
    cells.text(r, c++, v.freshness(), styles.text);
    link(cells, r, c, sheetName);
  }

  static String interval(Optional<Observation> o, int d) {
    return o.flatMap(Observation::ci95)
        .map(ci -> Figures.range(ci, d)).orElse("");
  }

  /**
   * Where the row's figures come from, each by its own origin: "Real", "Illustrative", or "Real;
   * ward gap illustrative" where real borough figures sit beside synthetic wards.
   */
  static String origin(IndicatorView v) {
    if (v.figuresIllustrative()) {
      return "Illustrative";
    }
    boolean wardsIllustrative = v.widestWardGap().map(WardTable::illustrative).orElse(false);
    return wardsIllustrative ? "Real; ward gap illustrative" : "Real";
  }

  /**
   * "Westbourne 72.2 to Knightsbridge & Belgravia 90.3 (18.1; wards of Westminster, 2019 - 21)":
   * the borough with the widest gap, and "illustrative" where its wards are.
   */
  static String widestGap(IndicatorView v, int d) {
    Optional<WardTable> t = v.widestWardGap();
    if (t.isEmpty()) {
      return "";
    }
    Observation best = t.get().spread().best().orElseThrow();
    Observation worst = t.get().spread().worst().orElseThrow();
    Gap g = t.get().spread().widest().orElseThrow();
    return worst.area().name() + " " + Figures.number(worst.value().getAsDouble(), d) + " to "
        + best.area().name() + " " + Figures.number(best.value().getAsDouble(), d) + " ("
        + Figures.number(g.magnitude(), d) + "; wards of " + t.get().parent().name() + ", "
        + t.get().period().label() + (t.get().illustrative() ? "; illustrative" : "") + ")";
  }

  private void link(Cells cells, int r, int c, String sheetName) {
    cells.text(r, c, sheetName, styles.text);
    Cell cell = cells.row(r).getCell(c);
    Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
    link.setAddress("'" + sheetName.replace("'", "''") + "'!A1");
    cell.setHyperlink(link);
  }
}
