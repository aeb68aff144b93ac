package outcomes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

class TimePeriodTest {

  @ParameterizedTest(name = "\"{0}\" covers {1} to {2}")
  @CsvFileSource(resources = "/periods/periods.csv", numLinesToSkip = 1)
  void readsEveryShapeSourcesWrite(
      String text,
      YearMonth start,
      YearMonth end,
      TimePeriod.Granularity granularity,
      int years,
      long sortKey) {
    TimePeriod period = TimePeriod.parse(text);

    assertEquals(start, period.start(), "start");
    assertEquals(end, period.end(), "end");
    assertEquals(granularity, period.granularity(), "granularity");
    assertEquals(years, period.years(), "years");
    assertEquals(sortKey, period.sortKey(), "sortKey");
    assertEquals(start.plusMonths(11).equals(end), period.isSingleYear(), "isSingleYear");
    assertEquals(text.strip(), period.label(), "label");
    assertEquals(text.strip(), period.toString(), "toString");
    assertEquals(OptionalLong.empty(), period.sortable(), "sortable");
    // periods are kept in hashed sets and maps: the hash is the one their two months always gave
    assertEquals(31 * start.hashCode() + end.hashCode(), period.hashCode(), "hashCode");
  }

  @ParameterizedTest(name = "\"{0}\" is Fingertips' \"{1}\"")
  @CsvFileSource(resources = "/periods/intervals.csv", numLinesToSkip = 1)
  void readsAnIsoIntervalAsFingertipsLabelsTheSameMonths(
      String text,
      String label,
      YearMonth start,
      YearMonth end,
      TimePeriod.Granularity granularity,
      int years,
      long sortKey) {
    TimePeriod period = TimePeriod.parse(text);
    TimePeriod fingertips = TimePeriod.parse(label);

    assertEquals(label, period.label(), "label");
    assertEquals(start, period.start(), "start");
    assertEquals(end, period.end(), "end");
    assertEquals(granularity, period.granularity(), "granularity");
    assertEquals(years, period.years(), "years");
    assertEquals(sortKey, period.sortKey(), "sortKey");
    // the same period as Fingertips' label in every way a series uses
    assertEquals(fingertips, period);
    assertEquals(fingertips.hashCode(), period.hashCode());
    assertEquals(0, fingertips.compareTo(period));
    assertEquals(fingertips.sortKey(), period.sortKey());
    assertEquals(fingertips.isSingleYear(), period.isSingleYear());
  }

  @Test
  void anOnsSeriesAndAFingertipsSeriesLineUp() {
    assertSameMonths("2022-01-01/P3Y", "2022 - 24");
    assertSameMonths("2023-01-01/P1Y", "2023");
    assertSameMonths("2022-04-01/P1Y", "2022/23");
    assertSameMonths("2024-04-01/P1Y", "FYE 2025");
    assertSameMonths("2022-04-01/P1Y", "04/2022 - 03/2023");
    List<TimePeriod> mixed =
        new ArrayList<>(
            List.of(
                TimePeriod.parse("2021 - 23"),
                TimePeriod.parse("2022-01-01/P3Y"),
                TimePeriod.parse("2019-01-01/P3Y"),
                TimePeriod.parse("2020 - 22")));
    Collections.sort(mixed);
    assertEquals(List.of("2019 - 21", "2020 - 22", "2021 - 23", "2022 - 24"), labels(mixed));
  }

  @Test
  void rejectsAnIntervalThatIsNotWholeYearsOrMonths() {
    assertRejected("2022-01-15/P1Y"); // not from the first of a month
    assertRejected("2022-01-01/P1D");
    assertRejected("2022-01-01/P2W");
    assertRejected("2022-01-01/P1Y2D");
    assertRejected("2022-01-01/PT12H");
    assertRejected("2022-01-01/P1.5Y");
    assertRejected("2022-01-01/P");
    assertRejected("2022-01-01/P0Y");
    assertRejected("2022-13-01/P1Y");
    assertRejected("2022-00-01/P1Y");
    assertRejected("2022-01-01/2022-12-31"); // start and end: not read
    assertRejected("P1Y/2022-12-31");
    assertRejected("2022-01/P1Y");
    assertRejected("9999-04-01/P1Y");
  }

  @Test
  void anIntervalsRejectionIsOneLineSayingWhatAnIntervalMustBe() {
    String message = assertRejected("2022-01-15/P1Y");
    assertFalse(message.contains("\n"), message);
    assertTrue(
        message.contains("first day of a month") && message.contains("whole years or months"),
        message);
  }

  // Rejections: each names the text so an analyst can find the cell.

  @Test
  void rejectsEmptyText() {
    assertRejected("");
    assertRejected("   ");
  }

  @Test
  void rejectsFinancialYearWhoseSecondYearDoesNotFollowTheFirst() {
    assertRejected("2015/17");
  }

  @Test
  void rejectsRangeEndingBeforeItStarts() {
    assertRejected("2017 - 15");
  }

  @Test
  void rejectsQuarterWithoutYear() {
    assertRejected("Q5");
    assertRejected("Q1");
  }

  @Test
  void rejectsQuarterOutsideOneToFour() {
    assertRejected("2015 Q0");
    assertRejected("2015/16 Q5");
    assertRejected("2015/16 Q1-Q5");
  }

  @Test
  void rejectsMonthWrittenAsNumber() {
    assertRejected("13 2009");
  }

  @Test
  void rejectsUnknownMonthName() {
    assertRejected("Foo 2009");
  }

  @Test
  void rejectsFinancialRangeEndingBeforeItStarts() {
    assertRejected("2015/16 - 14/15");
    assertRejected("2006/07 Q3-Q2");
  }

  @Test
  void rejectsRandomText() {
    assertRejected("Persons, all ages");
  }

  @Test
  void rejectsRangeWhoseEndsAreWrittenDifferently() {
    assertRejected("2006 - 2007/08");
    assertRejected("2006 Q1 - Dec 2006");
  }

  @Test
  void rejectsRangeMissingAnEnd() {
    assertRejected("2015 -");
    assertRejected("- 2015");
    assertRejected("2006 - 07 - 08");
  }

  @Test
  void rejectsTwoDigitFirstYear() {
    assertRejected("06/07");
  }

  @Test
  void rejectsNegativeSortable() {
    TimePeriod period = TimePeriod.parse("2015");
    assertThrows(IllegalArgumentException.class, () -> period.withSortable(-1));
  }

  @Test
  void rejectionIsOneLineListingTheShapesAccepted() {
    String message = assertRejected("2015/17");
    assertFalse(message.contains("\n"), message);
    assertTrue(message.contains("2015/16 Q1-Q3") && message.contains("FYE 2025"), message);
  }

  // Equality and ordering

  @Test
  void labelsForTheSameMonthsAreEqual() {
    assertSameMonths("2010-14", "2010 - 14");
    assertSameMonths("FYE 2025", "2024/25");
    assertSameMonths("2011/12 to 2013/14", "2011/12 - 13/14");
    assertSameMonths("January 2009", "Jan 2009");
  }

  @Test
  void sortableTakesNoPartInEquality() {
    TimePeriod plain = TimePeriod.parse("2015");
    assertEquals(plain, plain.withSortable(20150000));
    assertNotEquals(TimePeriod.parse("2015"), TimePeriod.parse("2015/16"));
  }

  static Stream<List<String>> seriesInOrder() {
    return Stream.of(
        List.of("2008 - 10", "2009 - 11", "2010 - 12", "2011 - 13", "2012 - 14"),
        List.of("1998/99", "1999/00", "2000/01", "2001/02", "2002/03"),
        List.of("2015/16 Q1", "2015/16 Q2", "2015/16 Q3", "2015/16 Q4", "2016/17 Q1"),
        List.of("2015/16 Q1", "2015/16 Q1-Q2", "2015/16 Q1-Q3", "2015/16 Q1-Q4"),
        List.of("2006 Q3 - 2007 Q2", "2006 Q4 - 2007 Q3", "2007 Q1 - 2007 Q4", "2007 Q2 - 2008 Q1"),
        List.of("Nov 2009 - Oct 2010", "Dec 2009 - Nov 2010", "Jan 2010 - Dec 2010"),
        List.of("Nov 2009", "Dec 2009", "Jan 2010", "Feb 2010", "Mar 2010"));
  }

  @ParameterizedTest
  @MethodSource("seriesInOrder")
  void sortingAShuffledSeriesGivesCalendarOrder(List<String> inOrder) {
    List<TimePeriod> periods = new ArrayList<>();
    inOrder.forEach(text -> periods.add(TimePeriod.parse(text)));
    Collections.shuffle(periods, new Random(20240401));
    Collections.reverse(periods);

    Collections.sort(periods);

    assertEquals(inOrder, labels(periods));
  }

  @Test
  void givenSortablesDecideTheOrder() {
    List<TimePeriod> periods =
        new ArrayList<>(
            List.of(
                TimePeriod.parse("2014").withSortable(3),
                TimePeriod.parse("2015").withSortable(1),
                TimePeriod.parse("2013").withSortable(2)));

    Collections.sort(periods);

    assertEquals(List.of("2015", "2013", "2014"), labels(periods));
  }

  @Test
  void equalSortablesFallBackToTheCalendar() {
    TimePeriod later = TimePeriod.parse("2006/07 Q1-Q3").withSortable(20060000);
    TimePeriod earlier = TimePeriod.parse("2006/07 Q1-Q2").withSortable(20060000);
    assertTrue(earlier.compareTo(later) < 0);
  }

  @Test
  void sortableIsTheExtractsOwnAndWidensABareYear() {
    assertEquals(
        OptionalLong.of(20150000), TimePeriod.parse("2015").withSortable(20150000).sortable());
    assertEquals(20150000, TimePeriod.parse("2015").withSortable(2015).sortKey());
    assertEquals(20990101, TimePeriod.parse("2015").withSortable(20990101).sortKey());
  }

  private static String assertRejected(String text) {
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> TimePeriod.parse(text));
    assertTrue(thrown.getMessage().contains("\"" + text + "\""), thrown.getMessage());
    return thrown.getMessage();
  }

  private static void assertSameMonths(String a, String b) {
    TimePeriod first = TimePeriod.parse(a);
    TimePeriod second = TimePeriod.parse(b);
    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
    assertEquals(0, first.compareTo(second));
  }

  private static List<String> labels(List<TimePeriod> periods) {
    return periods.stream().map(TimePeriod::label).collect(Collectors.toList());
  }
}
