package outcomes.ingest;

import java.util.regex.Pattern;

/**
 * Reads numbers strictly: a plain decimal, optionally in exponent form. Java's own parser also
 * takes "NaN", "Infinity", "1.5d" and hex floats, none of which is a figure in a data file. Sources
 * read through a mapping may write "44.2%" and "6,903"; those are accepted there.
 */
public final class Numbers {
  private static final Pattern PLAIN =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?");
  private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  private Numbers() {}

  /** The number in a cell, or NaN when the cell is not a plain, finite number. */
  public static double parse(String cell) {
    String s = cell.strip();
    if (!PLAIN.matcher(s).matches()) {
      return Double.NaN;
    }
    double x = Double.parseDouble(s);
    return Double.isInfinite(x) ? Double.NaN : x;
  }

  private static final double[] POWERS = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  /**
   * As {@link #parse} on the UTF-8 bytes of a cell already stripped, without making a String. Up to
   * 18 digits making a whole number up to 2^53, and a power of ten up to 22 (nearly every figure in
   * a data file), are computed exactly as Double.parseDouble would, by one correctly rounded
   * multiplication or division of two exact doubles (Clinger's fast path); anything else goes to
   * Double.parseDouble.
   */
  public static double parse(byte[] b, int off, int len) {
    int p = off;
    int end = off + len;
    boolean negative = false;
    if (p < end && (b[p] == '-' || b[p] == '+')) {
      negative = b[p] == '-';
      p++;
    }
    // every digit goes into the mantissa: with more than 18 it may overflow, and is not used
    long mantissa = 0;
    int d;
    int intStart = p;
    while (p < end && (d = b[p] - '0') >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      p++;
    }
    int digits = p - intStart;
    int scale = 0;
    if (p < end && b[p] == '.') {
      p++;
      int fracStart = p;
      while (p < end && (d = b[p] - '0') >= 0 && d <= 9) {
        mantissa = mantissa * 10 + d;
        p++;
      }
      scale = fracStart - p;
      digits += p - fracStart;
    }
    if (digits == 0) {
      return Double.NaN;
    }
    int exponent = 0;
    if (p < end && (b[p] == 'e' || b[p] == 'E')) {
      p++;
      boolean down = p < end && b[p] == '-';
      if (p < end && (b[p] == '-' || b[p] == '+')) {
        p++;
      }
      int expStart = p;
      while (p < end && b[p] >= '0' && b[p] <= '9' && p - expStart < 3) {
        exponent = exponent * 10 + (b[p] - '0');
        p++;
      }
      if (p == expStart) {
        return Double.NaN;
      }
      exponent = down ? -exponent : exponent;
    }
    if (p != end) {
      return Double.NaN;
    }
    int power = scale + exponent;
    if (digits <= 18 && mantissa <= 1L << 53 && power >= -22 && power <= 22) {
      double x = power >= 0 ? mantissa * POWERS[power] : mantissa / POWERS[-power];
      return negative ? -x : x;
    }
    double x =
        Double.parseDouble(new String(b, off, len, java.nio.charset.StandardCharsets.ISO_8859_1));
    return Double.isInfinite(x) ? Double.NaN : x;
  }

  /** As {@link #parse}, also accepting a trailing % and thousands separators. */
  public static double parseLenient(String cell) {
    String s = cell.strip();
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (GROUPED.matcher(s).matches()) {
      s = s.replace(",", "");
    }
    return parse(s);
  }
}
