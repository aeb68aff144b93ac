package outcomes.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import outcomes.model.ColumnMapping;
import outcomes.model.Field;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * A column mapping fixed against one file's header: for each field the column indexes it reads
 * (several are summed, for counts spread over columns) or the constant it takes, and the row
 * filters as column indexes. Resolving once keeps the per-row work to array lookups.
 */
final class ResolvedMapping {
  private final int[][] columns = new int[Field.values().length][];
  private final String[] constants = new String[Field.values().length];
  private final int[] filterColumns;
  private final List<Set<String>> filterValues;
  private final Set<String> missing;
  private final boolean lenientNumbers;

  private ResolvedMapping(
      int[] filterColumns,
      List<Set<String>> filterValues,
      Set<String> missing,
      boolean lenientNumbers) {
    this.filterColumns = filterColumns;
    this.filterValues = filterValues;
    this.missing = missing;
    this.lenientNumbers = lenientNumbers;
  }

  /**
   * This mapping for one group of a wide file's columns: the measure columns it reads (value,
   * limits, count…) and the texts its column names gave (period, sex…), over this mapping's own.
   */
  ResolvedMapping forGroup(Map<Field, Integer> measureColumns, Map<Field, String> named) {
    ResolvedMapping r = new ResolvedMapping(filterColumns, filterValues, missing, lenientNumbers);
    System.arraycopy(columns, 0, r.columns, 0, columns.length);
    System.arraycopy(constants, 0, r.constants, 0, constants.length);
    measureColumns.forEach((f, col) -> r.columns[f.ordinal()] = new int[] {col});
    named.forEach(
        (f, text) -> {
          r.columns[f.ordinal()] = null;
          r.constants[f.ordinal()] = text;
        });
    return r;
  }

  /** True when a column is read for a field (a wide pattern must not claim it as well). */
  boolean reads(int column) {
    for (int[] cols : columns) {
      for (int c : cols == null ? new int[0] : cols) {
        if (c == column) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A Fingertips file read by its header's names ({@link FingertipsLayout}): the usual missing
   * markers and HTML around them are missing, counts may have thousands separators, and a row
   * filter names a column by any spelling of it. A filter on the indicator id of a file without
   * that column (the legacy single-indicator download) keeps every row: the file is one
   * indicator's.
   */
  static ResolvedMapping fingertips(
      FingertipsLayout layout, String file, long headerLine, Map<String, List<String>> where) {
    // each filter on a field the file has names its column by position, whatever its spelling;
    // any other is found by name (and a name the header lacks is an error, as in any mapping)
    Map<String, List<String>> byPosition = new java.util.HashMap<>();
    where.forEach(
        (name, values) -> {
          java.util.Optional<Field> f = layout.field(name);
          if (f.isPresent() && layout.has(f.get())) {
            byPosition.put("#" + (layout.column(f.get()) + 1), values);
          } else if (f.orElse(null) != Field.INDICATOR_ID) {
            byPosition.put(name, values);
          }
        });
    ResolvedMapping r =
        filtered(
            layout.header(),
            file,
            headerLine,
            byPosition,
            Set.copyOf(ColumnMapping.DEFAULT_MISSING),
            true);
    for (Field f : Field.values()) {
      if (layout.has(f)) {
        r.columns[f.ordinal()] = new int[] {layout.column(f)};
      }
    }
    return r;
  }

  static ResolvedMapping of(
      ColumnMapping m, FingertipsLayout layout, List<String> header, String file, long headerLine) {
    if (m.layout() == ColumnMapping.Layout.FINGERTIPS) {
      return fingertips(layout, file, headerLine, m.where());
    }
    ResolvedMapping r =
        filtered(header, file, headerLine, m.where(), new HashSet<>(m.missing()), true);
    for (Map.Entry<Field, List<String>> e : m.columns().entrySet()) {
      int[] cols = new int[e.getValue().size()];
      for (int i = 0; i < cols.length; i++) {
        cols[i] = column(header, e.getValue().get(i), file, headerLine);
      }
      r.columns[e.getKey().ordinal()] = cols;
    }
    m.constants().forEach((f, v) -> r.constants[f.ordinal()] = v);
    return r;
  }

  private static ResolvedMapping filtered(
      List<String> header,
      String file,
      long line,
      Map<String, List<String>> where,
      Set<String> missing,
      boolean lenient) {
    int[] cols = new int[where.size()];
    List<Set<String>> values = new java.util.ArrayList<>();
    int i = 0;
    for (Map.Entry<String, List<String>> e : new java.util.TreeMap<>(where).entrySet()) {
      cols[i++] = column(header, e.getKey(), file, line);
      values.add(Set.copyOf(e.getValue()));
    }
    return new ResolvedMapping(cols, values, missing, lenient);
  }

  /**
   * A column by position, "#N", or by position and the header text expected there, "#N: Area Code",
   * which is checked: a publisher who drops or moves a column would otherwise have another column
   * read in its place, or every row filtered away, without a word.
   */
  private static final java.util.regex.Pattern POSITION =
      java.util.regex.Pattern.compile("#(\\d+)(?::\\s*(.*))?", java.util.regex.Pattern.DOTALL);

  /**
   * Finds a column by "#N", "#N: header text" or its name, ignoring case and runs of spaces or line
   * breaks.
   */
  static int column(List<String> header, String ref, String file, long line) {
    java.util.regex.Matcher position = POSITION.matcher(ref.strip());
    if (position.matches()) {
      int n = Integer.parseInt(position.group(1));
      if (n < 1 || n > header.size()) {
        throw OutcomesException.badInput(
            new Location(file, line, 0),
            "the mapping names column "
                + ref
                + " but the header has "
                + header.size()
                + " columns");
      }
      String expected = position.group(2);
      if (expected != null && !normalise(header.get(n - 1)).equals(normalise(expected))) {
        throw OutcomesException.badInput(
            new Location(file, line, n),
            "column "
                + n
                + " is headed '"
                + header.get(n - 1).strip()
                + "', not '"
                + expected.strip()
                + "' as the mapping says: the"
                + " publisher has moved or dropped a column; correct the position in the mapping");
      }
      return n - 1;
    }
    String want = normalise(ref);
    int found = -1;
    for (int i = 0; i < header.size(); i++) {
      if (normalise(header.get(i)).equals(want)) {
        if (found >= 0) {
          throw OutcomesException.badInput(
              new Location(file, line, i + 1),
              "the column name '"
                  + ref
                  + "' appears twice (columns "
                  + (found + 1)
                  + " and "
                  + (i + 1)
                  + "): address it by position in the mapping, #"
                  + (found + 1)
                  + " or #"
                  + (i + 1));
        }
        found = i;
      }
    }
    if (found < 0) {
      throw OutcomesException.badInput(
          new Location(file, line, 0),
          "the mapping names a column '" + ref + "' that the header does not have");
    }
    return found;
  }

  static String normalise(String name) {
    return name.replace('\uFEFF', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The number of cells a row must have to hold every column this mapping reads. */
  int width() {
    int w = 0;
    for (int[] cols : columns) {
      for (int c : cols == null ? new int[0] : cols) {
        w = Math.max(w, c + 1);
      }
    }
    for (int c : filterColumns) {
      w = Math.max(w, c + 1);
    }
    return w;
  }

  boolean keeps(Row row) {
    for (int i = 0; i < filterColumns.length; i++) {
      if (!filterValues.get(i).contains(row.cell(filterColumns[i]).strip())) {
        return false;
      }
    }
    return true;
  }

  boolean has(Field f) {
    return columns[f.ordinal()] != null || constants[f.ordinal()] != null;
  }

  /** The field's text in this row: its column, else its constant, else "". */
  String text(Row row, Field f) {
    int[] cols = columns[f.ordinal()];
    if (cols != null) {
      return row.cell(cols[0]).strip();
    }
    String c = constants[f.ordinal()];
    return c == null ? "" : c;
  }

  /** The 1-based column a field is read from, for messages; 0 for a constant. */
  int columnOf(Field f) {
    int[] cols = columns[f.ordinal()];
    return cols == null ? 0 : cols[0] + 1;
  }

  int[] columnsOf(Field f) {
    int[] cols = columns[f.ordinal()];
    return cols == null ? NO_COLUMNS : cols; // shared: asked for on every row
  }

  private static final int[] NO_COLUMNS = new int[0];

  /** Whether a number cell is missing: a marker, or HTML around one (the website's export). */
  boolean isMissing(String cell) {
    return MissingMarkers.isMissing(cell, missing);
  }

  boolean lenientNumbers() {
    return lenientNumbers;
  }
}
