package outcomes.fetch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * The manifest as JSON ({@value #NAME} beside the extracts): pretty, keys sorted, the same bytes
 * for the same entries. Unknown keys are ignored so a newer tool can add some.
 */
public final class ManifestFile {
  public static final String NAME = "fetch-manifest.json";
  private static final int FORMAT = 1;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();

  private ManifestFile() {}

  /** The manifest's JSON, ending in a newline. */
  public static byte[] toJson(Manifest manifest) {
    List<Entry> entries = manifest.entries().stream().map(Entry::of).toList();
    try {
      return (MAPPER.writeValueAsString(new Doc(FORMAT, entries)) + "\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a manifest is always writable", e);
    }
  }

  /** Reads a manifest, failing with the file, line and column when it is not one. */
  public static Manifest read(Path file) {
    Doc doc;
    try {
      doc = MAPPER.readValue(Files.readAllBytes(file), Doc.class);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      Location where =
          at == null
              ? Location.of(file.toString())
              : new Location(
                  file.toString(), Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
      throw OutcomesException.badInput(
          where,
          "not a fetch manifest ("
              + firstLine(e.getOriginalMessage())
              + "): run outcomes fetch again to remake it");
    } catch (java.io.CharConversionException e) {
      // bytes that are not text: a damaged file, not a missing one
      throw OutcomesException.badInput(
          Location.of(file.toString()),
          "not a fetch manifest (not UTF-8 text):" + " run outcomes fetch again to remake it");
    } catch (IOException e) {
      throw OutcomesException.missingInput(
          Location.of(file.toString()), "cannot be read: " + e.getMessage());
    }
    if (doc == null || doc.format() != FORMAT || doc.indicators() == null) {
      throw OutcomesException.badInput(
          Location.of(file.toString()),
          "not a fetch manifest of format " + FORMAT + ": run outcomes fetch again to remake it");
    }
    try {
      return new Manifest(doc.indicators().stream().map(Entry::toEntry).toList());
    } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
      throw OutcomesException.badInput(
          Location.of(file.toString()),
          "a fetch manifest entry is wrong ("
              + e.getMessage()
              + "): run outcomes fetch again to remake it");
    }
  }

  private static String firstLine(String s) {
    String m = s == null ? "unreadable" : s;
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** The file's top level. */
  record Doc(int format, List<Entry> indicators) {}

  /** One entry as written: the retrieval time as ISO-8601 text. */
  record Entry(
      String indicator,
      int fingertipsId,
      String url,
      String file,
      String retrieved,
      long bytes,
      String sha256,
      long rows,
      String latestPeriod) {
    static Entry of(ManifestEntry e) {
      return new Entry(
          e.indicator(),
          e.fingertipsId(),
          e.url(),
          e.file(),
          e.retrieved().toString(),
          e.bytes(),
          e.sha256(),
          e.rows(),
          e.latestPeriod());
    }

    ManifestEntry toEntry() {
      return new ManifestEntry(
          indicator,
          fingertipsId,
          url,
          file,
          Instant.parse(retrieved),
          bytes,
          sha256,
          rows,
          latestPeriod);
    }
  }
}
