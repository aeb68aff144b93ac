package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the PHEindicatormethods conformance CSVs and compares results at stated tolerances. */
final class Conformance {
  private static final String FOLDER = "/conformance/phe-methods/";

  private Conformance() {}

  /** One CSV row: its cells by column name, and its line for messages. An empty cell is NA. */
  record Row(String file, long line, Map<String, String> cells) {
    String text(String column) {
      String cell = cells.get(column);
      if (cell == null) {
        throw new IllegalArgumentException(file + " has no column " + column);
      }
      return cell;
    }

    boolean isEmpty(String column) {
      return text(column).isEmpty();
    }

    OptionalDouble optional(String column) {
      return isEmpty(column)
          ? OptionalDouble.empty()
          : OptionalDouble.of(Double.parseDouble(text(column)));
    }

    double number(String column) {
      return optional(column)
          .orElseThrow(() -> new IllegalArgumentException(this + ": " + column + " is empty"));
    }

    @Override
    public String toString() {
      return file + ":" + line;
    }
  }

  static List<Row> rows(String file) {
    String resource = FOLDER + file;
    try (InputStream in = Conformance.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      List<Row> rows = new ArrayList<>();
      try (CSVParser parser = CSVParser.parse(reader, format)) {
        for (CSVRecord record : parser) {
          // line 1 is the header, so a record's number plus one is its line
          rows.add(new Row(file, record.getRecordNumber() + 1, record.toMap()));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Row> rows(String file, Predicate<Row> keep) {
    return rows(file).stream().filter(keep).collect(Collectors.toList());
  }

  /** How close a computed value must be to the expected one. */
  record Tolerance(double relative, double absolute) {
    static Tolerance relative(double tolerance) {
      return new Tolerance(tolerance, 0);
    }

    static Tolerance absolute(double tolerance) {
      return new Tolerance(0, tolerance);
    }

    boolean accepts(double expected, double actual) {
      double allowed = Math.max(relative * Math.abs(expected), absolute);
      return expected == actual || Math.abs(actual - expected) <= allowed;
    }
  }

  /** Expected and actual must both be absent, or both present and within tolerance. */
  static void assertClose(
      Row row, String what, OptionalDouble expected, OptionalDouble actual, Tolerance tolerance) {
    if (expected.isEmpty()) {
      assertTrue(actual.isEmpty(), () -> row + " " + what + ": expected absent, got " + actual);
      return;
    }
    if (actual.isEmpty()) {
      fail(row + " " + what + ": expected " + expected.getAsDouble() + ", got absent");
    }
    double e = expected.getAsDouble();
    double a = actual.getAsDouble();
    assertTrue(
        tolerance.accepts(e, a),
        () -> row + " " + what + ": expected " + e + ", got " + a + " (" + tolerance + ")");
  }

  /** The column's value (empty cell = absent) against the actual value. */
  static void assertColumn(Row row, String column, OptionalDouble actual, Tolerance tolerance) {
    assertClose(row, column, row.optional(column), actual, tolerance);
  }

  static void assertColumn(Row row, String column, double actual, Tolerance tolerance) {
    assertColumn(row, column, OptionalDouble.of(actual), tolerance);
  }

  static void assertText(Row row, String column, String actual) {
    assertEquals(row.text(column), actual, () -> row + " " + column);
  }
}
