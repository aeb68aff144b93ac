package outcomes.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import outcomes.model.Cadence;
import outcomes.model.ColumnMapping;
import outcomes.model.DataFile;
import outcomes.model.Field;
import outcomes.model.Indicator;
import outcomes.model.Origin;
import outcomes.model.Polarity;
import outcomes.model.Source;
import outcomes.model.Unit;
import outcomes.model.ValueType;

/** Turns one indicator file into an Indicator, or into the problems that stop it being one. */
final class IndicatorParser {
  private static final Set<String> KEYS = Set.of("id", "title", "definition", "source", "value-type",
      "unit", "decimals", "polarity", "outcome", "ambition", "benchmarks", "cadence", "data", "notes");
  private static final Set<String> SOURCE_KEYS = Set.of("name", "link", "fingertips-id", "licence",
      "fingertips-area-type", "fingertips-parent-area-type");
  private static final Set<String> CADENCE_KEYS = Set.of("months", "publication-month", "grace-days");
  private static final Set<String> DATA_KEYS = Set.of("file", "origin", "layout", "encoding",
      "header-row", "columns", "values", "where", "missing");

  private final Fields f;
  private final YamlDocument doc;

  IndicatorParser(YamlDocument doc, List<outcomes.model.Problem> problems) {
    this.doc = doc;
    this.f = new Fields(doc, problems);
  }

  /** The indicator, or null when a required part is missing or wrong (the problems say which). */
  Indicator parse() {
    JsonNode root = doc.root();
    if (!root.isObject()) {
      f.problem("", "an indicator file must be a mapping of keys to values");
      return null;
    }
    f.onlyKeys("", root, KEYS);
    String id = f.text("", root, "id", true);
    if (id != null && !id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
      f.problem("/id", "the id '" + id + "' must be lower-case letters, digits and hyphens");
      id = null;
    }
    String title = f.text("", root, "title", true);
    Source source = source(root);
    ValueType type = f.parsed("", root, "value-type", true, ValueType::parse);
    String unitLabel = f.text("", root, "unit", true);
    Integer decimals = root.has("decimals") ? f.integer("", root, "decimals", false, 0, 6) : Integer.valueOf(1);
    Polarity polarity = f.parsed("", root, "polarity", true, Polarity::parse);
    Integer outcome = f.integer("", root, "outcome", true, 1, 99);
    Integer ambition = f.integer("", root, "ambition", true, 1, 99);
    List<String> benchmarks = f.texts("", root, "benchmarks");
    Cadence cadence = cadence(root);
    List<DataFile> data = dataFiles(root);
    if (id == null || title == null || source == null || type == null || unitLabel == null
        || decimals == null || polarity == null || outcome == null || ambition == null
        || cadence == null || data == null) {
      return null;
    }
    return new Indicator(id, title, f.text("", root, "definition", false), source, type,
        new Unit(unitLabel, decimals), polarity, outcome, ambition, benchmarks, cadence, data,
        f.text("", root, "notes", false), doc.at(""));
  }

  private Source source(JsonNode root) {
    JsonNode s = f.object("", root, "source", true);
    if (s == null) {
      return null;
    }
    f.onlyKeys("/source", s, SOURCE_KEYS);
    String name = f.text("/source", s, "name", true);
    Integer fid = s.has("fingertips-id")
        ? f.integer("/source", s, "fingertips-id", false, 1, 99_999_999) : null;
    Integer areaType = areaType(s, "fingertips-area-type");
    Integer parentType = areaType(s, "fingertips-parent-area-type");
    if (name == null || (s.has("fingertips-id") && fid == null)
        || (s.has("fingertips-area-type") && areaType == null)
        || (s.has("fingertips-parent-area-type") && parentType == null)) {
      return null;
    }
    return new Source(name, f.text("/source", s, "link", false), optional(fid),
        f.text("/source", s, "licence", false), optional(areaType), optional(parentType));
  }

  /** A Fingertips area type id, which only means something beside a fingertips-id. */
  private Integer areaType(JsonNode s, String key) {
    if (!s.has(key)) {
      return null;
    }
    Integer id = f.integer("/source", s, key, false, 1, 99_999);
    if (id != null && !s.has("fingertips-id")) {
      f.problem("/source/" + key, "'" + key + "' goes with a fingertips-id: add one or remove it");
      return null;
    }
    return id;
  }

  private static OptionalInt optional(Integer i) {
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  private Cadence cadence(JsonNode root) {
    JsonNode c = f.object("", root, "cadence", true);
    if (c == null) {
      return null;
    }
    f.onlyKeys("/cadence", c, CADENCE_KEYS);
    Integer months = f.integer("/cadence", c, "months", true, 1, 120);
    Integer month = f.integer("/cadence", c, "publication-month", true, 1, 12);
    Integer grace = c.has("grace-days") ? f.integer("/cadence", c, "grace-days", false, 0, 3650) : Integer.valueOf(90);
    return months == null || month == null || grace == null ? null : new Cadence(months, month, grace);
  }

  private List<DataFile> dataFiles(JsonNode root) {
    JsonNode d = root.get("data");
    if (d == null || d.isNull()) {
      return List.of();
    }
    if (!d.isArray()) {
      f.problem("/data", "'data' must be a list of files, each starting '- file:'");
      return null;
    }
    List<DataFile> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < d.size(); i++) {
      DataFile df = dataFile("/data/" + i, d.get(i));
      ok &= df != null;
      if (df != null) {
        out.add(df);
      }
    }
    return ok ? out : null;
  }

  private DataFile dataFile(String ptr, JsonNode n) {
    if (!n.isObject()) {
      f.problem(ptr, "each data entry must be a mapping starting 'file:'");
      return null;
    }
    f.onlyKeys(ptr, n, DATA_KEYS);
    String file = f.text(ptr, n, "file", true);
    if (file != null && (file.startsWith("/") || file.contains("..") || file.contains("\\"))) {
      f.problem(ptr + "/file", "the file '" + file + "' must be a path inside the data folder, with / between folders");
      file = null;
    }
    Origin origin = f.parsed(ptr, n, "origin", true, Origin::parse);
    ColumnMapping.Layout layout = f.parsed(ptr, n, "layout", true, IndicatorParser::layout);
    Integer headerRow = n.has("header-row") ? f.integer(ptr, n, "header-row", false, 1, 1000) : Integer.valueOf(1);
    String encoding = n.has("encoding") ? f.parsed(ptr, n, "encoding", false, IndicatorParser::encoding) : "UTF-8";
    Map<Field, List<String>> columns = columns(ptr, n);
    Map<Field, String> constants = constants(ptr, n);
    Map<String, List<String>> where = where(ptr, n);
    List<String> missing = n.has("missing") ? f.texts(ptr, n, "missing") : ColumnMapping.DEFAULT_MISSING;
    if (file == null || origin == null || layout == null || headerRow == null || encoding == null
        || columns == null || constants == null || where == null) {
      return null;
    }
    if (layout == ColumnMapping.Layout.FINGERTIPS && (!columns.isEmpty() || !constants.isEmpty())) {
      f.problem(ptr + "/layout", "a fingertips layout is read by its own header: drop 'columns' and 'values'");
      return null;
    }
    if (layout == ColumnMapping.Layout.LONG && !columns.containsKey(Field.AREA_CODE)) {
      f.problem(ptr, "a long layout needs 'columns' with at least area-code");
      return null;
    }
    return new DataFile(file, origin,
        new ColumnMapping(layout, encoding, headerRow, columns, constants, where, missing), doc.at(ptr));
  }

  private static ColumnMapping.Layout layout(String t) {
    switch (t) {
      case "fingertips": return ColumnMapping.Layout.FINGERTIPS;
      case "long": return ColumnMapping.Layout.LONG;
      default: throw new IllegalArgumentException("unknown layout '" + t + "': use fingertips or long");
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
      throw new IllegalArgumentException("unknown encoding '" + t + "': use UTF-8, windows-1252 or ISO-8859-1");
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
        f.problem(ptr + "/columns/" + e.getKey(), "name the column that holds " + e.getKey()
            + " (a position such as #4 must be quoted, \"#4\": unquoted, # starts a YAML comment)");
        ok = false;
        continue;
      }
      if (refs.size() > 1 && !(field == Field.COUNT || field == Field.DENOMINATOR || field == Field.VALUE)) {
        f.problem(ptr + "/columns/" + e.getKey(), "only value, count and denominator may add up several columns");
        ok = false;
        continue;
      }
      out.put(field, refs);
    }
    return ok ? out : null;
  }

  private Map<Field, String> constants(String ptr, JsonNode n) {
    JsonNode c = f.object(ptr, n, "values", false);
    Map<Field, String> out = new EnumMap<>(Field.class);
    if (c == null) {
      return n.has("values") ? null : out;
    }
    boolean ok = true;
    for (Map.Entry<String, JsonNode> e : iterable(c)) {
      Field field = field(ptr + "/values/" + e.getKey(), e.getKey());
      String v = f.text(ptr + "/values", c, e.getKey(), true);
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
