package outcomes.report.workbook;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import outcomes.model.Observation;
import outcomes.model.ValueType;
import outcomes.report.AreaFigure;
import outcomes.report.Figures;
import outcomes.report.FrameworkView;
import outcomes.report.IndicatorView;
import outcomes.report.WardTable;
import outcomes.stats.Gap;

/**
 * The framework at a glance: one row per indicator (and sex), by outcome and ambition, with the
 * latest figures for the boroughs, their comparison with England and recent trend, the areas they
 * are compared with, and the widest ward gap. Every cell says something: a figure, its words, or
 * shorthand with the note that says why there is none.
 */
final class FrameworkSheet {
  static final String NAME = "Framework";
  static final String TABLE = "framework_table";
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private final TableSheet sheet;
  private final Styles styles;
  private final Notes notes;

  FrameworkSheet(TableSheet sheet, Styles styles, Notes notes) {
    this.sheet = sheet;
    this.styles = styles;
    this.notes = notes;
  }

  static String description() {
    return "The framework at a glance: each indicator's latest figures for the boroughs, compared with"
        + " England, with their recent trend, London and England, the widest ward gap and freshness";
  }

  /**
   * @param trends each view's block of rows in the Trends table, in the views' order, for the link
   *     from its row
   */
  void write(FrameworkView view, List<TrendsSheet.Block> trends) {
    sheet.title("Outcomes framework at a glance: " + view.framework().title());
    sheet.line(
        "This worksheet contains one table: the latest figure of each indicator (and sex) for"
            + " each borough, by outcome and ambition.");
    sheet.line(
        "Data to "
            + view.dataDate().format(DAY)
            + "; freshness as of "
            + view.asOf().format(DAY)
            + ". Cells without a figure hold [x] (not available) or [z] (not applicable) and a note:"
            + " see the Notes worksheet.");
    if (view.illustrative()) {
      sheet.line(
          "Illustrative data: rows marked Illustrative in the Data column include synthetic"
              + " figures, not published ones "
              + notes.ref(Note.ILLUSTRATIVE)
              + ".",
          styles.warning);
    }
    sheet.line(
        "Source: each row's Source column; its note gives the licence and the indicator's"
            + " definition.");
    List<String> header = header(view);
    widths(view, header.size());
    int r = sheet.header(header);
    for (int i = 0; i < view.indicators().size(); i++) {
      row(r++, view, view.indicators().get(i), trends.get(i));
    }
    sheet.table(TABLE, r - 1);
    sheet.finish(10, true);
  }

  /** Widths for the columns of sentences, which wrap: the rest fit their text. */
  private void widths(FrameworkView view, int columns) {
    Cells cells = sheet.cells;
    int[] first = {28, 30, 34, 11, 10};
    for (int c = 0; c < first.length; c++) {
      cells.width(c, first[c]);
    }
    int focus = view.indicators().isEmpty() ? 0 : view.indicators().get(0).focus().size();
    int[] perArea = {13, 14, 15, 26};
    for (int f = 0; f < focus; f++) {
      for (int k = 0; k < perArea.length; k++) {
        cells.width(first.length + 4 * f + k, perArea[k]);
      }
    }
    for (int c = first.length + 4 * focus; c < columns - 6; c++) {
      cells.width(c, 12);
    }
    int[] last = {40, 16, 34, 26, 10, 20};
    for (int k = 0; k < last.length; k++) {
      cells.width(columns - last.length + k, last[k]);
    }
  }

  private List<String> header(FrameworkView view) {
    List<String> h =
        new ArrayList<>(
            List.of(
                "Outcome", "Ambition", "Indicator", "Period", "Unit " + notes.ref(Note.DECIMALS)));
    IndicatorView first = view.indicators().isEmpty() ? null : view.indicators().get(0);
    if (first != null) {
      for (AreaFigure f : first.focus()) {
        String name = f.area().name();
        h.add(name);
        h.add(name + " 95% CI " + notes.ref(Note.CONFIDENCE_INTERVALS));
        h.add(name + " compared with England " + notes.ref(Note.COMPARED_WITH_ENGLAND));
        h.add(name + " recent trend " + notes.ref(Note.RECENT_TREND));
      }
      for (AreaFigure b : first.benchmarks()) {
        h.add(b.area().name());
      }
    }
    h.addAll(
        List.of(
            "Widest ward gap " + notes.ref(Note.WIDEST_WARD_GAP),
            "Data " + notes.ref(Note.ILLUSTRATIVE),
            "Source",
            "Freshness " + notes.ref(Note.FRESHNESS),
            "Notes",
            "Trend rows"));
    return h;
  }

  private void row(int r, FrameworkView view, IndicatorView v, TrendsSheet.Block trend) {
    Cells cells = sheet.cells;
    int d = v.indicator().unit().decimals();
    int c = 0;
    cells.text(
        r,
        c++,
        v.indicator().outcome()
            + ". "
            + view.framework().outcomes().getOrDefault(v.indicator().outcome(), ""),
        styles.wrapped);
    cells.text(
        r,
        c++,
        v.indicator().ambition()
            + ". "
            + view.framework().ambitions().getOrDefault(v.indicator().ambition(), ""),
        styles.wrapped);
    cells.text(r, c++, v.label(), styles.wrapped);
    cells.text(
        r,
        c++,
        v.latest()
            .map(p -> p.label())
            .orElse(Shorthand.NOT_AVAILABLE.with(notes.ref(Note.NO_FIGURE_FOR_AREA))),
        styles.text);
    cells.text(r, c++, v.indicator().unit().label(), styles.wrapped);
    for (AreaFigure f : v.focus()) {
      String none = noFigure(v, f);
      cells.numberOr(r, c++, Cells.value(f.figure()), styles.number(d), none, styles.textRight);
      cells.text(r, c++, interval(v, f.figure(), d, none), styles.textRight);
      cells.text(r, c, f.comparison().label(), styles.comparison(f.comparison()));
      c++;
      cells.text(r, c++, f.trend().isEmpty() ? none : f.trend(), styles.wrapped);
    }
    for (AreaFigure b : v.benchmarks()) {
      cells.numberOr(
          r, c++, Cells.value(b.figure()), styles.number(d), noFigure(v, b), styles.textRight);
    }
    cells.text(r, c++, widestGap(v, d).orElse(Shorthand.NOT_AVAILABLE.symbol), styles.wrapped);
    String origin = origin(v);
    cells.text(r, c++, origin, origin.equals("Real") ? styles.text : styles.warningWrapped);
    cells.text(r, c++, v.indicator().source().name(), styles.wrapped);
    cells.text(r, c++, v.freshness(), styles.wrapped);
    cells.text(r, c++, notes.ref(v.indicator()), styles.text);
    if (trend.rows() == 0) {
      cells.text(
          r, c, Shorthand.NOT_AVAILABLE.with(notes.ref(Note.NO_FIGURE_FOR_AREA)), styles.text);
    } else {
      cells.link(
          r,
          c,
          "Trends rows " + (trend.firstRow() + 1) + " to " + (trend.lastRow() + 1),
          Cells.place(TrendsSheet.NAME, trend.firstRow(), 0),
          HyperlinkType.DOCUMENT,
          styles.link);
    }
  }

  /**
   * Why an area has no figure in the row: none in any period of the indicator's data (the source
   * does not publish one for it, or the file read leaves it out), or none for this period.
   */
  private String noFigure(IndicatorView v, AreaFigure a) {
    if (a.figure().isPresent()) {
      // the source published the row without a value: its marker says why
      return Shorthand.forMissingValue(a.figure().get().valueNote())
          .with(notes.ref(Note.VALUE_NOT_PUBLISHED));
    }
    boolean any =
        v.series().stream().anyMatch(o -> o.hasValue() && o.area().code().equals(a.area().code()));
    return Shorthand.NOT_AVAILABLE.with(
        notes.ref(any ? Note.NO_FIGURE_FOR_PERIOD : Note.NO_FIGURE_FOR_AREA));
  }

  /** "54.1 to 66.8"; [z] for a count; [x] where the source publishes no limits. */
  private static String interval(IndicatorView v, Optional<Observation> o, int d, String noFigure) {
    if (o.filter(Observation::hasValue).isEmpty()) {
      return noFigure;
    }
    return o.flatMap(Observation::ci95)
        .map(ci -> Figures.range(ci, d))
        .orElse(
            v.indicator().valueType() == ValueType.COUNT
                ? Shorthand.NOT_APPLICABLE.symbol
                : Shorthand.NOT_AVAILABLE.symbol);
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
  static Optional<String> widestGap(IndicatorView v, int d) {
    Optional<WardTable> t = v.widestWardGap();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Observation best = t.get().spread().best().orElseThrow();
    Observation worst = t.get().spread().worst().orElseThrow();
    Gap g = t.get().spread().widest().orElseThrow();
    return Optional.of(
        worst.area().name()
            + " "
            + Figures.number(worst.value().getAsDouble(), d)
            + " to "
            + best.area().name()
            + " "
            + Figures.number(best.value().getAsDouble(), d)
            + " ("
            + Figures.number(g.magnitude(), d)
            + "; wards of "
            + t.get().parent().name()
            + ", "
            + t.get().period().label()
            + (t.get().illustrative() ? "; illustrative" : "")
            + ")");
  }
}
