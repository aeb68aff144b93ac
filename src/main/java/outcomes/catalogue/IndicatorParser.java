package outcomes.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import outcomes.model.Cadence;
import outcomes.model.ComparisonMethod;
import outcomes.model.DataFile;
import outcomes.model.DeclaredBaseline;
import outcomes.model.Goal;
import outcomes.model.Indicator;
import outcomes.model.Polarity;
import outcomes.model.Source;
import outcomes.model.Unit;
import outcomes.model.ValueType;

/** Turns one indicator file into an Indicator, or into the problems that stop it being one. */
final class IndicatorParser {
  private static final Set<String> KEYS =
      Set.of(
          "id",
          "title",
          "definition",
          "source",
          "value-type",
          "unit",
          "decimals",
          "polarity",
          "comparison",
          "outcome",
          "ambition",
          "benchmarks",
          "cadence",
          "data",
          "notes",
          "baseline",
          "goal");
  private static final Set<String> SOURCE_KEYS =
      Set.of(
          "name",
          "link",
          "fingertips-id",
          "licence",
          "fingertips-area-type",
          "fingertips-parent-area-type");
  private static final Set<String> CADENCE_KEYS =
      Set.of("months", "publication-month", "grace-days");

  private final Fields f;
  private final YamlDocument doc;
  private final MappingParser mappings;

  IndicatorParser(YamlDocument doc, List<outcomes.model.Problem> problems) {
    this.doc = doc;
    this.f = new Fields(doc, problems);
    this.mappings = new MappingParser(doc, f);
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
    Integer decimals =
        root.has("decimals") ? f.integer("", root, "decimals", false, 0, 6) : Integer.valueOf(1);
    Polarity polarity = f.parsed("", root, "polarity", true, Polarity::parse);
    ComparisonMethod comparison =
        f.parsed("", root, "comparison", false, IndicatorParser::comparisonMethod);
    Integer outcome = f.integer("", root, "outcome", true, 1, 99);
    Integer ambition = f.integer("", root, "ambition", true, 1, 99);
    List<String> benchmarks = f.texts("", root, "benchmarks");
    Cadence cadence = cadence(root);
    List<DataFile> data = dataFiles(root);
    ProgressTerms progress = new ProgressTerms(f);
    Optional<DeclaredBaseline> baseline = progress.baseline(root);
    Optional<Goal> goal = progress.goal(root, polarity);
    if (id == null
        || title == null
        || source == null
        || type == null
        || unitLabel == null
        || decimals == null
        || polarity == null
        || outcome == null
        || ambition == null
        || cadence == null
        || data == null) {
      return null;
    }
    return new Indicator(
        id,
        title,
        f.text("", root, "definition", false),
        source,
        type,
        new Unit(unitLabel, decimals),
        polarity,
        outcome,
        ambition,
        benchmarks,
        cadence,
        data,
        f.text("", root, "notes", false),
        doc.at(""),
        baseline,
        goal,
        comparison);
  }

  /**
   * A Fingertips method the report can apply to one area against one benchmark. Quintiles rank
   * every area of a type in England, which a framework's data do not hold: `outcomes compare
   * --method quintiles` applies them to a whole extract.
   */
  private static ComparisonMethod comparisonMethod(String text) {
    ComparisonMethod m = ComparisonMethod.parse(text);
    if (m == ComparisonMethod.QUINTILES) {
      throw new IllegalArgumentException(
          "quintiles rank every area of a type in England, which the report's data do not hold:"
              + " use one of ci-overlap, two-level, double-overlap, spc-proportion or none, and"
              + " outcomes compare --method quintiles on a whole extract");
    }
    return m;
  }

  private Source source(JsonNode root) {
    JsonNode s = f.object("", root, "source", true);
    if (s == null) {
      return null;
    }
    f.onlyKeys("/source", s, SOURCE_KEYS);
    String name = f.text("/source", s, "name", true);
    Integer fid =
        s.has("fingertips-id")
            ? f.integer("/source", s, "fingertips-id", false, 1, 99_999_999)
            : null;
    Integer areaType = areaType(s, "fingertips-area-type");
    Integer parentType = areaType(s, "fingertips-parent-area-type");
    if (name == null
        || (s.has("fingertips-id") && fid == null)
        || (s.has("fingertips-area-type") && areaType == null)
        || (s.has("fingertips-parent-area-type") && parentType == null)) {
      return null;
    }
    return new Source(
        name,
        f.text("/source", s, "link", false),
        optional(fid),
        f.text("/source", s, "licence", false),
        optional(areaType),
        optional(parentType));
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
    Integer grace =
        c.has("grace-days")
            ? f.integer("/cadence", c, "grace-days", false, 0, 3650)
            : Integer.valueOf(90);
    return months == null || month == null || grace == null
        ? null
        : new Cadence(months, month, grace);
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
      DataFile df = mappings.dataFile("/data/" + i, d.get(i));
      ok &= df != null;
      if (df != null) {
        out.add(df);
      }
    }
    return ok ? out : null;
  }
}
