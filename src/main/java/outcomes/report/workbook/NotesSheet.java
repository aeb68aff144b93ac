package outcomes.report.workbook;

import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;

/**
 * The notes the tables refer to ("[note 1]"), in one table, after the shorthand the tables use in a
 * cell without a figure. A note's number never changes with the data: see {@link Notes}.
 */
final class NotesSheet {
  static final String NAME = "Notes";
  static final String TABLE = "notes_table";

  private final TableSheet sheet;
  private final Styles styles;

  NotesSheet(TableSheet sheet, Styles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  static String description() {
    return "The notes the tables refer to as [note 1], [note 2] and so on, and the shorthand used in a"
        + " cell without a figure";
  }

  void write(Notes notes) {
    sheet.widths(12, 110, 44).title("Notes to the tables");
    sheet.line(
        "This worksheet contains one table: the notes the other tables refer to, as [note 1],"
            + " [note 2] and so on, in a column's heading or in a cell.");
    sheet.line(
        "Shorthand in a cell without a figure, as the Government Analysis Function's standard"
            + " writes it:");
    for (Shorthand s : Shorthand.values()) {
      sheet.line(s.symbol + " " + s.meaning);
    }
    sheet.line(
        "How figures are compared with England and with their borough, and how trends are"
            + " judged: "
            + notes.ref(Note.COMPARED_WITH_ENGLAND)
            + ", "
            + notes.ref(Note.WARDS)
            + " and "
            + notes.ref(Note.RECENT_TREND)
            + ". Each indicator's own note gives its definition, source,"
            + " licence and caveats.");
    int r = sheet.header(List.of("Note number", "Note text", "Link"));
    for (Notes.Entry e : notes.entries()) {
      sheet.cells.text(r, 0, e.number(), styles.text);
      sheet.cells.text(r, 1, e.text(), styles.wrapped);
      if (e.link().isEmpty()) {
        sheet.cells.text(r, 2, Shorthand.NOT_APPLICABLE.symbol, styles.text);
      } else {
        sheet.cells.link(r, 2, e.link(), e.link(), HyperlinkType.URL, styles.link);
      }
      r++;
    }
    sheet.table(TABLE, r - 1);
    sheet.finish(8, false);
  }
}
