package outcomes.app.paper;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import outcomes.model.Location;
import outcomes.model.Observation;
import outcomes.model.OutcomesException;
import outcomes.report.AreaFigure;
import outcomes.report.FrameworkView;
import outcomes.report.IndicatorView;

/**
 * The small JSON file each paper leaves beside itself, so the next paper can say what changed: what
 * the paper stood on (latest periods, the boroughs' figures, comparisons and trends, the gaps it
 * reported) and what the paper before it stood on.
 *
 * <p>A rerun on the same data compares with the same earlier state as the run before it, so the
 * same inputs keep giving the same paper: "previous" is the last state that differed.
 */
final class PaperSnapshot {
  static final int VERSION = 1;

  /** One area's figure as the paper showed it. */
  record Figure(String name, Double value, String comparison, String trend) {}

  /** One indicator (and sex): its latest period and the focus areas' figures. */
  record IndicatorState(String label, String latest, SortedMap<String, Figure> areas) {}

  /** One gap the paper reported, as `outcomes gap` computed it. */
  record GapState(
      String label,
      String areaA,
      String areaB,
      String period,
      double gap,
      Double lower,
      Double upper,
      Boolean significant,
      int decimals,
      String unit,
      boolean real) {}

  /** What one paper stood on. */
  record State(
      String dataDate,
      SortedMap<String, IndicatorState> indicators,
      SortedMap<String, GapState> gaps) {}

  /** The file: the state of the paper beside it, and of the one before that differed. */
  record File(int version, State current, State previous) {}

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .defaultPrettyPrinter(
              new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
          .build();

  private PaperSnapshot() {}

  /** The state of the framework as a paper shows it, with the gaps it reported. */
  static State state(FrameworkView view, Map<String, GapState> gaps) {
    SortedMap<String, IndicatorState> indicators = new TreeMap<>();
    for (IndicatorView v : view.indicators()) {
      SortedMap<String, Figure> areas = new TreeMap<>();
      for (AreaFigure f : v.focus()) {
        Double value =
            f.figure().filter(Observation::hasValue).map(o -> o.value().getAsDouble()).orElse(null);
        areas.put(
            f.area().code(), new Figure(f.area().name(), value, f.comparison().label(), f.trend()));
      }
      indicators.put(
          key(v),
          new IndicatorState(v.label(), v.latest().map(p -> p.label()).orElse(null), areas));
    }
    return new State(view.dataDate().toString(), indicators, new TreeMap<>(gaps));
  }

  static String key(IndicatorView v) {
    return v.indicator().id() + "|" + v.sex().label();
  }

  /** The snapshot beside a paper, if there is one; a file that cannot be read is an error. */
  static Optional<File> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      File f = JSON.readValue(Files.readAllBytes(file), File.class);
      if (f.version() != VERSION || f.current() == null) {
        throw new IOException("not a version " + VERSION + " snapshot");
      }
      return Optional.of(f);
    } catch (IOException e) {
      throw OutcomesException.badInput(
          Location.of(file.toString()),
          "the previous paper's snapshot cannot"
              + " be read ("
              + e.getMessage().lines().findFirst().orElse("")
              + "): delete it to start afresh,"
              + " and the next paper will say there is no previous paper to compare with");
    }
  }

  /**
   * What this paper compares with, and the file to leave beside it: when the state is the one the
   * last paper stood on, the comparison is with what that paper compared with, so a rerun gives the
   * same paper.
   */
  static File next(Optional<File> before, State now) {
    if (before.isEmpty()) {
      return new File(VERSION, now, null);
    }
    File b = before.get();
    return b.current().equals(now)
        ? new File(VERSION, now, b.previous())
        : new File(VERSION, now, b.current());
  }

  static byte[] bytes(File f) {
    try {
      return (JSON.writeValueAsString(f) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("a snapshot is always writable as JSON", e);
    }
  }
}
