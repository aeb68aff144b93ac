package outcomes.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import outcomes.model.TimePeriod;

class TrendPeriodsTest {

  @Test
  void keepsAnEmptyPlaceForAYearARegularSeriesLacks() {
    // rough sleeping: no autumn 2023 snapshot in the data
    assertEquals(
        List.of("2021", "2022", "2023", "2024", "2025"), of("2021", "2022", "2024", "2025"));
  }

  @Test
  void labelsTheEmptyPlaceAsTheSeriesWritesItsKind() {
    assertEquals(
        List.of("2015 - 17", "2016 - 18", "2017 - 19", "2018 - 20"),
        of("2015 - 17", "2016 - 18", "2018 - 20"));
    assertEquals(
        List.of("2020/21", "2021/22", "2022/23", "2023/24"), of("2020/21", "2021/22", "2023/24"));
    assertEquals(
        List.of("FYE 2021", "FYE 2022", "2022/23", "FYE 2024"),
        of("FYE 2021", "FYE 2022", "FYE 2024"));
  }

  @Test
  void twoPeriodsSayNothingOfTheSteps() {
    assertEquals(List.of("2021/22", "2023/24"), of("2021/22", "2023/24"));
  }

  @Test
  void aSeriesPublishedEveryThreeYearsHasNoEmptyYears() {
    assertEquals(List.of("2013", "2016", "2019"), of("2013", "2016", "2019"));
    assertEquals(List.of("2013", "2016", "2019", "2022"), of("2013", "2016", "2022"));
  }

  @Test
  void leavesAnIrregularAxisAsItIs() {
    assertEquals(
        List.of("2010", "2011", "Jul 2012 - Jun 2013"), of("2010", "2011", "Jul 2012 - Jun 2013"));
    assertEquals(List.of("2010", "2011 - 13"), of("2010", "2011 - 13"));
    assertEquals(List.of("2021"), of("2021"));
    assertEquals(List.of(), of());
  }

  @Test
  void leavesAVeryLongAxisAsItIs() {
    assertEquals(List.of("1700", "2025"), of("1700", "2025"));
  }

  private static List<String> of(String... labels) {
    TreeSet<TimePeriod> periods =
        Stream.of(labels).map(TimePeriod::parse).collect(Collectors.toCollection(TreeSet::new));
    return TrendPeriods.of(periods).stream().map(TimePeriod::label).toList();
  }
}
