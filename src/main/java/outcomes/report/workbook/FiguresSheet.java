package outcomes.report.workbook;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.report.IndicatorView;

/**
 * Every figure read, of every indicator, as one tidy table with the file and line it came from: the
 * table an analyst filters, and the one that answers "where does this number come from?". Each
 * figure appears once: an indicator with a view per sex has each sex's figures in its view.
 */
final class FiguresSheet {
  static final String NAME = "Figures";
  static final String TABLE = "figures_table";

  private final TableSheet sheet;
  private final Styles styles;
  private final Notes notes;

  FiguresSheet(TableSheet sheet, Styles styles, Notes notes) {
    this.sheet = sheet;
    this.styles = styles;
    this.notes = notes;
  }

  static String description() {
    return "Every figure read, of every indicator, area, sex, age, category and period, with its limits,"
        + " count, the source's note and the file and line it came from";
  }

  /** Writes the table; returns the first row of each view's figures, in the order given. */
  int[] write(List<IndicatorView> views) {
    sheet
        .widths(28, 52, 11, 30, 34, 11, 8, 9, 30, 30, 11, 10, 11, 11, 11, 11, 11, 12, 30, 13, 48, 8)
        .title("Figures: every figure read, with the file and line it came from");
    sheet.line(
        "This worksheet contains one table: one row per figure of every indicator, as the"
            + " source publishes it, for every area the files hold (not only the boroughs).");
    sheet.line(
        "Cells without a figure hold [x] (not available), [z] (not applicable), [c] (suppressed)"
            + " or [u] (low reliability): the note in the column's header says why.");
    sheet.line(
        "Source: the file named in each row, under the data folder; data/real/SOURCES.md gives"
            + " each file's origin and licence.");
    String given = notes.ref(Note.NOT_GIVEN);
    String ci = notes.ref(Note.CONFIDENCE_INTERVALS);
    int r =
        sheet.header(
            List.of(
                "Indicator ID",
                "Indicator",
                "Area code",
                "Area " + given,
                "Area type " + given,
                "Parent code " + given,
                "Sex",
                "Age",
                "Category type " + notes.ref(Note.NOT_SPLIT),
                "Category " + notes.ref(Note.NOT_SPLIT),
                "Period",
                "Value " + notes.ref(Note.VALUE_NOT_PUBLISHED),
                "Lower 95% CI " + ci,
                "Upper 95% CI " + ci,
                "Lower 99.8% CI " + ci,
                "Upper 99.8% CI " + ci,
                "Count " + given,
                "Denominator " + given,
                "Value note " + notes.ref(Note.NO_VALUE_NOTE),
                "Data " + notes.ref(Note.ILLUSTRATIVE),
                "File",
                "Line"));
    int[] firstRows = new int[views.size()];
    for (int i = 0; i < views.size(); i++) {
      IndicatorView v = views.get(i);
      firstRows[i] = r;
      String limits = TrendsSheet.noLimits(v);
      for (Observation o : v.series()) {
        row(r++, v, o, limits);
      }
    }
    sheet.table(TABLE, r - 1);
    sheet.finish(8, true);
    return firstRows;
  }

  private void row(int r, IndicatorView v, Observation o, String noLimits) {
    Cells cells = sheet.cells;
    int d = v.indicator().unit().decimals();
    String x = Shorthand.NOT_AVAILABLE.symbol;
    String z = Shorthand.NOT_APPLICABLE.symbol;
    cells.text(r, 0, v.indicator().id(), styles.text);
    cells.text(r, 1, v.indicator().title(), styles.wrapped);
    cells.text(r, 2, or(o.area().code(), x), styles.text);
    cells.text(r, 3, or(o.area().name(), x), styles.wrapped);
    cells.text(r, 4, or(o.area().type(), x), styles.text);
    cells.text(r, 5, or(o.area().parentCode(), x), styles.text);
    cells.text(r, 6, o.sex().label(), styles.text);
    cells.text(r, 7, o.age().label(), styles.text);
    cells.text(r, 8, or(o.category().type(), z), styles.wrapped);
    cells.text(r, 9, or(o.category().name(), z), styles.wrapped);
    cells.text(r, 10, o.period().label(), styles.text);
    // without a value there are no limits either, for the reason the value's shorthand gives
    String missing = o.hasValue() ? noLimits : Shorthand.forMissingValue(o.valueNote()).symbol;
    cells.numberOr(r, 11, Cells.value(Optional.of(o)), styles.number(d), missing, styles.textRight);
    cells.numberOr(
        r, 12, o.ci95().map(Interval::lower), styles.number(d), missing, styles.textRight);
    cells.numberOr(
        r, 13, o.ci95().map(Interval::upper), styles.number(d), missing, styles.textRight);
    cells.numberOr(
        r, 14, o.ci998().map(Interval::lower), styles.number(d), missing, styles.textRight);
    cells.numberOr(
        r, 15, o.ci998().map(Interval::upper), styles.number(d), missing, styles.textRight);
    cells.numberOr(r, 16, opt(o.count()), styles.number(0), x, styles.textRight);
    cells.numberOr(r, 17, opt(o.denominator()), styles.number(0), x, styles.textRight);
    cells.text(r, 18, or(o.valueNote(), z), styles.wrapped);
    cells.text(
        r, 19, o.isReal() ? "Real" : "Illustrative", o.isReal() ? styles.text : styles.warning);
    cells.text(r, 20, o.provenance().file(), styles.wrapped);
    cells.number(r, 21, o.provenance().line(), styles.number(0));
  }

  private static String or(String text, String otherwise) {
    return text == null || text.isBlank() ? otherwise : text;
  }

  private static Optional<Double> opt(OptionalDouble d) {
    return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
  }
}
