package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import outcomes.stats.Conformance.Row;

class QuantilesTest {

  /** One argument set per group: its rows, in file order. */
  static Stream<Arguments> groups() {
    Map<String, List<Row>> groups =
        Conformance.rows("quantiles.csv").stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.text("case") + " " + r.text("group_key"),
                    LinkedHashMap::new,
                    Collectors.toList()));
    return groups.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("groups")
  void matchesPheIndicatorMethods(String group, List<Row> rows) {
    Row first = rows.get(0);
    List<OptionalDouble> values = rows.stream().map(r -> r.optional("value")).toList();
    List<OptionalInt> quantiles =
        Quantiles.assign(
            values, (int) first.number("nquantiles"), first.text("invert").equals("true"));
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      OptionalDouble expected = row.optional("expected_quantile");
      OptionalInt actual = quantiles.get(i);
      assertEquals(
          expected.isPresent() ? OptionalInt.of((int) expected.getAsDouble()) : OptionalInt.empty(),
          actual,
          row.toString());
    }
  }

  @Test
  void fewerValuesThanQuantilesGiveNone() {
    List<OptionalInt> none =
        Quantiles.assign(List.of(OptionalDouble.of(1), OptionalDouble.of(2)), 3, false);
    assertEquals(List.of(OptionalInt.empty(), OptionalInt.empty()), none);
  }

  @Test
  void rejectsZeroQuantiles() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Quantiles.assign(List.of(OptionalDouble.of(1)), 0, false));
  }
}
