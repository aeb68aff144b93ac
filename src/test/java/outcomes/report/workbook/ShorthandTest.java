package outcomes.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shorthand for a value a source left out follows the marker or note it wrote instead. */
class ShorthandTest {
  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "x | [x]",
        "NA | [x]",
        "Value missing in source data | [x]",
        "'' | [x]",
        "u | [u]",
        "[u] | [u]",
        "[low] | [u]",
        "c | [c]",
        "[c] | [c]",
        "Value suppressed for disclosure control due to small count | [c]",
        "z | [z]",
        "[z] | [z]",
      })
  void aMissingValueTakesTheShorthandOfItsSourcesMarker(String note, String symbol) {
    assertEquals(symbol, Shorthand.forMissingValue(note).symbol);
  }

  @ParameterizedTest
  @CsvSource({"NOT_AVAILABLE, [x] [note 5]", "NOT_APPLICABLE, [z] [note 5]"})
  void aShorthandIsWrittenWithItsNote(Shorthand s, String written) {
    assertEquals(written, s.with("[note 5]"));
  }
}
