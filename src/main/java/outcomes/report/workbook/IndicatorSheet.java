package outcomes.report.workbook;

import outcomes.report.Figures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import outcomes.model.Comparison;
import outcomes.model.Indicator;
import outcomes.model.Observation;
import outcomes.model.TimePeriod;
import outcomes.report.AreaFigure;
import outcomes.report.Colours;
import outcomes.report.FrameworkView;
import outcomes.report.Illustrative;
import outcomes.report.IndicatorView;
import outcomes.report.TrendPeriods;
import outcomes.report.WardTable;
import outcomes.stats.Judgement;

/**
 * One indicator (and sex): what it is and where it comes from, its trend for the focus areas and
 * benchmarks with a line chart, each borough's wards ranked with a bar chart coloured by their
 * comparison with the borough, and every figure as a tidy table with filters.
 */
final class IndicatorSheet {
  private static final int CHART_COLUMN = 8;
  private static final List<Comparison> WARD_GROUPS = List.of(Comparison.BETTER, Comparison.SIMILAR,
      Comparison.WORSE, Comparison.HIGHER, Comparison.LOWER, Comparison.NOT_COMPARED);

  private final SXSSFWorkbook wb;
  private final Styles styles;
  private final String name;
  private final WorkbookWriter.MapPictures maps;

  IndicatorSheet(SXSSFWorkbook wb, Styles styles, String name, WorkbookWriter.MapPictures maps) {
    this.wb = wb;
    this.styles = styles;
    this.name = name;
    this.maps = maps;
  }

  void write(IndicatorView v, FrameworkView fw) {
    Sheet sheet = wb.createSheet(name);
    // Rows stream to disk; charts live on the sheet's drawing, which stays in memory.
    XSSFSheet drawing = wb.getXSSFWorkbook().getSheet(name);
    Cells cells = new Cells(sheet);
    Indicator ind = v.indicator();
    cells.text(0, 0, v.label(), styles.title);
    cells.text(1, 0, ind.definition(), styles.note);
    cells.text(2, 0, "Source: " + ind.source().name() + (ind.source().licence().isEmpty() ? ""
        : " (" + ind.source().licence() + ")") + (ind.source().link().isEmpty() ? "" : ". " + ind.source().link()), styles.note);
    if (v.illustrative()) {
      cells.text(3, 0, "Illustrative data: some figures on this sheet are synthetic, not published"
          + " (see the Data column of the table below).", styles.warning);
    }
    int r = trend(drawing, cells, v, 5);
    for (WardTable t : v.wardTables()) {
      r = wards(drawing, cells, v, t, r + 2);
    }
    int tidyHeader = tidy(cells, v, r + 2);
    cells.applyWidths(9);
    sheet.createFreezePane(0, 4);
    sheet.setAutoFilter(new CellRangeAddress(tidyHeader, Math.max(tidyHeader, tidyHeader + v.series().size()), 0, 19));
    PrintSetup.landscape(sheet, 0);
  }

  /** Periods down, areas across: the focus areas then the benchmarks. Returns the last row. */
  private int trend(XSSFSheet sheet, Cells cells, IndicatorView v, int top) {
    List<AreaFigure> areas = new ArrayList<>(v.focus());
    areas.addAll(v.benchmarks());
    TreeSet<TimePeriod> periods = new TreeSet<>();
    Map<String, Map<TimePeriod, Observation>> byArea = new LinkedHashMap<>();
    for (AreaFigure a : areas) {
      byArea.put(a.area().code(), new LinkedHashMap<>());
    }
    for (Observation o : v.trendFigures()) {
      Map<TimePeriod, Observation> m = byArea.get(o.area().code());
      if (m != null) {
        m.put(o.period(), o);
        periods.add(o.period());
      }
    }
    cells.text(top, 0, "Trend: " + v.label() + " (" + v.indicator().unit().label() + ")", styles.heading);
    int header = top + 1;
    cells.text(header, 0, "Period", styles.header);
    // a period a regular series lacks (rough sleeping's autumn 2023) keeps its row, empty
    List<TimePeriod> ordered = TrendPeriods.of(periods);
    String[] labels = ordered.stream().map(TimePeriod::label).toArray(String[]::new);
    List<NativeCharts.Series> series = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      cells.text(header, i + 1, areas.get(i).area().name(), styles.header);
      Map<TimePeriod, Observation> figures = byArea.get(areas.get(i).area().code());
      Double[] values = ordered.stream().map(p -> Cells.value(Optional.ofNullable(figures.get(p))).orElse(null))
          .toArray(Double[]::new);
      if (!figures.isEmpty()) {
        series.add(new NativeCharts.Series(i + 1, areas.get(i).area().name(), values,
            Colours.SERIES[i % Colours.SERIES.length]));
      }
    }
    int r = header;
    for (int k = 0; k < labels.length; k++) {
      r++;
      cells.text(r, 0, labels[k], styles.text);
      for (int i = 0; i < areas.size(); i++) {
        Observation o = byArea.get(areas.get(i).area().code()).get(ordered.get(k));
        cells.number(r, i + 1, Cells.value(Optional.ofNullable(o)), styles.number(v.indicator().unit().decimals()));
      }
    }
    if (!periods.isEmpty() && !series.isEmpty()) {
      boolean illustrative = byArea.values().stream().flatMap(m -> m.values().stream())
          .anyMatch(o -> !o.isReal());
      NativeCharts.line(sheet, new NativeCharts.Table(name, header, header + 1, 0, labels, series),
          Illustrative.title(v.label() + ", " + periods.first().label() + " to "
              + periods.last().label(), illustrative),
          v.indicator().unit().label(), CHART_COLUMN, top);
    }
    return Math.max(r, top + 18);
  }

  /** A borough's wards ranked best first, with limits and their comparison with the borough. */
  private int wards(XSSFSheet sheet, Cells cells, IndicatorView v, WardTable t, int top) {
    int d = v.indicator().unit().decimals();
    cells.text(top, 0, "Wards of " + t.parent().name() + ", " + t.period().label()
        + ", compared with " + t.parent().name() + parentFigure(t, d), styles.heading);
    int header = top + 1;
    List<String> h = new ArrayList<>(List.of("Rank", "Ward", "Ward code", "Value", "Lower 95% CI",
        "Upper 95% CI", "Compared with borough", "Data"));
    WARD_GROUPS.forEach(c -> h.add(c.label()));
    for (int c = 0; c < h.size(); c++) {
      cells.text(header, c, h.get(c), styles.header);
    }
    List<Observation> ranked = t.spread().ranked();
    for (int i = 0; i < ranked.size(); i++) {
      Observation o = ranked.get(i);
      Judgement j = t.spread().judgements().get(i);
      int r = header + 1 + i;
      cells.number(r, 0, i + 1, styles.number(0));
      cells.text(r, 1, o.area().name(), styles.text);
      cells.text(r, 2, o.area().code(), styles.text);
      cells.number(r, 3, Cells.value(Optional.of(o)), styles.number(d));
      cells.number(r, 4, Cells.lower(Optional.of(o)), styles.number(d));
      cells.number(r, 5, Cells.upper(Optional.of(o)), styles.number(d));
      cells.text(r, 6, j.label(), styles.comparison(j.comparison()));
      cells.text(r, 7, o.isReal() ? "Real" : "Illustrative", o.isReal() ? styles.text : styles.warning);
      // One column per comparison group, so the chart can colour each bar by its group.
      for (int g = 0; g < WARD_GROUPS.size(); g++) {
        cells.number(r, 8 + g, j.comparison() == WARD_GROUPS.get(g) ? Cells.value(Optional.of(o))
            : Optional.empty(), styles.number(d));
      }
    }
    int last = header + ranked.size();
    String[] names = ranked.stream().map(o -> o.area().name()).toArray(String[]::new);
    List<NativeCharts.Series> series = new ArrayList<>();
    for (int g = 0; g < WARD_GROUPS.size(); g++) {
      Comparison group = WARD_GROUPS.get(g);
      Double[] values = new Double[ranked.size()];
      for (int i = 0; i < ranked.size(); i++) {
        values[i] = t.spread().judgements().get(i).comparison() == group
            ? ranked.get(i).value().getAsDouble() : null;
      }
      if (java.util.Arrays.stream(values).anyMatch(x -> x != null)) {
        series.add(new NativeCharts.Series(8 + g, group.label(), values, Colours.of(group)));
      }
    }
    NativeCharts.bars(sheet, new NativeCharts.Table(name, header, header + 1, 1, names, series),
        Illustrative.title(v.label() + ": wards of " + t.parent().name() + ", "
            + t.period().label(), t.illustrative()),
        v.indicator().unit().label(), 8 + WARD_GROUPS.size() + 1, top);
    // the borough's ward map beside the ranked chart, which takes 9 columns
    int mapRows = maps.of(v, t.parent()).map(p -> Pictures.place(sheet, p.png(), p.alt(),
        8 + WARD_GROUPS.size() + 1 + 9 + 1, top, 10)).orElse(0);
    return Math.max(last, top + Math.max(Math.max(14, ranked.size() + 6), mapRows));
  }

  private static String parentFigure(WardTable t, int d) {
    return t.parentFigure().filter(Observation::hasValue)
        .map(o -> " (" + Figures.number(o.value().getAsDouble(), d) + ")").orElse("");
  }

  /** Every figure of the indicator as a tidy table. Returns the header row. */
  private int tidy(Cells cells, IndicatorView v, int top) {
    int d = v.indicator().unit().decimals();
    cells.text(top, 0, "All figures", styles.heading);
    int header = top + 1;
    String[] h = {"Area code", "Area", "Area type", "Parent code", "Sex", "Age", "Category type",
        "Category", "Period", "Value", "Lower 95% CI", "Upper 95% CI", "Lower 99.8% CI",
        "Upper 99.8% CI", "Count", "Denominator", "Value note", "Data", "File", "Line"};
    for (int c = 0; c < h.length; c++) {
      cells.text(header, c, h[c], styles.header);
    }
    int r = header;
    for (Observation o : v.series()) {
      r++;
      cells.text(r, 0, o.area().code(), styles.text);
      cells.text(r, 1, o.area().name(), styles.text);
      cells.text(r, 2, o.area().type(), styles.text);
      cells.text(r, 3, o.area().parentCode(), styles.text);
      cells.text(r, 4, o.sex().label(), styles.text);
      cells.text(r, 5, o.age().label(), styles.text);
      cells.text(r, 6, o.category().type(), styles.text);
      cells.text(r, 7, o.category().name(), styles.text);
      cells.text(r, 8, o.period().label(), styles.text);
      cells.number(r, 9, Cells.value(Optional.of(o)), styles.number(d));
      cells.number(r, 10, Cells.lower(Optional.of(o)), styles.number(d));
      cells.number(r, 11, Cells.upper(Optional.of(o)), styles.number(d));
      cells.number(r, 12, o.ci998().map(i -> i.lower()), styles.number(d));
      cells.number(r, 13, o.ci998().map(i -> i.upper()), styles.number(d));
      cells.number(r, 14, opt(o.count()), styles.number(0));
      cells.number(r, 15, opt(o.denominator()), styles.number(0));
      cells.text(r, 16, o.valueNote(), styles.text);
      cells.text(r, 17, o.isReal() ? "Real" : "Illustrative", o.isReal() ? styles.text : styles.warning);
      cells.text(r, 18, o.provenance().file(), styles.text);
      cells.number(r, 19, o.provenance().line(), styles.number(0));
    }
    return header;
  }

  private static Optional<Double> opt(java.util.OptionalDouble d) {
    return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
  }
}
