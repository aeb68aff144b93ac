package outcomes.xlsx;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The text of a number cell as a data file would write it, from the value the workbook saved: the
 * number in full rather than rounded to its display format (0.2024781346202153, not 0.20), a
 * percentage as the percentage shown (0.442 formatted 0.0% is "44.2%"), a date as an ISO date. No
 * formula is ever evaluated: this only sees the cached value.
 */
final class CellText extends DataFormatter {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  CellText() {
    super(java.util.Locale.ROOT);
  }

  @Override
  public String formatRawCellContents(
      double value, int formatIndex, String formatString, boolean use1904Windowing) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
      LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing, true);
      return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
          ? t.format(DATE)
          : t.format(DATE_TIME);
    }
    BigDecimal exact = BigDecimal.valueOf(value);
    if (isPercent(formatString)) {
      return plain(exact.movePointRight(2)) + "%";
    }
    return plain(exact);
  }

  static String plain(BigDecimal x) {
    BigDecimal s = x.stripTrailingZeros();
    return s.signum() == 0 ? "0" : s.toPlainString();
  }

  /**
   * A percent sign in the format outside quoted text and escapes multiplies the shown value by 100.
   */
  static boolean isPercent(String format) {
    if (format == null) {
      return false;
    }
    boolean quoted = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++; // the next character is literal or padding
      } else if (c == '%' && !quoted) {
        return true;
      }
    }
    return false;
  }
}
