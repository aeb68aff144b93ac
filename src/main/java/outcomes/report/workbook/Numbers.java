package outcomes.report.workbook;

import java.util.Locale;

/** Numbers in text, as the report prints them: fixed decimals, no locale. */
final class Numbers {
  private Numbers() {}

  static String format(double x, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", x);
  }
}
