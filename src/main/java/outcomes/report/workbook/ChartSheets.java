package outcomes.report.workbook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.util.CellReference;
import outcomes.model.Comparison;
import outcomes.model.Observation;
import outcomes.model.TimePeriod;
import outcomes.report.Colours;
import outcomes.report.Illustrative;
import outcomes.report.IndicatorView;
import outcomes.report.WardTable;

/**
 * The sheets of native charts: one of every indicator's trend, one of every borough's wards. Each
 * chart is drawn from its rows of the Trends or Wards table, not from cells of its own, and sits
 * under a line of text in column A that names it and links to those rows, so a reader who cannot
 * see the chart can reach its figures.
 */
final class ChartSheets {
  static final String TRENDS = "Trend charts";
  static final String WARDS = "Ward charts";
  private static final int WIDTH = 10;

  /** A ward map's width in columns beside a ranked-wards chart. */
  private static final int MAP_COLUMNS = 9;

  private static final int TREND_HEIGHT = 18;

  private final Styles styles;

  private final WorkbookWriter.MapPictures maps;

  ChartSheets(Styles styles, WorkbookWriter.MapPictures maps) {
    this.styles = styles;
    this.maps = maps;
  }

  static String trendsDescription() {
    return "A native Excel line chart of each indicator's rows of the Trends table";
  }

  static String wardsDescription() {
    return "A native Excel bar chart of each borough's wards for each indicator, from the Wards table,"
        + " each bar coloured by its comparison with the borough";
  }

  /** The trend charts; returns how many. */
  int trends(TableSheet sheet, List<TrendsSheet.Block> blocks) {
    sheet.title("Trend charts: each indicator over time");
    sheet.line(
        "This worksheet contains charts and no table. Each chart draws its indicator's rows of"
            + " the Trends table; the line above it links to them.");
    sheet.line(
        "A period without a figure leaves a gap in its line. Charts of illustrative figures say"
            + " so in their titles.");
    int n = 0;
    int r = sheet.row() + 1;
    for (TrendsSheet.Block b : blocks) {
      if (b.rows() == 0) {
        continue;
      }
      n++;
      String title = trendTitle(b);
      caption(sheet, r, n, title, TrendsSheet.NAME, b.firstRow(), b.lastRow());
      List<NativeCharts.Series> series = new ArrayList<>();
      for (int i = 0; i < b.areas().size(); i++) {
        int top = b.areaRow(i);
        series.add(
            new NativeCharts.Series(
                b.areas().get(i).area().name(),
                new CellReference(TrendsSheet.NAME, top, TrendsSheet.AREA, true, true),
                new NativeCharts.Column(
                    TrendsSheet.NAME, TrendsSheet.VALUE, top, top + b.periods().size() - 1),
                b.values(i),
                Colours.SERIES[b.colourIndex().get(i) % Colours.SERIES.length],
                null));
      }
      String[] labels = b.periods().stream().map(TimePeriod::label).toArray(String[]::new);
      NativeCharts.line(
          sheet.drawings,
          title,
          b.view().indicator().unit().label(),
          new NativeCharts.Column(
              TrendsSheet.NAME, TrendsSheet.PERIOD, b.firstRow(), b.firstRow() + labels.length - 1),
          labels,
          series,
          new NativeCharts.Place(0, r + 1, WIDTH, TREND_HEIGHT));
      r += TREND_HEIGHT + 2;
    }
    sheet.skipTo(r);
    sheet.finish(8, false);
    return n;
  }

  /** The ward charts; returns how many. */
  int wards(TableSheet sheet, List<WardsSheet.Block> blocks) {
    sheet.title("Ward charts: each borough's wards, ranked");
    sheet.line(
        "This worksheet contains charts and no table. Each chart draws one borough's rows of the"
            + " Wards table; the line above it links to them.");
    sheet.line(
        "Each bar is coloured by its ward's comparison with the borough, as the Wards table says"
            + " in words. Charts of illustrative figures say so in their titles.");
    int n = 0;
    int r = sheet.row() + 1;
    for (WardsSheet.Block b : blocks) {
      n++;
      WardTable t = b.wards();
      IndicatorView v = b.view();
      List<Comparison> comparisons = b.comparisons();
      String title =
          Illustrative.title(
              v.label()
                  + ": wards of "
                  + t.parent().name()
                  + ", "
                  + t.period().label()
                  + "; bars coloured by comparison with "
                  + t.parent().name()
                  + " ("
                  + key(comparisons)
                  + ")",
              t.illustrative());
      caption(sheet, r, n, title, WardsSheet.NAME, b.firstRow(), b.lastRow());
      List<Observation> ranked = t.spread().ranked();
      String[] names = ranked.stream().map(o -> o.area().name()).toArray(String[]::new);
      Double[] values = ranked.stream().map(o -> o.value().getAsDouble()).toArray(Double[]::new);
      String[] colours = comparisons.stream().map(Colours::of).toArray(String[]::new);
      // a row of the sheet for each bar and room for the title, so no ward's name is skipped
      int height = Math.max(16, ranked.size() + 12);
      NativeCharts.bars(
          sheet.drawings,
          title,
          v.indicator().unit().label(),
          new NativeCharts.Column(WardsSheet.NAME, WardsSheet.WARD, b.firstRow(), b.lastRow()),
          names,
          new NativeCharts.Series(
              v.label(),
              null,
              new NativeCharts.Column(WardsSheet.NAME, WardsSheet.VALUE, b.firstRow(), b.lastRow()),
              values,
              Colours.SERIES[0],
              colours),
          new NativeCharts.Place(0, r + 1, WIDTH + 2, height));
      // the borough's ward map beside its ranked wards, with its alternative text
      Optional<WorkbookWriter.Picture> map = maps.of(v, t.parent());
      if (map.isPresent()) {
        height =
            Math.max(
                height,
                Pictures.place(
                    sheet.drawings,
                    map.get().png(),
                    map.get().alt(),
                    WIDTH + 3,
                    r + 1,
                    MAP_COLUMNS));
      }
      r += height + 2;
    }
    sheet.skipTo(r);
    sheet.finish(8, false);
    return n;
  }

  /** "Chart 3: … (data: Trends rows 25 to 54)", a link to those rows. */
  private void caption(
      TableSheet sheet, int r, int n, String title, String table, int first, int last) {
    sheet.cells.overflowing(
        r,
        0,
        "Chart "
            + n
            + ": "
            + title
            + " (data: "
            + table
            + " rows "
            + (first + 1)
            + " to "
            + (last + 1)
            + ")",
        styles.link);
    sheet.cells.linkOnly(r, 0, Cells.place(table, first, 0), HyperlinkType.DOCUMENT);
  }

  private static String trendTitle(TrendsSheet.Block b) {
    List<TimePeriod> p = b.periods();
    String when =
        p.size() == 1 ? p.get(0).label() : p.get(0).label() + " to " + p.get(p.size() - 1).label();
    return Illustrative.title(b.view().label() + ", " + when, b.illustrative());
  }

  /** "green: Better, amber: Similar": the colours the chart uses, each with its words. */
  static String key(List<Comparison> comparisons) {
    Set<Comparison> used = new LinkedHashSet<>(comparisons);
    List<String> parts = new ArrayList<>();
    for (Comparison c : Comparison.values()) {
      if (used.contains(c)) {
        parts.add(colourName(c) + ": " + c.label());
      }
    }
    return String.join(", ", parts);
  }

  /** The name a reader gives each of Fingertips' colours ({@link Colours#of}). */
  static String colourName(Comparison c) {
    switch (c) {
      case BETTER:
        return "green";
      case SIMILAR:
        return "amber";
      case WORSE:
        return "red";
      case HIGHER:
        return "light blue";
      case LOWER:
        return "dark blue";
      case NOT_COMPARED:
        return "grey";
      case LOWEST_QUINTILE:
        return "palest purple";
      case LOW_QUINTILE:
        return "pale purple";
      case MIDDLE_QUINTILE:
        return "mid purple";
      case HIGH_QUINTILE:
        return "deep purple";
      case HIGHEST_QUINTILE:
        return "deepest purple";
    }
    throw new IllegalArgumentException(c.name());
  }
}
