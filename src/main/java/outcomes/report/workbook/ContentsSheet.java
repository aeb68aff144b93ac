package outcomes.report.workbook;

import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;

/** Every worksheet after the cover and this one, each with a line on what it holds and a link. */
final class ContentsSheet {
  static final String NAME = "Contents";
  static final String TABLE = "contents_table";

  /** A worksheet as the contents list it. */
  record Entry(String sheet, String description) {}

  private final TableSheet sheet;
  private final Styles styles;

  ContentsSheet(TableSheet sheet, Styles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  void write(List<Entry> entries) {
    sheet.widths(14, 100).title("Table of contents");
    sheet.line(
        "This worksheet contains one table: every worksheet after this one, with a link to it"
            + " and what it holds.");
    int r = sheet.header(List.of("Worksheet", "Description"));
    for (Entry e : entries) {
      sheet.cells.link(
          r, 0, e.sheet(), Cells.place(e.sheet(), 0, 0), HyperlinkType.DOCUMENT, styles.link);
      sheet.cells.text(r, 1, e.description(), styles.wrapped);
      r++;
    }
    sheet.table(TABLE, r - 1);
    sheet.finish(12, false);
  }
}
