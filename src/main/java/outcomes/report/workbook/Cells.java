package outcomes.report.workbook;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import outcomes.model.Interval;
import outcomes.model.Observation;

/**
 * Writing cells. Text is always set as a string value, so text from data ("=HYPERLINK(…)") stays
 * text and is never a formula; a missing number is never 0: a table cell without a number holds
 * shorthand that says why ({@link Shorthand}).
 */
final class Cells {
  private final Sheet sheet;
  private final int[] widths = new int[64];
  private final int[] fixed = new int[64];
  private final Map<CellStyle, Boolean> wraps = new IdentityHashMap<>();
  private Row last;
  private int lastRow = -1;

  Cells(Sheet sheet) {
    this.sheet = sheet;
  }

  /**
   * Row r, made if it is not there yet. A table writes a row's cells one after another, so the row
   * written last is kept at hand rather than looked up for each cell: every row of a sheet is made
   * here, and the streaming sheet only ever writes out rows older than the newest.
   */
  Row row(int r) {
    if (r != lastRow) {
      Row row = sheet.getRow(r);
      last = row == null ? sheet.createRow(r) : row;
      lastRow = r;
    }
    return last;
  }

  void text(int r, int c, String value, CellStyle style) {
    Cell cell = row(r).createCell(c);
    cell.setCellValue(fitted(value));
    cell.setCellStyle(style);
    fit(c, value == null ? 0 : value.length());
    if (c < fixed.length && fixed[c] > 0 && style != null && wraps(style)) {
      tallEnough(r, lines(value, fixed[c]));
    }
  }

  /** Whether a style wraps its text, asked of POI once a style (it looks in the style's XML). */
  private boolean wraps(CellStyle style) {
    return wraps.computeIfAbsent(style, CellStyle::getWrapText);
  }

  /**
   * Gives column c a width of its own, in characters: text wrapped in it makes its row as tall as
   * its lines, counted here, since a row's height is written with the row and neither Excel nor
   * LibreOffice is sure to fit it on opening.
   */
  void width(int c, int chars) {
    fixed[c] = chars;
  }

  /** Makes row r tall enough for that many lines of 11-point text. */
  void tallEnough(int r, int lines) {
    if (lines > 1) {
      Row row = row(r);
      float points = LINE_POINTS * lines;
      if (row.getHeightInPoints() < points) {
        row.setHeightInPoints(points);
      }
    }
  }

  private static final float LINE_POINTS = 15f;

  /**
   * The lines a text takes wrapped at a width, by words. A column's width counts digits of the
   * default font; prose in Arial runs about a tenth narrower, so a line holds a tenth more
   * characters than the width, less one for the cell's margin; a row is never too short.
   */
  static int lines(String text, int width) {
    if (text == null || text.isEmpty()) {
      return 1;
    }
    int room = Math.max(1, (width - 1) * 11 / 10);
    int lines = 1;
    int used = 0;
    // the words between single spaces, trailing spaces left out, as text.split(" ") gives them,
    // counted where they lie: a table of figures wraps tens of thousands of cells
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    for (int start = 0; start < end; ) {
      int space = text.indexOf(' ', start);
      int stop = space < 0 || space > end ? end : space;
      int w = stop - start;
      if (used > 0 && used + 1 + w > room) {
        lines++;
        used = 0;
      }
      used += (used > 0 ? 1 : 0) + w;
      while (used > room) {
        lines++;
        used -= room;
      }
      start = stop + 1;
    }
    return lines;
  }

  /**
   * Text that runs on to the right over empty cells (a sheet's title and the lines under it), so it
   * does not widen its column.
   */
  void overflowing(int r, int c, String value, CellStyle style) {
    Cell cell = row(r).createCell(c);
    cell.setCellValue(fitted(value));
    cell.setCellStyle(style);
  }

  /**
   * Text that is a link: to a place in the workbook ("'Trends'!A12"), a web page or an email
   * address. The text says where it goes, so the link is never "click here".
   */
  void link(int r, int c, String value, String address, HyperlinkType type, CellStyle style) {
    text(r, c, value, style);
    linkOnly(r, c, address, type);
  }

  /** Makes the cell at r, c a link (its text already written). */
  void linkOnly(int r, int c, String address, HyperlinkType type) {
    Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(type);
    link.setAddress(address);
    row(r).getCell(c).setHyperlink(link);
  }

  /** The address of a cell for a link within the workbook: 'Sheet name'!A12. */
  static String place(String sheetName, int r, int c) {
    return "'"
        + sheetName.replace("'", "''")
        + "'!"
        + new org.apache.poi.ss.util.CellReference(r, c).formatAsString();
  }

  /** Excel's limit on the text of one cell; POI refuses longer text. */
  static final int MAX_TEXT = 32_767;

  static final String CUT = "… (cut to Excel's limit of 32,767 characters)";

  /** Text as a cell can hold it: a cell of data longer than Excel allows is cut, and says so. */
  static String fitted(String value) {
    if (value == null) {
      return "";
    }
    return value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT - CUT.length()) + CUT;
  }

  void number(int r, int c, double value, CellStyle style) {
    Cell cell = row(r).createCell(c);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    fit(c, 8);
  }

  /** A number, or where there is none the text that says why (shorthand and its note). */
  void numberOr(
      int r,
      int c,
      Optional<Double> value,
      CellStyle style,
      String otherwise,
      CellStyle textStyle) {
    if (value.isPresent()) {
      number(r, c, value.get(), style);
    } else {
      text(r, c, otherwise, textStyle);
    }
  }

  void number(int r, int c, Optional<Double> value, CellStyle style) {
    if (value.isPresent()) {
      number(r, c, value.get(), style);
    } else {
      row(r).createCell(c).setCellStyle(style);
    }
  }

  static Optional<Double> value(Optional<Observation> o) {
    return o.filter(Observation::hasValue).map(x -> x.value().getAsDouble());
  }

  static Optional<Double> lower(Optional<Observation> o) {
    return o.flatMap(Observation::ci95).map(Interval::lower);
  }

  static Optional<Double> upper(Optional<Observation> o) {
    return o.flatMap(Observation::ci95).map(Interval::upper);
  }

  /** Remembers the widest text per column, for widths without asking the machine's fonts. */
  private void fit(int c, int chars) {
    if (c < widths.length) {
      widths[c] = Math.max(widths[c], Math.min(chars, 60));
    }
  }

  /** Sets each column to its own width, or to its widest text within bounds. */
  void applyWidths(int minChars) {
    for (int c = 0; c < widths.length; c++) {
      if (fixed[c] > 0) {
        sheet.setColumnWidth(c, 256 * fixed[c]);
      } else if (widths[c] > 0) {
        sheet.setColumnWidth(c, 256 * (Math.max(widths[c], minChars) + 2));
      }
    }
  }
}
