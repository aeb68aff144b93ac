package outcomes.report.workbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * A worksheet laid out as the Analysis Function's standard asks: its title in A1, a few lines
 * saying what it holds below that, all in column A, then (on a sheet of data) one table from column
 * A, marked up as an Excel table with one header row, with no blank row or column inside it and
 * nothing to its right. Rows stream out as they are written; the table is declared on the sheet's
 * part once its last row is known.
 */
final class TableSheet {
  /**
   * A cell every sheet leaves empty: titles and the lines under them are in column A only, and a
   * table starts below them. A chart points at it where a figure is missing (see NativeCharts).
   */
  static final org.apache.poi.ss.util.CellAddress EMPTY =
      new org.apache.poi.ss.util.CellAddress(0, 1);

  final String name;
  final Sheet sheet;
  final XSSFSheet drawings;
  final Cells cells;
  private final Styles styles;
  private int next;
  private int headerRow = -1;
  private List<String> header = List.of();

  TableSheet(SXSSFWorkbook wb, Styles styles, String name) {
    this.name = name;
    this.styles = styles;
    this.sheet = wb.getSheet(name);
    // rows stream to disk; tables and charts live on the sheet's own part, which stays in memory
    this.drawings = wb.getXSSFWorkbook().getSheet(name);
    this.cells = new Cells(sheet);
  }

  /** The sheet's title, in A1. */
  TableSheet title(String text) {
    cells.overflowing(next++, 0, text, styles.title);
    return this;
  }

  /** A line of text in column A, under the title or the previous line. */
  TableSheet line(String text) {
    return line(text, styles.note);
  }

  /** A line in a style of its own; wrapped text wraps within column A's width. */
  TableSheet line(String text, CellStyle style) {
    if (style.getWrapText()) {
      cells.text(next++, 0, text, style);
    } else {
      cells.overflowing(next++, 0, text, style);
    }
    return this;
  }

  /** Widths of their own for the first columns, in characters (0 leaves a column to its text). */
  TableSheet widths(int... chars) {
    for (int c = 0; c < chars.length; c++) {
      if (chars[c] > 0) {
        cells.width(c, chars[c]);
      }
    }
    return this;
  }

  /** A line that is a link: to a web page, an email address or a place in the workbook. */
  TableSheet link(String text, String address, org.apache.poi.common.usermodel.HyperlinkType type) {
    cells.overflowing(next, 0, text, styles.link);
    cells.linkOnly(next++, 0, address, type);
    return this;
  }

  /** The next free row, for what the caller writes itself (the rows of a table, a chart). */
  int row() {
    return next;
  }

  /** Moves on past rows the caller has written. */
  void skipTo(int row) {
    next = Math.max(next, row);
  }

  /**
   * The table's header row, at the next row; returns the first data row. Excel asks that a table's
   * column names differ (ignoring case), hold no line break and run to at most 255 characters:
   * names from the catalogue (an area's) are made so, a repeat numbered.
   */
  int header(List<String> names) {
    Set<String> seen = new HashSet<>();
    List<String> fixed = new ArrayList<>();
    for (String n : names) {
      String base = n.replaceAll("\\s+", " ").strip();
      base = base.isEmpty() ? "Column" : base.length() > 250 ? base.substring(0, 250) : base;
      String name = base;
      for (int k = 2; !seen.add(name.toLowerCase(Locale.ROOT)); k++) {
        name = base + " " + k;
      }
      fixed.add(name);
    }
    headerRow = next;
    header = fixed;
    for (int c = 0; c < fixed.size(); c++) {
      cells.text(headerRow, c, fixed.get(c), styles.header);
    }
    next = headerRow + 1;
    return next;
  }

  /**
   * Declares the rows from the header to {@code lastRow} an Excel table named {@code tableName},
   * with its own filter buttons. A table with no data rows gets one row of shorthand, since a table
   * needs a row and the standard asks for no blank cell.
   */
  XSSFTable table(String tableName, int lastRow) {
    if (headerRow < 0) {
      throw new IllegalStateException("a table needs its header first");
    }
    if (lastRow <= headerRow) {
      lastRow = headerRow + 1;
      for (int c = 0; c < header.size(); c++) {
        cells.text(lastRow, c, Shorthand.NOT_APPLICABLE.symbol, styles.text);
      }
    }
    next = Math.max(next, lastRow + 1);
    AreaReference area =
        new AreaReference(
            new CellReference(headerRow, 0),
            new CellReference(lastRow, header.size() - 1),
            SpreadsheetVersion.EXCEL2007);
    XSSFTable table = drawings.createTable(area);
    table.setName(tableName);
    table.setDisplayName(tableName);
    CTTable ct = table.getCTTable();
    // the streamed rows are not on the sheet's part, so POI cannot read the names from them
    for (int c = 0; c < header.size(); c++) {
      CTTableColumn column = ct.getTableColumns().getTableColumnArray(c);
      column.setName(header.get(c));
    }
    if (!ct.isSetAutoFilter()) {
      ct.addNewAutoFilter();
    }
    ct.getAutoFilter().setRef(area.formatAsString());
    CTTableStyleInfo style =
        ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
    // the cells carry their own styles; the table adds no banding, which reads as meaning
    style.setName("TableStyleLight1");
    style.setShowRowStripes(false);
    style.setShowColumnStripes(false);
    style.setShowFirstColumn(false);
    style.setShowLastColumn(false);
    return table;
  }

  /** Column widths from the widest text, a frozen header, and A4 landscape printing. */
  void finish(int minChars, boolean freezeHeader) {
    cells.applyWidths(minChars);
    if (freezeHeader && headerRow >= 0) {
      sheet.createFreezePane(0, headerRow + 1);
    }
    PrintSetup.landscape(sheet, headerRow);
  }

  int headerRow() {
    return headerRow;
  }
}
