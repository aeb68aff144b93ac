package outcomes.report.chart;

import outcomes.model.Rounding;

/** Values as a UK reader writes them, to the indicator's decimals: 1,698 and 84.1, never 84,1. */
final class ValueFormat {
  private ValueFormat() {}

  static String format(double value, int decimals) {
    return Rounding.text(value, decimals);
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
