package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The PHEindicatormethods conformance vectors as calc inputs, and calc's output read back, so that
 * the CLI's numbers are checked against R's, not against the library's own.
 */
final class CalcVectors {
  private CalcVectors() {}

  /** A vector file, from the test classpath. */
  static Path file(String name) {
    try {
      return Path.of(CalcVectors.class.getResource("/conformance/phe-methods/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  /** A CSV file's rows as maps from column to cell, in order. */
  static List<Map<String, String>> rows(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** calc's CSV output as maps from column to cell. */
  static List<Map<String, String>> parse(String csv) {
    try {
      return parse(new StringReader(csv));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Map<String, String>> parse(Reader r) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<Map<String, String>> rows = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(r, format)) {
      for (CSVRecord rec : p) {
        rows.add(new LinkedHashMap<>(rec.toMap()));
      }
    }
    return rows;
  }

  /** Writes rows (all with the same columns) as a CSV file. */
  static Path write(Path file, List<Map<String, String>> rows) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      p.printRecord(rows.get(0).keySet());
      for (Map<String, String> row : rows) {
        p.printRecord(row.values());
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of a vector file that pass the filter, as a new input file. */
  static Path subset(Path dir, String vector, Predicate<Map<String, String>> keep) {
    List<Map<String, String>> kept = rows(file(vector)).stream().filter(keep).toList();
    assertTrue(!kept.isEmpty(), "no rows of " + vector + " kept");
    return write(dir.resolve("subset-" + System.nanoTime() + "-" + vector), kept);
  }

  /** Runs calc and returns its output rows; it must succeed with nothing on stderr. */
  static List<Map<String, String>> calc(String... args) {
    List<String> all = new ArrayList<>(List.of("calc"));
    all.addAll(List.of(args));
    all.addAll(List.of("--out", "-"));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    assertEquals(0, run.code(), run.toString());
    assertEquals("", run.err(), run.toString());
    return parse(run.out());
  }

  /** The output row for each key, checking that every key appears once. */
  static Map<String, Map<String, String>> byKey(
      List<Map<String, String>> rows, Function<Map<String, String>, String> key) {
    Map<String, Map<String, String>> map = new LinkedHashMap<>();
    for (Map<String, String> row : rows) {
      if (map.put(key.apply(row), row) != null) {
        fail("two output rows for " + key.apply(row));
      }
    }
    return map;
  }

  /**
   * An output cell against an expected cell: both empty, or numbers within the tolerance (relative,
   * or absolute, whichever is larger).
   */
  static void assertNumber(
      String what, String expected, String actual, double relative, double absolute) {
    if (expected.isEmpty()) {
      assertEquals("", actual, what + ": expected empty");
      return;
    }
    assertTrue(!actual.isEmpty(), what + ": expected " + expected + ", got empty");
    assertTrue(!actual.contains("E") && !actual.contains("e"), what + ": exponent in " + actual);
    double e = Double.parseDouble(expected);
    double a = Double.parseDouble(actual);
    double allowed = Math.max(relative * Math.abs(e), absolute);
    assertTrue(
        Math.abs(a - e) <= allowed,
        what + ": expected " + expected + ", got " + actual + " (allowed " + allowed + ")");
  }

  /** value and the 95% and 99.8% limits against expected_value, expected_lower95_0cl, … */
  static void assertLimits(
      String what,
      Map<String, String> expected,
      Map<String, String> actual,
      double relative,
      double absolute,
      String... columns) {
    for (String column : columns) {
      assertNumber(
          what + " " + column,
          expected.get("expected_" + column),
          actual.get(column),
          relative,
          absolute);
    }
  }

  static final String[] BOTH_LEVELS = {
    "value", "lower95_0cl", "upper95_0cl", "lower99_8cl", "upper99_8cl"
  };
  static final String[] LEVEL_95 = {"value", "lower95_0cl", "upper95_0cl"};
}
