package outcomes.catalogue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import outcomes.ingest.InputFiles;
import outcomes.model.Location;
import outcomes.model.OutcomesException;
import outcomes.model.Problem;

/**
 * A YAML file read into a tree that remembers the line of every key and value, so that a problem
 * found after reading can still be reported as "file:line". Loading is bounded: size, nesting and
 * aliases are limited, and no YAML tag can make an object of an arbitrary type.
 */
final class YamlDocument {
  static final long MAX_BYTES = 1 << 20;
  static final int MAX_DEPTH = 20;
  private static final YAMLFactory FACTORY =
      YAMLFactory.builder()
          .loaderOptions(limits())
          // Jackson reads SnakeYAML's events, not its composed nodes: it keeps the depth itself
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .build();

  private final String file;
  private final JsonNode root;
  private final Map<String, Location> locations;

  private YamlDocument(String file, JsonNode root, Map<String, Location> locations) {
    this.file = file;
    this.root = root;
    this.locations = locations;
  }

  private static LoaderOptions limits() {
    LoaderOptions o = new LoaderOptions();
    o.setMaxAliasesForCollections(20);
    o.setNestingDepthLimit(MAX_DEPTH);
    o.setCodePointLimit((int) MAX_BYTES);
    o.setAllowRecursiveKeys(false);
    return o;
  }

  /** Reads a YAML file; duplicated keys are added to the problems, as they would hide a value. */
  static YamlDocument load(Path path, List<Problem> problems) {
    String name = path.toString();
    try {
      if (Files.size(path) > MAX_BYTES) {
        throw OutcomesException.badInput(
            Location.of(name), "is larger than 1 MiB: is it really an indicator file?");
      }
    } catch (IOException e) {
      throw OutcomesException.missingInput(Location.of(name), "cannot be read: " + e.getMessage());
    }
    try (InputStream in = InputFiles.openFile(path);
        JsonParser p = FACTORY.createParser(in)) {
      Map<String, Location> where = new HashMap<>();
      JsonToken first = p.nextToken();
      if (first == null) {
        return new YamlDocument(name, JsonNodeFactory.instance.objectNode(), where);
      }
      JsonNode root = new Builder(name, p, where, problems).value("");
      return new YamlDocument(name, root, where);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      Location at =
          new Location(name, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr());
      if (e instanceof StreamConstraintsException) {
        throw OutcomesException.badInput(
            at, "nested more than " + MAX_DEPTH + " levels deep: is it really an indicator file?");
      }
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof CharConversionException) {
          throw OutcomesException.badInput(
              Location.of(name), "is not UTF-8 text: save it as UTF-8");
        }
      }
      throw OutcomesException.badInput(
          at, "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw OutcomesException.missingInput(Location.of(name), "cannot be read: " + e.getMessage());
    }
  }

  String file() {
    return file;
  }

  JsonNode root() {
    return root;
  }

  /** The location of a node by its JSON pointer, or of its nearest parent that has one. */
  Location at(String pointer) {
    String p = pointer;
    while (true) {
      Location l = locations.get(p);
      if (l != null || p.isEmpty()) {
        return l != null ? l : new Location(file, 1, 0);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** Builds the tree token by token, noting where each node starts. */
  private static final class Builder {
    private final String file;
    private final JsonParser p;
    private final Map<String, Location> where;
    private final List<Problem> problems;

    Builder(String file, JsonParser p, Map<String, Location> where, List<Problem> problems) {
      this.file = file;
      this.p = p;
      this.where = where;
      this.problems = problems;
    }

    JsonNode value(String pointer) throws IOException {
      JsonLocation l = p.currentTokenLocation();
      where.putIfAbsent(pointer, new Location(file, l.getLineNr(), l.getColumnNr()));
      JsonNodeFactory f = JsonNodeFactory.instance;
      switch (p.currentToken()) {
        case START_OBJECT:
          return object(pointer);
        case START_ARRAY:
          ArrayNode a = f.arrayNode();
          int i = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            a.add(value(pointer + "/" + i++));
          }
          return a;
        case VALUE_STRING:
          return f.textNode(p.getText());
        case VALUE_NUMBER_INT:
          return f.numberNode(p.getLongValue());
        case VALUE_NUMBER_FLOAT:
          return f.numberNode(p.getDoubleValue());
        case VALUE_TRUE:
          return f.booleanNode(true);
        case VALUE_FALSE:
          return f.booleanNode(false);
        default:
          return f.nullNode();
      }
    }

    private ObjectNode object(String pointer) throws IOException {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
        JsonLocation l = p.currentTokenLocation();
        Location at = new Location(file, l.getLineNr(), l.getColumnNr());
        if (o.has(key)) {
          problems.add(new Problem(at, "'" + key + "' is given twice; keep one"));
        }
        where.put(child, at);
        p.nextToken();
        o.set(key, value(child));
      }
      return o;
    }
  }
}
