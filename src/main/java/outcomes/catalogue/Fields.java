package outcomes.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import outcomes.model.Problem;

/**
 * Typed reads from a YAML tree that record a problem, with the line, instead of failing at the
 * first one, so that `validate` can list everything wrong with a file at once.
 */
final class Fields {
  private final YamlDocument doc;
  private final List<Problem> problems;

  Fields(YamlDocument doc, List<Problem> problems) {
    this.doc = doc;
    this.problems = problems;
  }

  void problem(String pointer, String message) {
    problems.add(new Problem(doc.at(pointer), message));
  }

  /** Where a value is in the file, for a record that is checked against the data later. */
  outcomes.model.Location at(String pointer) {
    return doc.at(pointer);
  }

  /** Reports keys the schema does not know: a misspelt key would otherwise be ignored silently. */
  void onlyKeys(String pointer, JsonNode node, Set<String> allowed) {
    if (node == null || !node.isObject()) {
      return;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        problem(
            pointer + "/" + key,
            "unknown key '"
                + key
                + "'; expected one of "
                + String.join(", ", new java.util.TreeSet<>(allowed)));
      }
    }
  }

  /** One entry of a list of mappings, with the pointer its problems are reported at. */
  record Entry(String pointer, JsonNode node) {}

  /**
   * The entries of an optional top-level list of mappings; none, and a problem saying what the list
   * should hold ({@code shape}), when the key is not a list.
   */
  List<Entry> entries(JsonNode root, String key, String shape) {
    List<Entry> out = new ArrayList<>();
    JsonNode n = root.get(key);
    if (n == null) {
      return out;
    }
    if (!n.isArray()) {
      problem("/" + key, "'" + key + "' must " + shape);
      return out;
    }
    for (int i = 0; i < n.size(); i++) {
      out.add(new Entry("/" + key + "/" + i, n.get(i)));
    }
    return out;
  }

  JsonNode object(String pointer, JsonNode parent, String key, boolean required) {
    JsonNode n = parent.get(key);
    if (n == null || n.isNull()) {
      if (required) {
        problem(pointer, "'" + key + "' is missing");
      }
      return null;
    }
    if (!n.isObject()) {
      problem(pointer + "/" + key, "'" + key + "' must be a mapping of keys to values");
      return null;
    }
    return n;
  }

  String text(String pointer, JsonNode parent, String key, boolean required) {
    JsonNode n = parent == null ? null : parent.get(key);
    if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
      if (required) {
        problem(pointer, "'" + key + "' is missing");
      }
      return null;
    }
    if (!n.isValueNode()) {
      problem(pointer + "/" + key, "'" + key + "' must be a single value, not a list or mapping");
      return null;
    }
    return n.asText().strip();
  }

  Integer integer(String pointer, JsonNode parent, String key, boolean required, int min, int max) {
    String t = text(pointer, parent, key, required);
    if (t == null) {
      return null;
    }
    try {
      int v = Integer.parseInt(t);
      if (v < min || v > max) {
        problem(
            pointer + "/" + key, "'" + key + "' must be from " + min + " to " + max + ", not " + v);
        return null;
      }
      return v;
    } catch (NumberFormatException e) {
      problem(pointer + "/" + key, "'" + key + "' must be a whole number, not '" + t + "'");
      return null;
    }
  }

  /** A value read through a parser whose IllegalArgumentException message becomes the problem. */
  <T> T parsed(
      String pointer, JsonNode parent, String key, boolean required, Function<String, T> parse) {
    String t = text(pointer, parent, key, required);
    if (t == null) {
      return null;
    }
    try {
      return parse.apply(t);
    } catch (IllegalArgumentException e) {
      problem(pointer + "/" + key, e.getMessage());
      return null;
    }
  }

  /** A list of texts; a single text is taken as a list of one. */
  List<String> texts(String pointer, JsonNode parent, String key) {
    JsonNode n = parent == null ? null : parent.get(key);
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isValueNode()) {
      if (!n.asText().isBlank()) {
        out.add(n.asText().strip());
      }
      return out;
    }
    if (!n.isArray()) {
      problem(pointer + "/" + key, "'" + key + "' must be a value or a list of values");
      return out;
    }
    for (int i = 0; i < n.size(); i++) {
      if (!n.get(i).isValueNode() || n.get(i).isNull()) {
        problem(
            pointer + "/" + key + "/" + i, "each entry of '" + key + "' must be a single value");
      } else {
        out.add(n.get(i).asText().strip());
      }
    }
    return out;
  }
}
