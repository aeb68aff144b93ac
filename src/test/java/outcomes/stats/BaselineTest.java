package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import outcomes.model.TimePeriod;

/** The baseline: the strategy's declared period, else the latest out before the baseline date. */
class BaselineTest {
  private static final List<TimePeriod> YEARS = List.of(p("2020"), p("2021"), p("2022"), p("2023"));
  private static final LocalDate APRIL_2023 = LocalDate.of(2023, 4, 1);

  /** Each calendar year released in April of the next, as the unemployment cadence expects. */
  private static LocalDate releasedFrom(TimePeriod period) {
    return LocalDate.of(period.end().getYear() + 1, 4, 1);
  }

  @Test
  void theDeclaredPeriodWinsEvenWithoutItsFigure() {
    Baseline b =
        Baseline.choose(
            Optional.of(p("2019")), Optional.of(APRIL_2023), YEARS, BaselineTest::releasedFrom);

    assertEquals(Optional.of(p("2019")), b.period());
    assertEquals("the period the strategy cites, declared in the indicator file", b.basis());
  }

  @Test
  void otherwiseTheLatestReleasedBeforeTheDate() {
    Baseline b =
        Baseline.choose(
            Optional.empty(),
            Optional.of(LocalDate.of(2023, 4, 2)),
            YEARS,
            BaselineTest::releasedFrom);

    assertEquals(
        Optional.of(p("2022")), b.period(), "2022, out on 1 April 2023, is before 2 April");
    assertEquals(
        "the latest period out before 2023-04-02 (framework.yaml's baseline-date), by the indicator's"
            + " cadence",
        b.basis());
  }

  @Test
  void aReleaseOnTheDateItselfIsNotBeforeIt() {
    Baseline b =
        Baseline.choose(
            Optional.empty(), Optional.of(APRIL_2023), YEARS, BaselineTest::releasedFrom);

    assertEquals(Optional.of(p("2021")), b.period());
  }

  @Test
  void withoutADateOrAnEarlierPeriodThereIsNone() {
    assertEquals(
        "no baseline: the indicator file declares none and framework.yaml has no baseline-date",
        Baseline.choose(Optional.empty(), Optional.empty(), YEARS, BaselineTest::releasedFrom)
            .basis());
    Baseline none =
        Baseline.choose(
            Optional.empty(),
            Optional.of(LocalDate.of(2020, 1, 1)),
            YEARS,
            BaselineTest::releasedFrom);
    assertEquals(Optional.empty(), none.period());
    assertEquals("no baseline: no period in the data was out before 2020-01-01", none.basis());
  }

  private static TimePeriod p(String label) {
    return TimePeriod.parse(label);
  }
}
