package outcomes.report.chart;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;

/**
 * The span a value axis must show: every value and limit, with a margin, and about as many
 * gridlines as a reader can use. Not forced to include zero (life expectancy from 0 would flatten
 * every change), and never empty: one value, or values all equal, still get a range around them.
 */
final class ValueRange {
  private double lo = Double.POSITIVE_INFINITY;
  private double hi = Double.NEGATIVE_INFINITY;

  void include(double v) {
    if (Double.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }

  boolean isEmpty() {
    return lo > hi;
  }

  /**
   * Sets the axis to the range with {@code margin} of the span added each side, and a 1, 2 or 5
   * times a power of ten tick size giving about {@code intervals} gridlines.
   */
  void applyTo(NumberAxis axis, double margin, int intervals) {
    double low = 0;
    double high = 1;
    if (!isEmpty()) {
      low = lo;
      high = hi;
      if (high - low <= 0) {
        double half = Math.max(Math.abs(high) * 0.05, 0.5);
        low -= half;
        high += half;
      }
      double span = high - low;
      low -= span * margin;
      // a share or a rate cannot be negative: no axis below zero for one, and one that nearly
      // reaches zero starts there
      if (lo >= 0 && low < span * 0.15) {
        low = 0;
      }
      high += span * margin;
    }
    axis.setRange(low, high);
    double size = tickSize((high - low) / intervals);
    axis.setTickUnit(new NumberTickUnit(size, format(size)), false, true);
  }

  /** The 1, 2 or 5 times a power of ten nearest the rough size (on a log scale). */
  static double tickSize(double rough) {
    int exponent = (int) Math.floor(Math.log10(rough));
    double best = 1;
    int bestExponent = exponent;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int e = exponent; e <= exponent + 1; e++) {
      for (int step : new int[] {1, 2, 5}) {
        double size = BigDecimal.valueOf(step).scaleByPowerOfTen(e).doubleValue();
        double distance = Math.abs(Math.log(size / rough));
        if (distance < bestDistance) {
          bestDistance = distance;
          best = step;
          bestExponent = e;
        }
      }
    }
    return BigDecimal.valueOf(best).scaleByPowerOfTen(bestExponent).doubleValue();
  }

  private static DecimalFormat format(double size) {
    int decimals = Math.max(0, (int) -Math.floor(Math.log10(size) + 1e-9));
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    return f;
  }
}
