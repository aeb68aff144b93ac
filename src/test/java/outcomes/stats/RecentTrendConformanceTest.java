package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.model.Polarity;
import outcomes.model.ValueType;

/** Series whose recent trend Fingertips' rule decides (conformance/fingertips-trends). */
class RecentTrendConformanceTest {
  static Stream<Arguments> cases() throws IOException {
    Map<String, List<CSVRecord>> byCase = new LinkedHashMap<>();
    try (InputStream in =
        RecentTrendConformanceTest.class.getResourceAsStream(
            "/conformance/fingertips-trends/recent-trend.csv")) {
      for (CSVRecord r :
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        byCase.computeIfAbsent(r.get("case"), k -> new ArrayList<>()).add(r);
      }
    }
    return byCase.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givesTheTrendFingertipsGives(String name, List<CSVRecord> rows) {
    List<Observation> series = new ArrayList<>();
    for (CSVRecord r : rows) {
      series.add(
          Observations.of(
              "E92000001",
              r.get("period"),
              Double.parseDouble(r.get("value")),
              new Interval(
                  Double.parseDouble(r.get("lower_95")), Double.parseDouble(r.get("upper_95"))),
              null,
              number(r.get("count")),
              number(r.get("denominator"))));
    }
    CSVRecord first = rows.get(0);
    assertEquals(
        first.get("expected"),
        RecentTrends.assess(
                series,
                ValueType.parse(first.get("value_type")),
                Polarity.parse(first.get("polarity")))
            .label());
  }

  private static OptionalDouble number(String text) {
    return text.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(text));
  }
}
