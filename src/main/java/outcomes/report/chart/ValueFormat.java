package outcomes.report.chart;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Values as a UK reader writes them, to the indicator's decimals: 1,698 and 84.1, never 84,1. */
final class ValueFormat {
  private ValueFormat() {}

  static String format(double value, int decimals) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    // half away from zero, as Fingertips rounds; the binary value is taken as written
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(new java.math.BigDecimal(Double.toString(value)));
  }

  /**
   * The unit as the label above an axis: a word is capitalised ("years" becomes "Years", "per
   * 100,000" "Per 100,000"); a symbol keeps its case, for its case is its meaning ("µg/m³" is not
   * "Μg/m³", megagrams; "mg/l", "%" stay as they are).
   */
  static String axisLabel(String unit) {
    int word = 0;
    while (word < unit.length() && unit.charAt(word) >= 'a' && unit.charAt(word) <= 'z') {
      word++;
    }
    boolean aWord = word >= 3 && (word == unit.length() || unit.charAt(word) == ' ');
    return aWord ? Character.toUpperCase(unit.charAt(0)) + unit.substring(1) : unit;
  }

  /** A value with its unit: "84.1 years", "21.5%", "1,698 per 100,000". */
  static String withUnit(double value, int decimals, String unit) {
    String v = format(value, decimals);
    if (unit.isEmpty()) {
      return v;
    }
    return unit.equals("%") ? v + "%" : v + " " + unit;
  }
}
