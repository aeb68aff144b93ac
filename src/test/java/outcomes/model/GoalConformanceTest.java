package outcomes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Figures against goals by Fingertips' compared-to-goal rules (conformance/fingertips-goals): its
 * own test cases restated, and this project's boundaries. Every status comes with its words.
 */
class GoalConformanceTest {
  private static final Unit PERCENT = new Unit("%", 1);

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in =
        GoalConformanceTest.class.getResourceAsStream(
            "/conformance/fingertips-goals/compared-to-goal.csv")) {
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
  void givesTheStatusFingertipsGives(String name, CSVRecord r) {
    Goal.Threshold t =
        r.get("limit").isBlank()
            ? new Goal.Range(Double.parseDouble(r.get("lower")), Double.parseDouble(r.get("upper")))
            : new Goal.Limit(Double.parseDouble(r.get("limit")));
    Goal goal = new Goal(t, Boolean.parseBoolean(r.get("use_ci")), OptionalInt.empty(), "a test");
    Optional<Interval> ci =
        r.get("lower_95").isBlank()
            ? Optional.empty()
            : Optional.of(
                new Interval(
                    Double.parseDouble(r.get("lower_95")), Double.parseDouble(r.get("upper_95"))));

    Goal.Judged j =
        goal.judge(number(r.get("value")), ci, Polarity.parse(r.get("polarity")), PERCENT);

    assertEquals(r.get("expected"), j.status().label());
    assertFalse(j.words().isBlank(), "a colour never comes without its words");
  }

  @Test
  void theWordsSayWhyInTheGoalsOwnTerms() {
    Goal dementia = new Goal(new Goal.Limit(66.7), false, OptionalInt.empty(), "NHS England");
    Goal pm25 = new Goal(new Goal.Limit(10), true, OptionalInt.of(2040), "Defra");
    Unit ugm3 = new Unit("µg/m³", 2);

    assertEquals(
        "meets the goal of 66.7% or more",
        dementia
            .judge(OptionalDouble.of(78.2), Optional.empty(), Polarity.HIGH_IS_GOOD, PERCENT)
            .words());
    assertEquals(
        "cannot be told from the goal of 10 µg/m³ or less: its 95% interval includes 10 µg/m³",
        pm25.judge(
                OptionalDouble.of(10.5),
                Optional.of(new Interval(9, 12)),
                Polarity.LOW_IS_GOOD,
                ugm3)
            .words());
    assertEquals("10 µg/m³ or less by 2040 (Defra)", pm25.describe(Polarity.LOW_IS_GOOD, ugm3));
    assertEquals(
        "19% to 21% (Board)",
        new Goal(new Goal.Range(19, 21), false, OptionalInt.empty(), "Board")
            .describe(Polarity.HIGH_IS_GOOD, PERCENT));
  }

  @Test
  void aGoalNobodySetOrARangeJudgedOnItsIntervalIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Goal(new Goal.Limit(1), false, OptionalInt.empty(), " "));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Goal(new Goal.Range(1, 2), true, OptionalInt.empty(), "X"));
    assertThrows(IllegalArgumentException.class, () -> new Goal.Range(2, 1));
    assertThrows(IllegalArgumentException.class, () -> new Goal.Limit(Double.NaN));
    assertTrue(
        new Goal(new Goal.Range(1, 1), false, OptionalInt.empty(), "X").threshold()
            instanceof Goal.Range,
        "a range of one value is allowed, as in Fingertips");
  }

  private static OptionalDouble number(String text) {
    return text.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(text));
  }
}
