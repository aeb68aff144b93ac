package outcomes.report.workbook;

import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import outcomes.model.Interval;
import outcomes.model.Observation;

/**
 * Writing cells. Text is always set as a string value, so text from data ("=HYPERLINK(…)")
 * stays text and is never a formula; a missing number stays an empty cell, never 0.
 */
final class Cells {
  private final Sheet sheet;
  private final int[] widths = new int[64];

  Cells(Sheet sheet) {
    this.sheet = sheet;
  }

  Row row(int r) {
    Row row = sheet.getRow(r);
    return row == null ? sheet.createRow(r) : row;
  }

  void text(int r, int c, String value, CellStyle style) {
    Cell cell = row(r).createCell(c);
    cell.setCellValue(fitted(value));
    cell.setCellStyle(style);
    fit(c, value == null ? 0 : value.length());
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

  /** Sets each column to its widest text, within bounds, leaving wrapped columns as given. */
  void applyWidths(int minChars) {
    for (int c = 0; c < widths.length; c++) {
      if (widths[c] > 0) {
        sheet.setColumnWidth(c, 256 * (Math.max(widths[c], minChars) + 2));
      }
    }
  }
}
