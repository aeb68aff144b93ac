package outcomes.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * The Fingertips header, exactly: 26 columns, or 27 ending "Time period range"; column 23 names
 * the parent compared with, so it is matched by pattern; any other wrong name fails naming its
 * column.
 */
class FingertipsHeaderTest {
  private static final List<String> REAL_26 = Extract.of(Extract.REAL_26).header();
  private static final List<String> REAL_27 = Extract.of(Extract.REAL_27).header();

  @Test
  void acceptsTheRealTwentySixColumnHeader() {
    assertEquals(26, REAL_26.size());
    assertTrue(FingertipsHeader.matches(REAL_26));
    FingertipsHeader.check(REAL_26, "x.csv", 1);
  }

  @Test
  void acceptsTheTwentySevenColumnHeaderWithTimePeriodRange() {
    assertEquals(27, REAL_27.size());
    assertEquals("Time period range", REAL_27.get(26));
    assertTrue(FingertipsHeader.matches(REAL_27));
  }

  @ParameterizedTest(name = "column 23 \"{0}\"")
  @ValueSource(strings = {
      "Compared to Region value or percentiles",
      "Compared to London region value or percentiles",
      "Compared to percentiles",
      "Compared to South East region value or percentiles"})
  void matchesColumn23ByPattern(String name) {
    assertTrue(FingertipsHeader.matches(withColumn(REAL_26, 23, name)), "26 columns");
    assertTrue(FingertipsHeader.matches(withColumn(REAL_27, 23, name)), "27 columns");
  }

  @ParameterizedTest(name = "column 23 \"{0}\"")
  @ValueSource(strings = {"Compared to London", "Compared to Region value", "Region percentiles"})
  void refusesAColumn23ThatIsNotAComparison(String name) {
    OutcomesException e = assertThrows(OutcomesException.class,
        () -> FingertipsHeader.check(withColumn(REAL_26, 23, name), "x.csv", 1));
    assertEquals(new Location("x.csv", 1, 23), e.location());
    assertEquals("not a Fingertips export: column 23 is '" + name
        + "', expected 'Compared to <parent> value or percentiles'", e.getMessage());
  }

  static IntStream everyColumnButThe23rd() {
    return IntStream.rangeClosed(1, 26).filter(c -> c != 23);
  }

  @ParameterizedTest(name = "column {0} misnamed")
  @MethodSource("everyColumnButThe23rd")
  void refusesAHeaderWithOneWrongNameNamingTheColumn(int column) {
    List<String> header = withColumn(REAL_26, column, "Wrong name");

    OutcomesException e = assertThrows(OutcomesException.class,
        () -> FingertipsHeader.check(header, "extract.csv", 1));
    assertEquals(OutcomesException.Kind.BAD_INPUT, e.kind());
    assertEquals(new Location("extract.csv", 1, column), e.location());
    assertEquals("not a Fingertips export: column " + column + " is 'Wrong name', expected '"
        + REAL_26.get(column - 1) + "'", e.getMessage());
    assertFalse(FingertipsHeader.matches(header));
  }

  @Test
  void refusesATwentySeventhColumnOtherThanTimePeriodRange() {
    List<String> header = withColumn(REAL_27, 27, "Time period label");

    OutcomesException e = assertThrows(OutcomesException.class,
        () -> FingertipsHeader.check(header, "extract.csv", 1));
    assertEquals(new Location("extract.csv", 1, 27), e.location());
  }

  @Test
  void refusesAHeaderOfTheWrongWidthSayingHowManyColumnsItHas() {
    List<String> header = REAL_26.subList(0, 25);

    OutcomesException e = assertThrows(OutcomesException.class,
        () -> FingertipsHeader.check(header, "extract.csv", 1));
    assertEquals(new Location("extract.csv", 1, 0), e.location());
    assertTrue(e.getMessage().startsWith("not a Fingertips export: the header has 25 columns,"
        + " expected 26 or 27"), e.getMessage());
  }

  @Test
  void toleratesSpacesAroundNames() {
    List<String> header = withColumn(REAL_26, 13, " Value ");
    assertTrue(FingertipsHeader.matches(header));
  }

  private static List<String> withColumn(List<String> header, int column, String name) {
    List<String> h = new ArrayList<>(header);
    h.set(column - 1, name);
    return h;
  }
}
