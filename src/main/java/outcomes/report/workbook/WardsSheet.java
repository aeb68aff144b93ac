package outcomes.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import outcomes.model.Comparison;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.report.IndicatorView;
import outcomes.report.WardTable;
import outcomes.stats.Judgement;

/**
 * Every borough's wards in one long table: one row per indicator (and sex), borough and ward in the
 * latest period with ward figures, ranked best first, each compared with its borough. Each
 * borough's wards form a block that a bar chart reads.
 */
final class WardsSheet {
  static final String NAME = "Wards";
  static final String TABLE = "wards_table";
  static final int WARD = 9;
  static final int VALUE = 10;

  /** One borough's wards for one indicator: its rows and each ward's comparison. */
  record Block(IndicatorView view, WardTable wards, int firstRow) {
    int lastRow() {
      return firstRow + wards.spread().ranked().size() - 1;
    }

    List<Comparison> comparisons() {
      return wards.spread().judgements().stream().map(Judgement::comparison).toList();
    }
  }

  private final TableSheet sheet;
  private final Styles styles;
  private final Notes notes;

  WardsSheet(TableSheet sheet, Styles styles, Notes notes) {
    this.sheet = sheet;
    this.styles = styles;
    this.notes = notes;
  }

  static String description() {
    return "Each borough's wards in the latest period with ward figures, ranked and compared with the"
        + " borough: one row per indicator, sex, borough and ward";
  }

  List<Block> write(List<IndicatorView> views) {
    sheet
        .widths(52, 9, 10, 11, 24, 10, 11, 6, 11, 28, 10, 12, 12, 16, 13)
        .title("Wards: each borough's wards ranked and compared with the borough");
    sheet.line(
        "This worksheet contains one table: one row per indicator (and sex), borough and ward,"
            + " in the latest period with ward figures. "
            + notes.ref(Note.WARDS));
    sheet.line(
        "The Ward charts worksheet draws each borough's rows. Cells without a figure hold [x]"
            + " (not available) or [z] (not applicable): see the Notes worksheet.");
    sheet.line("Source: each indicator's, as the Framework table and the notes give it.");
    int r =
        sheet.header(
            List.of(
                "Indicator",
                "Sex",
                "Unit " + notes.ref(Note.DECIMALS),
                "Borough code",
                "Borough",
                "Borough value",
                "Period",
                "Rank",
                "Ward code",
                "Ward",
                "Value",
                "Lower 95% CI " + notes.ref(Note.CONFIDENCE_INTERVALS),
                "Upper 95% CI " + notes.ref(Note.CONFIDENCE_INTERVALS),
                "Compared with borough " + notes.ref(Note.WARDS),
                "Data " + notes.ref(Note.ILLUSTRATIVE)));
    List<Block> blocks = new ArrayList<>();
    for (IndicatorView v : views) {
      for (WardTable t : v.wardTables()) {
        blocks.add(new Block(v, t, r));
        List<Observation> ranked = t.spread().ranked();
        for (int i = 0; i < ranked.size(); i++) {
          row(r++, v, t, i);
        }
      }
    }
    sheet.table(TABLE, r - 1);
    sheet.finish(8, true);
    return blocks;
  }

  private void row(int r, IndicatorView v, WardTable t, int i) {
    Cells cells = sheet.cells;
    int d = v.indicator().unit().decimals();
    Observation o = t.spread().ranked().get(i);
    Judgement j = t.spread().judgements().get(i);
    cells.text(r, 0, v.indicator().title(), styles.wrapped);
    cells.text(r, 1, v.sex().label(), styles.text);
    cells.text(r, 2, v.indicator().unit().label(), styles.text);
    cells.text(r, 3, t.parent().code(), styles.text);
    cells.text(r, 4, t.parent().name(), styles.text);
    cells.numberOr(
        r,
        5,
        Cells.value(t.parentFigure()),
        styles.number(d),
        Shorthand.NOT_AVAILABLE.with(notes.ref(Note.NO_FIGURE_FOR_PERIOD)),
        styles.textRight);
    cells.text(r, 6, t.period().label(), styles.text);
    cells.number(r, 7, i + 1, styles.number(0));
    cells.text(r, 8, o.area().code(), styles.text);
    cells.text(r, 9, o.area().name(), styles.text);
    cells.number(r, 10, o.value().getAsDouble(), styles.number(d));
    Optional<Interval> ci = o.ci95();
    cells.numberOr(
        r,
        11,
        ci.map(Interval::lower),
        styles.number(d),
        TrendsSheet.noLimits(v),
        styles.textRight);
    cells.numberOr(
        r,
        12,
        ci.map(Interval::upper),
        styles.number(d),
        TrendsSheet.noLimits(v),
        styles.textRight);
    cells.text(r, 13, j.label(), styles.comparison(j.comparison()));
    cells.text(
        r, 14, o.isReal() ? "Real" : "Illustrative", o.isReal() ? styles.text : styles.warning);
  }
}
