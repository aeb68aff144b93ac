package outcomes.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one way a figure is rounded and written, in every output (workbook, charts, paper, the text,
 * CSV and JSON of the commands): to the decimals the indicator is published to, halves away from
 * zero as Fingertips rounds, UK style (1,698 and 84.1, never 84,1).
 *
 * <p>A figure is first taken to ten decimal places, far beyond any published precision: a gap
 * computed in binary (80.3 − 80.15 = 0.149999999999991) is then the 0.15 its published figures
 * make, and rounds to 0.2 everywhere, never 0.1 in one output and 0.2 in another.
 */
public final class Rounding {
  /** Places a figure is cleaned to before it is rounded: binary noise ends well before them. */
  static final int CLEAN_PLACES = 10;

  private Rounding() {}

  /** The figure at ten decimal places: what a computed figure "is" before it is rounded. */
  public static double clean(double x) {
    return cleaned(x).doubleValue();
  }

  private static BigDecimal cleaned(double x) {
    return BigDecimal.valueOf(x).setScale(CLEAN_PLACES, RoundingMode.HALF_EVEN);
  }

  /** The figure rounded to {@code decimals} places, halves away from zero. */
  public static double rounded(double x, int decimals) {
    return cleaned(x).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }

  /** The figure as written: "1,698", "84.1", "-0.3"; never "-0.0". */
  public static String text(double x, int decimals) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    f.setRoundingMode(RoundingMode.HALF_UP);
    String s = f.format(cleaned(x));
    return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
  }

  /**
   * Whether two publications of one figure agree to the decimals the less precise of them gives: a
   * bundled 79.1 and a fetched 79.1234 agree; 79.1 and 79.3 do not. A revision is a change beyond
   * rounding, never a change of precision.
   */
  public static boolean agreeToPublishedDecimals(double a, double b) {
    int places = Math.min(publishedDecimals(a), publishedDecimals(b));
    return rounded(a, places) == rounded(b, places);
  }

  /** The decimals a figure was written with: 79.10 was read as 79.1, so 1. */
  private static int publishedDecimals(double x) {
    return Math.max(0, Math.min(CLEAN_PLACES, cleaned(x).stripTrailingZeros().scale()));
  }
}
