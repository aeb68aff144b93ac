package outcomes.report.workbook;

import java.util.List;
import java.util.Optional;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.report.Figures;
import outcomes.report.ProgressText;
import outcomes.report.ProgressView;
import outcomes.stats.Change;
import outcomes.stats.Progress;

/**
 * Progress since the strategy's baseline, as `outcomes progress` measures it: one row per
 * indicator, sex and borough, with the baseline and most recent figures, the change between them
 * with its interval, its verdict and the reason, and the goal where one is set. The figures are
 * numbers, so an analyst can sort and chart them; the words are the paper's.
 */
final class ProgressSheet {
  static final String NAME = "Progress";
  static final String TABLE = "progress_table";

  private final TableSheet sheet;
  private final Styles styles;
  private final Notes notes;

  ProgressSheet(TableSheet sheet, Styles styles, Notes notes) {
    this.sheet = sheet;
    this.styles = styles;
    this.notes = notes;
  }

  static String description() {
    return "Progress since the baseline: each indicator's change in each borough, with its 95%"
        + " confidence interval and verdict, and the goal where one is set";
  }

  void write(ProgressView view) {
    sheet
        .widths(40, 8, 20, 12, 16, 10, 10, 10, 22, 10, 10, 10, 10, 10, 10, 22, 48, 40, 12, 34)
        .title(ProgressText.heading(view) + ": each indicator's change since the baseline");
    sheet.line(
        "This worksheet contains one table: one row per indicator (and sex) and borough. "
            + notes.ref(Note.PROGRESS));
    sheet.line(
        "The most recent period is the most recent in the data: where an indicator is stale, its"
            + " Freshness column says so and newer figures are probably published. Cells without a"
            + " figure hold [x] (not available): see the Notes worksheet.");
    sheet.line("Source: each indicator's, as the Framework table and the notes give it.");
    String ci = notes.ref(Note.CONFIDENCE_INTERVALS);
    int r =
        sheet.header(
            List.of(
                "Indicator",
                "Sex",
                "Area",
                "Unit " + notes.ref(Note.DECIMALS),
                "Baseline period",
                "Baseline value",
                "Baseline lower 95% CI " + ci,
                "Baseline upper 95% CI " + ci,
                "Most recent period",
                "Most recent value",
                "Most recent lower 95% CI " + ci,
                "Most recent upper 95% CI " + ci,
                "Change " + notes.ref(Note.PROGRESS),
                "Change lower 95% CI",
                "Change upper 95% CI",
                "Verdict",
                "Reason",
                "Goal",
                "Data " + notes.ref(Note.ILLUSTRATIVE),
                "Freshness " + notes.ref(Note.FRESHNESS)));
    for (ProgressView.Item item : view.items()) {
      row(r++, item);
    }
    sheet.table(TABLE, r - 1);
    sheet.finish(8, true);
  }

  private void row(int r, ProgressView.Item item) {
    Cells cells = sheet.cells;
    Progress p = item.progress();
    int d = p.indicator().unit().decimals();
    String none = Shorthand.NOT_AVAILABLE.with(notes.ref(Note.PROGRESS));
    int c = 0;
    cells.text(r, c++, p.indicator().title(), styles.wrapped);
    cells.text(r, c++, p.sex().label(), styles.text);
    cells.text(r, c++, p.area().name(), styles.wrapped);
    cells.text(r, c++, p.indicator().unit().label(), styles.wrapped);
    cells.text(
        r,
        c++,
        p.baseline().period().map(t -> t.label()).orElse(none),
        p.baseline().period().isPresent() ? styles.text : styles.textRight);
    c = figure(r, c, p.baselineFigure(), d, none);
    cells.text(
        r,
        c++,
        p.latest().map(o -> o.period().label()).orElse(none),
        p.latest().isPresent() ? styles.text : styles.textRight);
    c = figure(r, c, p.latest(), d, none);
    Change change = p.change();
    cells.numberOr(
        r,
        c++,
        change.difference().isPresent()
            ? Optional.of(change.difference().getAsDouble())
            : Optional.empty(),
        styles.number(d),
        none,
        styles.textRight);
    Optional<Interval> changeCi = change.ci95();
    cells.numberOr(r, c++, changeCi.map(Interval::lower), styles.number(d), none, styles.textRight);
    cells.numberOr(r, c++, changeCi.map(Interval::upper), styles.number(d), none, styles.textRight);
    cells.text(r, c++, Figures.capitalised(change.verdict().label()), styles.wrapped);
    cells.text(r, c++, change.reason(), styles.wrapped);
    cells.text(
        r,
        c++,
        p.goal().map(g -> g.status().label() + ": " + g.words()).orElse("No goal set"),
        styles.wrapped);
    cells.text(r, c++, p.real() ? "Real" : "Illustrative", p.real() ? styles.text : styles.warning);
    cells.text(r, c, item.freshness(), item.stale() ? styles.warningWrapped : styles.wrapped);
  }

  /**
   * A figure's value and 95% limits in three numeric cells; [x] where there are none, with the note
   * on progress for a missing figure and the note on intervals for missing limits.
   */
  private int figure(int r, int c, Optional<Observation> o, int d, String none) {
    Cells cells = sheet.cells;
    Optional<Observation> valued = o.filter(Observation::hasValue);
    String noLimits =
        valued.isEmpty()
            ? none
            : Shorthand.NOT_AVAILABLE.with(notes.ref(Note.CONFIDENCE_INTERVALS));
    cells.numberOr(r, c++, Cells.value(valued), styles.number(d), none, styles.textRight);
    cells.numberOr(r, c++, Cells.lower(valued), styles.number(d), noLimits, styles.textRight);
    cells.numberOr(r, c++, Cells.upper(valued), styles.number(d), noLimits, styles.textRight);
    return c;
  }
}
