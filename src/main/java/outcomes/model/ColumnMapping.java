package outcomes.model;

import java.util.List;
import java.util.Map;

/**
 * How to read a source as it comes: its layout, encoding and header row, which column holds each
 * field (by header name, or "#N" for the Nth column where names repeat), fixed values for fields
 * the file does not hold, which rows to keep, and which cell texts mean "missing".
 */
public record ColumnMapping(
    Layout layout,
    String encoding,
    int headerRow,
    Map<Field, List<String>> columns,
    Map<Field, String> constants,
    Map<String, List<String>> where,
    List<String> missing) {

  /** Fingertips exports are read by their fixed header; long files through the columns given. */
  public enum Layout {
    FINGERTIPS,
    LONG
  }

  /** Markers real sources use for a missing number; they are read as missing, never as 0. */
  public static final List<String> DEFAULT_MISSING =
      List.of("", "NA", "N/A", "n/a", "..", "x", "*", "-", ":", "NaN");

  public ColumnMapping {
    columns = Map.copyOf(columns);
    constants = Map.copyOf(constants);
    where = Map.copyOf(where);
    missing = List.copyOf(missing);
    if (headerRow < 1) {
      throw new IllegalArgumentException("the header row is 1 or more, not " + headerRow);
    }
  }

  public static ColumnMapping fingertips() {
    return new ColumnMapping(
        Layout.FINGERTIPS, "UTF-8", 1, Map.of(), Map.of(), Map.of(), List.of(""));
  }
}
