package outcomes.app.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeColumnTest {
  @ParameterizedTest(name = "''{0}'' starts at {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0-4|0",
        "00-04|0",
        "5-9|5",
        "90+|90",
        "85 and over|85",
        "Aged 45-49|45",
        "<1|0",
        "Under 1|0",
        "under 5|0",
        "1-4|1",
        "0|0",
        "90|90",
        "children|-1",
        "''|-1",
        "1000-1004|-1",
      })
  void readsTheFirstAgeOfABandLabel(String label, int start) {
    assertEquals(start, AgeColumn.startOfLabel(label.strip()));
  }
}
