package outcomes.report.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.model.TimePeriod;
import outcomes.model.ValueType;
import outcomes.report.AreaFigure;
import outcomes.report.IndicatorView;
import outcomes.report.TrendPeriods;

/**
 * Every indicator's trend in one long table, to filter by indicator, sex or area: one row per
 * indicator (and sex), area and period, for the boroughs and the areas they are compared with, over
 * periods as long as the indicator's latest. Each indicator's rows form a block, area by area, each
 * area over the same periods, so a chart of the block reads its columns; a figure missing for a
 * period is a row of shorthand, never a blank.
 */
final class TrendsSheet {
  static final String NAME = "Trends";
  static final String TABLE = "trends_table";
  static final List<String> COLUMNS =
      List.of(
          "Indicator",
          "Sex",
          "Unit",
          "Area code",
          "Area",
          "Period",
          "Value",
          "Lower 95% CI",
          "Upper 95% CI",
          "Data");
  static final int AREA = 4;
  static final int PERIOD = 5;
  static final int VALUE = 6;

  /**
   * One indicator's rows: the areas with a figure in the trend (each with its place in the
   * framework's list of areas, which sets its colour), the periods, the figures, the rows the
   * source published without a value (its marker says why), and the first row.
   */
  record Block(
      IndicatorView view,
      List<AreaFigure> areas,
      List<Integer> colourIndex,
      List<TimePeriod> periods,
      Map<String, Map<TimePeriod, Observation>> figures,
      Map<String, Map<TimePeriod, Observation>> withheld,
      int firstRow) {
    int rows() {
      return areas.size() * periods.size();
    }

    int lastRow() {
      return firstRow + rows() - 1;
    }

    /** The first row of the i-th area. */
    int areaRow(int i) {
      return firstRow + i * periods.size();
    }

    Double[] values(int i) {
      Map<TimePeriod, Observation> m = figures.get(areas.get(i).area().code());
      return periods.stream()
          .map(p -> Cells.value(Optional.ofNullable(m.get(p))).orElse(null))
          .toArray(Double[]::new);
    }

    boolean illustrative() {
      return figures.values().stream().flatMap(m -> m.values().stream()).anyMatch(o -> !o.isReal());
    }
  }

  private final TableSheet sheet;
  private final Styles styles;
  private final Notes notes;

  TrendsSheet(TableSheet sheet, Styles styles, Notes notes) {
    this.sheet = sheet;
    this.styles = styles;
    this.notes = notes;
  }

  static String description() {
    return "Each indicator's figures over time for the boroughs, London and England: one row per"
        + " indicator, sex, area and period (one long table to filter)";
  }

  /** Writes the table; returns each indicator's block of rows, in the order of the framework. */
  List<Block> write(List<IndicatorView> views) {
    sheet
        .widths(52, 9, 10, 11, 24, 11, 10, 12, 12, 13)
        .title(
            "Trends: each indicator over time for the boroughs and the areas they are compared with");
    sheet.line(
        "This worksheet contains one table: one row per indicator (and sex), area and period."
            + " "
            + notes.ref(Note.TREND_PERIODS));
    sheet.line(
        "The Trend charts worksheet draws each indicator's rows. Cells without a figure hold"
            + " [x] (not available) or [z] (not applicable) and a note: see the Notes worksheet.");
    sheet.line("Source: each indicator's, as the Framework table and the notes give it.");
    int r =
        sheet.header(
            List.of(
                COLUMNS.get(0),
                COLUMNS.get(1),
                COLUMNS.get(2) + " " + notes.ref(Note.DECIMALS),
                COLUMNS.get(3),
                COLUMNS.get(4),
                COLUMNS.get(5),
                COLUMNS.get(6),
                COLUMNS.get(7) + " " + notes.ref(Note.CONFIDENCE_INTERVALS),
                COLUMNS.get(8) + " " + notes.ref(Note.CONFIDENCE_INTERVALS),
                COLUMNS.get(9) + " " + notes.ref(Note.ILLUSTRATIVE)));
    List<Block> blocks = new ArrayList<>();
    for (IndicatorView v : views) {
      Block b = block(v, r);
      for (int i = 0; i < b.areas().size(); i++) {
        String code = b.areas().get(i).area().code();
        for (TimePeriod p : b.periods()) {
          row(
              r++,
              v,
              b.areas().get(i),
              Optional.ofNullable(b.figures().get(code).get(p)),
              Optional.ofNullable(b.withheld().get(code).get(p)),
              p);
        }
      }
      blocks.add(b);
    }
    sheet.table(TABLE, r - 1);
    sheet.finish(8, true);
    return blocks;
  }

  /** An indicator's areas with a figure in its trend, over its periods (with a place for a gap). */
  static Block block(IndicatorView v, int firstRow) {
    List<AreaFigure> all = new ArrayList<>(v.focus());
    all.addAll(v.benchmarks());
    Map<String, Map<TimePeriod, Observation>> byArea = new LinkedHashMap<>();
    all.forEach(a -> byArea.put(a.area().code(), new LinkedHashMap<>()));
    TreeSet<TimePeriod> periods = new TreeSet<>();
    for (Observation o : v.trendFigures()) {
      Map<TimePeriod, Observation> m = byArea.get(o.area().code());
      if (m != null) {
        m.put(o.period(), o);
        periods.add(o.period());
      }
    }
    List<AreaFigure> areas = new ArrayList<>();
    List<Integer> colours = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (!byArea.get(all.get(i).area().code()).isEmpty()) {
        areas.add(all.get(i));
        colours.add(i);
      }
    }
    byArea.keySet().retainAll(areas.stream().map(a -> a.area().code()).toList());
    return new Block(
        v, areas, colours, TrendPeriods.of(periods), byArea, withheld(v, byArea), firstRow);
  }

  /**
   * The rows of each area's series (its sex, age and category) that the source published without a
   * value, by period: a suppressed or unreliable figure is then said to be so ([c], [u]), not
   * merely missing.
   */
  private static Map<String, Map<TimePeriod, Observation>> withheld(
      IndicatorView v, Map<String, Map<TimePeriod, Observation>> figures) {
    Map<String, Map<TimePeriod, Observation>> out = new LinkedHashMap<>();
    Map<String, Observation> series = new LinkedHashMap<>();
    figures.forEach(
        (code, m) -> {
          out.put(code, new LinkedHashMap<>());
          series.put(code, m.values().iterator().next());
        });
    for (Observation o : v.series()) {
      Observation like = series.get(o.area().code());
      if (like != null
          && !o.hasValue()
          && o.sex() == like.sex()
          && o.age().equals(like.age())
          && o.category().equals(like.category())) {
        out.get(o.area().code()).putIfAbsent(o.period(), o);
      }
    }
    return out;
  }

  private void row(
      int r,
      IndicatorView v,
      AreaFigure a,
      Optional<Observation> o,
      Optional<Observation> withheld,
      TimePeriod p) {
    Cells cells = sheet.cells;
    int d = v.indicator().unit().decimals();
    cells.text(r, 0, v.indicator().title(), styles.wrapped);
    cells.text(r, 1, v.sex().label(), styles.text);
    cells.text(r, 2, v.indicator().unit().label(), styles.text);
    cells.text(r, 3, a.area().code(), styles.text);
    cells.text(r, 4, a.area().name(), styles.text);
    cells.text(r, 5, p.label(), styles.text);
    String none =
        withheld
            .map(
                w ->
                    Shorthand.forMissingValue(w.valueNote())
                        .with(notes.ref(Note.VALUE_NOT_PUBLISHED)))
            .orElse(Shorthand.NOT_AVAILABLE.with(notes.ref(Note.NO_FIGURE_FOR_PERIOD)));
    cells.numberOr(r, 6, Cells.value(o), styles.number(d), none, styles.textRight);
    Optional<Interval> ci = o.flatMap(Observation::ci95);
    String noLimits = o.filter(Observation::hasValue).isEmpty() ? none : noLimits(v);
    cells.numberOr(r, 7, ci.map(Interval::lower), styles.number(d), noLimits, styles.textRight);
    cells.numberOr(r, 8, ci.map(Interval::upper), styles.number(d), noLimits, styles.textRight);
    if (o.filter(Observation::hasValue).isPresent()) {
      boolean real = o.get().isReal();
      cells.text(r, 9, real ? "Real" : "Illustrative", real ? styles.text : styles.warning);
    } else {
      cells.text(r, 9, none, styles.text);
    }
  }

  /**
   * Why a figure has no limits, as the header's note on confidence intervals says: none apply to a
   * count; otherwise the source publishes none.
   */
  static String noLimits(IndicatorView v) {
    return v.indicator().valueType() == ValueType.COUNT
        ? Shorthand.NOT_APPLICABLE.symbol
        : Shorthand.NOT_AVAILABLE.symbol;
  }
}
