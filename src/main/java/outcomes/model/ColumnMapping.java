package outcomes.model;

import java.util.List;
import java.util.Map;

/**
 * How to read a source as it comes: its layout, encoding, sheet and header rows, which column holds
 * each field (by header name, or "#N" for the Nth column where names repeat), fixed values for
 * fields the file does not hold, which rows and areas to keep, and which cell texts mean "missing".
 * A wide layout also says how to read the period, sex and measure out of each column's name.
 */
public record ColumnMapping(
    Layout layout,
    String encoding,
    int headerRow,
    Map<Field, List<String>> columns,
    Map<Field, String> constants,
    Map<String, List<String>> where,
    List<String> missing,
    int headerRows,
    String sheet,
    WideColumns wide,
    AreaFilter areas) {

  /**
   * Fingertips exports are read by their fixed header; long files have one observation per row;
   * wide files one per row and group of columns whose names share a period, sex, age and category.
   */
  public enum Layout {
    FINGERTIPS,
    LONG,
    WIDE
  }

  /**
   * Markers real sources use for a missing number; they are read as missing, never as 0. The
   * bracketed ones are the Government Statistical Service's shorthand ([x] not available, [c]
   * confidential, [z] not applicable, [low] rounds to zero), as DWP tables write them.
   */
  public static final List<String> DEFAULT_MISSING =
      List.of("", "NA", "N/A", "n/a", "..", "x", "*", "-", ":", "[x]", "[c]", "[z]", "[low]");

  public ColumnMapping {
    columns = Map.copyOf(columns);
    constants = Map.copyOf(constants);
    where = Map.copyOf(where);
    missing = List.copyOf(missing);
    sheet = sheet == null ? "" : sheet.strip();
    areas = areas == null ? AreaFilter.ALL : areas;
    if (headerRow < 1) {
      throw new IllegalArgumentException("the header row is 1 or more, not " + headerRow);
    }
    if (headerRows < 1) {
      throw new IllegalArgumentException("a header has 1 or more rows, not " + headerRows);
    }
    if ((layout == Layout.WIDE) != (wide != null)) {
      throw new IllegalArgumentException(
          "a wide layout, and only a wide layout, reads column names");
    }
  }

  /** A one-sheet, one-header-row mapping of a CSV file, keeping every area. */
  public ColumnMapping(
      Layout layout,
      String encoding,
      int headerRow,
      Map<Field, List<String>> columns,
      Map<Field, String> constants,
      Map<String, List<String>> where,
      List<String> missing) {
    this(
        layout,
        encoding,
        headerRow,
        columns,
        constants,
        where,
        missing,
        1,
        "",
        null,
        AreaFilter.ALL);
  }

  public static ColumnMapping fingertips() {
    return new ColumnMapping(
        Layout.FINGERTIPS, "UTF-8", 1, Map.of(), Map.of(), Map.of(), List.of(""));
  }

  /** This mapping keeping only the rows whose columns hold the given values. */
  public ColumnMapping withWhere(Map<String, List<String>> rowFilter) {
    return new ColumnMapping(
        layout,
        encoding,
        headerRow,
        columns,
        constants,
        rowFilter,
        missing,
        headerRows,
        sheet,
        wide,
        areas);
  }
}
