package outcomes.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import outcomes.model.AreaFilter;
import outcomes.model.ColumnMapping;
import outcomes.model.ColumnMapping.Layout;
import outcomes.model.DataFile;
import outcomes.model.Field;
import outcomes.model.Origin;
import outcomes.model.WideColumns;

/**
 * Reads one entry of an indicator's {@code data:} list: the file, whether it is real, and how to
 * read it (layout, encoding, sheet, header rows, columns, values, row and area filters, missing
 * markers, and a wide layout's pattern over column names). Each problem is reported at its line.
 */
final class MappingParser {
  private static final Set<String> KEYS =
      Set.of(
          "file",
          "origin",
          "source",
          "layout",
          "encoding",
          "header-row",
          "header-rows",
          "sheet",
          "columns",
          "values",
          "where",
          "missing",
          "wide",
          "areas");
  private static final Set<String> WIDE_KEYS = Set.of("pattern", "measures");
  private static final Set<String> AREA_KEYS = Set.of("codes", "within");
  private static final Set<Field> SUMMABLE = Set.of(Field.COUNT, Field.DENOMINATOR, Field.VALUE);

  private final YamlDocument doc;
  private final Fields f;

  MappingParser(YamlDocument doc, Fields f) {
    this.doc = doc;
    this.f = f;
  }

  /** The data entry, or null when it is wrong (the problems say why). */
  DataFile dataFile(String ptr, JsonNode n) {
    if (!n.isObject()) {
      f.problem(ptr, "each data entry must be a mapping starting 'file:'");
      return null;
    }
    f.onlyKeys(ptr, n, KEYS);
    String file = f.text(ptr, n, "file", true);
    if (file != null && !DataPaths.isInside(file)) {
      f.problem(ptr + "/file", DataPaths.problem(file));
      file = null;
    }
    Origin origin = f.parsed(ptr, n, "origin", true, Origin::parse);
    Layout layout = f.parsed(ptr, n, "layout", true, MappingParser::layout);
    Integer headerRow =
        n.has("header-row") ? f.integer(ptr, n, "header-row", false, 1, 1000) : Integer.valueOf(1);
    Integer headerRows =
        n.has("header-rows") ? f.integer(ptr, n, "header-rows", false, 1, 10) : Integer.valueOf(1);
    String encoding =
        n.has("encoding") ? f.parsed(ptr, n, "encoding", false, MappingParser::encoding) : "UTF-8";
    Map<Field, List<String>> columns = columns(ptr, n);
    Map<Field, String> constants = constants(ptr, n);
    Map<String, List<String>> where = where(ptr, n);
    WideColumns wide = wide(ptr, n);
    AreaFilter areas = areas(ptr, n);
    List<String> missing =
        n.has("missing") ? f.texts(ptr, n, "missing") : ColumnMapping.DEFAULT_MISSING;
    if (file == null
        || origin == null
        || layout == null
        || headerRow == null
        || headerRows == null
        || encoding == null
        || columns == null
        || constants == null
        || where == null
        || (n.has("wide") && wide == null)
        || areas == null
        || !fitsLayout(ptr, n, layout, columns, constants, wide)
        || !fitsFormat(ptr, n, file)) {
      return null;
    }
    String sheet = n.has("sheet") ? f.text(ptr, n, "sheet", false) : "";
    String source = n.has("source") ? f.text(ptr, n, "source", false) : "";
    return new DataFile(
        file,
        origin,
        source,
        new ColumnMapping(
            layout,
            encoding,
            headerRow,
            columns,
            constants,
            where,
            missing,
            headerRows,
            sheet,
            wide,
            areas),
        doc.at(ptr));
  }

  private boolean fitsLayout(
      String ptr,
      JsonNode n,
      Layout layout,
      Map<Field, List<String>> columns,
      Map<Field, String> constants,
      WideColumns wide) {
    if (layout == Layout.FINGERTIPS
        && (!columns.isEmpty() || !constants.isEmpty() || n.has("wide"))) {
      f.problem(
          ptr + "/layout",
          "a fingertips layout is read by its own header: drop 'columns', 'values' and 'wide'");
      return false;
    }
    if (layout != Layout.FINGERTIPS && !columns.containsKey(Field.AREA_CODE)) {
      f.problem(
          ptr,
          "a "
              + layout.name().toLowerCase(Locale.ROOT)
              + " layout needs 'columns' with at least area-code");
      return false;
    }
    if ((layout == Layout.WIDE) != n.has("wide")) {
      f.problem(
          ptr + (n.has("wide") ? "/wide" : "/layout"),
          layout == Layout.WIDE
              ? "a wide layout needs 'wide' with the pattern its column names follow"
              : "'wide' belongs to a wide layout: write layout: wide");
      return false;
    }
    if (wide != null) {
      for (Field g : wide.groupFields()) {
        if (columns.containsKey(g) || constants.containsKey(g)) {
          f.problem(
              ptr + "/wide/pattern",
              "the pattern gives "
                  + g.key()
                  + " from the column names, so 'columns' and 'values' must not give it too");
          return false;
        }
      }
      for (Field m : wide.measures().keySet()) {
        if (columns.containsKey(m)) {
          f.problem(
              ptr + "/wide/measures/" + m.key(),
              m.key()
                  + " is read from the measure columns,"
                  + " so 'columns' must not name a column for it too");
          return false;
        }
      }
    }
    return true;
  }

  /** An xlsx workbook is read by sheet and has no text encoding; a CSV file has no sheets. */
  private boolean fitsFormat(String ptr, JsonNode n, String file) {
    String lower = file.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xls")) {
      f.problem(
          ptr + "/file", "an .xls workbook (Excel 97-2003) is not read: save it as .xlsx or CSV");
      return false;
    }
    boolean workbook = lower.endsWith(".xlsx") || lower.endsWith(".xlsm");
    if (workbook && !n.has("sheet")) {
      f.problem(ptr, "an xlsx workbook needs 'sheet' with the name of the sheet to read");
      return false;
    }
    if (workbook && n.has("encoding")) {
      f.problem(ptr + "/encoding", "an xlsx workbook has no text encoding: drop 'encoding'");
      return false;
    }
    if (!workbook && n.has("sheet")) {
      f.problem(
          ptr + "/sheet", "'sheet' belongs to an xlsx workbook; '" + file + "' is read as CSV");
      return false;
    }
    return true;
  }

  private static Layout layout(String t) {
    switch (t) {
      case "fingertips":
        return Layout.FINGERTIPS;
      case "long":
        return Layout.LONG;
      case "wide":
        return Layout.WIDE;
      default:
        throw new IllegalArgumentException(
            "unknown layout '" + t + "': use fingertips, long or wide");
    }
  }

  private static String encoding(String t) {
    boolean known;
    try {
      known = java.nio.charset.Charset.isSupported(t);
    } catch (java.nio.charset.IllegalCharsetNameException e) {
      known = false;
    }
    if (!known) {
      throw new IllegalArgumentException(
          "unknown encoding '" + t + "': use UTF-8, windows-1252 or ISO-8859-1");
    }
    return t;
  }

  private Map<Field, List<String>> columns(String ptr, JsonNode n) {
    JsonNode c = f.object(ptr, n, "columns", false);
    Map<Field, List<String>> out = new EnumMap<>(Field.class);
    if (c == null) {
      return n.has("columns") ? null : out;
    }
    boolean ok = true;
    for (Map.Entry<String, JsonNode> e : iterable(c)) {
      Field field = field(ptr + "/columns/" + e.getKey(), e.getKey());
      List<String> refs = f.texts(ptr + "/columns", c, e.getKey());
      if (field == null) {
        ok = false;
        continue;
      }
      if (refs.isEmpty()) {
        f.problem(
            ptr + "/columns/" + e.getKey(),
            "name the column that holds "
                + e.getKey()
                + " (a position such as #4 must be quoted, \"#4\": unquoted, # starts a YAML comment)");
        ok = false;
        continue;
      }
      if (refs.size() > 1 && !SUMMABLE.contains(field)) {
        f.problem(
            ptr + "/columns/" + e.getKey(),
            "only value, count and denominator may add up several columns");
        ok = false;
        continue;
      }
      out.put(field, refs);
    }
    return ok ? out : null;
  }

  private static final Set<Field> NUMBERS =
      Set.of(
          Field.VALUE,
          Field.LOWER_95,
          Field.UPPER_95,
          Field.LOWER_99_8,
          Field.UPPER_99_8,
          Field.COUNT,
          Field.DENOMINATOR);

  /** Fixed values; one for a number field must be a finite number, as a cell would have to be. */
  private Map<Field, String> constants(String ptr, JsonNode n) {
    Map<Field, String> values =
        fieldTexts(ptr + "/values", f.object(ptr, n, "values", false), n.has("values"));
    if (values == null) {
      return null;
    }
    boolean ok = true;
    for (Map.Entry<Field, String> e : values.entrySet()) {
      if (NUMBERS.contains(e.getKey()) && !isFiniteNumber(e.getValue())) {
        f.problem(
            ptr + "/values/" + e.getKey().key(),
            "the fixed "
                + e.getKey().key()
                + " '"
                + e.getValue()
                + "' is not a number: give a number, or map a column instead");
        ok = false;
      }
    }
    return ok ? values : null;
  }

  private static boolean isFiniteNumber(String text) {
    try {
      return Double.isFinite(Double.parseDouble(text.strip()));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** A mapping of field names to single texts ('values', a wide layout's 'measures'). */
  private Map<Field, String> fieldTexts(String ptr, JsonNode c, boolean given) {
    Map<Field, String> out = new EnumMap<>(Field.class);
    if (c == null) {
      return given ? null : out;
    }
    boolean ok = true;
    for (Map.Entry<String, JsonNode> e : iterable(c)) {
      Field field = field(ptr + "/" + e.getKey(), e.getKey());
      String v = f.text(ptr, c, e.getKey(), true);
      if (field == null || v == null) {
        ok = false;
      } else {
        out.put(field, v);
      }
    }
    return ok ? out : null;
  }

  private Map<String, List<String>> where(String ptr, JsonNode n) {
    JsonNode c = f.object(ptr, n, "where", false);
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (c == null) {
      return n.has("where") ? null : out;
    }
    for (Map.Entry<String, JsonNode> e : iterable(c)) {
      out.put(e.getKey(), f.texts(ptr + "/where", c, e.getKey()));
    }
    return out;
  }

  private WideColumns wide(String ptr, JsonNode n) {
    JsonNode w = f.object(ptr, n, "wide", false);
    if (w == null) {
      return null;
    }
    f.onlyKeys(ptr + "/wide", w, WIDE_KEYS);
    String pattern = f.text(ptr + "/wide", w, "pattern", true);
    Map<Field, String> measures =
        fieldTexts(
            ptr + "/wide/measures",
            f.object(ptr + "/wide", w, "measures", false),
            w.has("measures"));
    if (pattern == null || measures == null) {
      return null;
    }
    try {
      return new WideColumns(pattern, measures);
    } catch (IllegalArgumentException e) {
      f.problem(
          ptr + "/wide/" + (e.getMessage().startsWith("a measure") ? "measures" : "pattern"),
          e.getMessage());
      return null;
    }
  }

  private AreaFilter areas(String ptr, JsonNode n) {
    JsonNode a = f.object(ptr, n, "areas", false);
    if (a == null) {
      return n.has("areas") ? null : AreaFilter.ALL;
    }
    f.onlyKeys(ptr + "/areas", a, AREA_KEYS);
    AreaFilter filter =
        new AreaFilter(f.texts(ptr + "/areas", a, "codes"), f.texts(ptr + "/areas", a, "within"));
    if (filter.keepsAll()) {
      f.problem(
          ptr + "/areas",
          "'areas' must list 'codes' to keep, or parents to keep the areas 'within'");
      return null;
    }
    return filter;
  }

  private Field field(String ptr, String key) {
    try {
      return Field.fromKey(key);
    } catch (IllegalArgumentException e) {
      StringBuilder keys = new StringBuilder();
      for (Field x : Field.values()) {
        keys.append(keys.length() == 0 ? "" : ", ").append(x.key());
      }
      f.problem(ptr, "unknown field '" + key + "'; expected one of " + keys);
      return null;
    }
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode n) {
    return n::fields;
  }
}
