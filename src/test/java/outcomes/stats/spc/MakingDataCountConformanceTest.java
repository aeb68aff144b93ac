package outcomes.stats.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import outcomes.model.Goal;
import outcomes.model.Polarity;
import outcomes.model.TimePeriod;

/** XmR charts by the Making Data Count rules (conformance/making-data-count). */
class MakingDataCountConformanceTest {
  static Stream<Arguments> cases() throws IOException {
    try (InputStream in =
        MakingDataCountConformanceTest.class.getResourceAsStream(
            "/conformance/making-data-count/xmr.csv")) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(new InputStreamReader(in, StandardCharsets.UTF_8))
          .getRecords()
          .stream()
          .map(r -> Arguments.of(r.get("case"), r));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givesTheLimitsSignalsAndIconsTheRulesGive(String name, CSVRecord r) {
    List<Double> values = Arrays.stream(r.get("values").split(" ")).map(Double::valueOf).toList();
    XmrLimits limits =
        Boolean.parseBoolean(r.get("screen")) ? XmrLimits.screened(values) : XmrLimits.of(values);
    Optional<Goal> goal =
        r.get("target").isBlank()
            ? Optional.empty()
            : Optional.of(
                new Goal(
                    new Goal.Limit(Double.parseDouble(r.get("target"))),
                    false,
                    OptionalInt.empty(),
                    "test"));

    ProcessChart c =
        ProcessChart.of(
            months(values.size()), values, limits, Polarity.parse(r.get("polarity")), goal);

    assertEquals(Double.parseDouble(r.get("mean")), c.limits().mean(), 1e-9, "mean");
    assertEquals(
        Double.parseDouble(r.get("lower")), c.limits().lower(), 1e-9, "lower process limit");
    assertEquals(
        Double.parseDouble(r.get("upper")), c.limits().upper(), 1e-9, "upper process limit");
    assertEquals(
        r.get("signals"),
        String.join(" ", c.signals().stream().map(MakingDataCountConformanceTest::code).toList()));
    assertEquals(r.get("variation"), c.variation().words());
    assertEquals(r.get("assurance"), c.assurance().map(Assurance::words).orElse(""));
  }

  private static String code(Set<Signal> s) {
    StringBuilder b = new StringBuilder();
    for (Signal x : Signal.values()) {
      if (s.contains(x)) {
        b.append(
            x == Signal.OUTSIDE_LIMITS
                ? "O"
                : x == Signal.SHIFT ? "S" : x == Signal.TREND ? "T" : "2");
      }
    }
    return b.length() == 0 ? "." : b.toString();
  }

  private static List<TimePeriod> months(int n) {
    List<TimePeriod> out = new ArrayList<>();
    for (int m = 0; m < n; m++) {
      out.add(
          TimePeriod.parse(
              String.format(Locale.ROOT, "%04d-%02d-01/P1M", 2020 + m / 12, m % 12 + 1)));
    }
    return out;
  }
}
