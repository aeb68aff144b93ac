package outcomes.ingest;

import java.util.regex.Pattern;

/**
 * Reads numbers strictly: a plain decimal, optionally in exponent form. Java's own parser also
 * takes "NaN", "Infinity", "1.5d" and hex floats, none of which is a figure in a data file.
 * Sources read through a mapping may write "44.2%" and "6,903"; those are accepted there.
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
