package outcomes.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import outcomes.model.Cadence;
import outcomes.model.TimePeriod;

/** The freshness rule, one row per case: period shapes, month ends, leap years, cadences. */
class FreshnessTest {

  @ParameterizedTest(
      name = "{0} every {1} months, published in month {2} (+{3} days), as of {4}: {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # latest period     |months|pub|grace| as of     | status | expected by| stale after| behind
      # calendar year: next period 2024 ends Dec 2024, released May 2025
      2023                | 12 | 5  | 90  | 2025-04-30 | fresh  | 2025-05-31 | 2025-08-29 | 0
      2023                | 12 | 5  | 90  | 2025-05-01 | due    | 2025-05-31 | 2025-08-29 | 1
      2023                | 12 | 5  | 90  | 2025-05-31 | due    | 2025-05-31 | 2025-08-29 | 1
      2023                | 12 | 5  | 90  | 2025-08-29 | due    | 2025-05-31 | 2025-08-29 | 1
      2023                | 12 | 5  | 90  | 2025-08-30 | stale  | 2025-05-31 | 2025-08-29 | 1
      2023                | 12 | 5  | 90  | 2026-05-01 | stale  | 2025-05-31 | 2025-08-29 | 2
      # February in a leap year and in a common year; zero grace ends with the month
      2022                | 12 | 2  | 0   | 2024-02-29 | due    | 2024-02-29 | 2024-02-29 | 1
      2022                | 12 | 2  | 0   | 2024-03-01 | stale  | 2024-02-29 | 2024-02-29 | 1
      2023                | 12 | 2  | 0   | 2025-02-28 | due    | 2025-02-28 | 2025-02-28 | 1
      2023                | 12 | 2  | 0   | 2025-03-01 | stale  | 2025-02-28 | 2025-02-28 | 1
      # grace running over a leap day: 2024-01-31 + 30 days
      2022                | 12 | 1  | 30  | 2024-03-01 | due    | 2024-01-31 | 2024-03-01 | 1
      2022                | 12 | 1  | 30  | 2024-03-02 | stale  | 2024-01-31 | 2024-03-01 | 1
      # financial years end in March: 2024/25 ends Mar 2025
      2023/24             | 12 | 10 | 90  | 2025-09-30 | fresh  | 2025-10-31 | 2026-01-29 | 0
      2023/24             | 12 | 10 | 90  | 2026-01-30 | stale  | 2025-10-31 | 2026-01-29 | 1
      2023/24             | 12 | 4  | 90  | 2025-04-01 | due    | 2025-04-30 | 2025-07-29 | 1
      FYE 2024            | 12 | 4  | 90  | 2025-04-01 | due    | 2025-04-30 | 2025-07-29 | 1
      # released in the month its period ends? Not that month: the next year's
      FYE 2025            | 12 | 3  | 90  | 2026-11-23 | fresh  | 2027-03-31 | 2027-06-29 | 0
      # three-year periods published yearly: 2019 - 21 follows 2018 - 20
      2018 - 20           | 12 | 12 | 90  | 2022-11-30 | fresh  | 2022-12-31 | 2023-03-31 | 0
      2018 - 20           | 12 | 12 | 90  | 2023-03-31 | due    | 2022-12-31 | 2023-03-31 | 1
      2018 - 20           | 12 | 12 | 90  | 2023-04-01 | stale  | 2022-12-31 | 2023-03-31 | 1
      2018 - 20           | 12 | 12 | 90  | 2024-12-01 | stale  | 2022-12-31 | 2023-03-31 | 3
      2018-2020           | 12 | 12 | 90  | 2023-04-01 | stale  | 2022-12-31 | 2023-03-31 | 1
      # the same period on a 36-month cadence: 2021 - 23 next, out Dec 2024
      2018 - 20           | 36 | 12 | 90  | 2023-04-01 | fresh  | 2024-12-31 | 2025-03-31 | 0
      2018 - 20           | 36 | 12 | 90  | 2024-12-01 | due    | 2024-12-31 | 2025-03-31 | 1
      2018 - 20           | 36 | 12 | 90  | 2027-12-01 | stale  | 2024-12-31 | 2025-03-31 | 2
      # a census: ten years, a year's grace (2032 is a leap year)
      2021                | 120| 6  | 365 | 2026-11-23 | fresh  | 2032-06-30 | 2033-06-30 | 0
      2021                | 120| 6  | 365 | 2033-07-01 | stale  | 2032-06-30 | 2033-06-30 | 1
      # two-yearly, and eighteen-monthly (release months May and Nov)
      2021                | 24 | 9  | 60  | 2024-09-01 | due    | 2024-09-30 | 2024-11-29 | 1
      2020                | 18 | 5  | 60  | 2022-10-31 | fresh  | 2022-11-30 | 2023-01-29 | 0
      # rolling twelve months (ONS), and a year running December to November
      10/2022 - 09/2023   | 12 | 4  | 90  | 2025-04-15 | due    | 2025-04-30 | 2025-07-29 | 1
      Dec 2023 - Nov 2024 | 12 | 12 | 30  | 2025-12-01 | due    | 2025-12-31 | 2026-01-30 | 1
      # quarterly data published in Feb, May, Aug and Nov
      2024 Q3             | 3  | 2  | 30  | 2025-01-31 | fresh  | 2025-02-28 | 2025-03-30 | 0
      2024 Q3             | 3  | 2  | 30  | 2025-03-31 | stale  | 2025-02-28 | 2025-03-30 | 1
      2024 Q3             | 3  | 11 | 30  | 2025-05-01 | stale  | 2025-02-28 | 2025-03-30 | 2
      2024/25 Q4          | 3  | 8  | 30  | 2025-07-31 | fresh  | 2025-08-31 | 2025-09-30 | 0
      2024/25 Q4          | 3  | 8  | 30  | 2025-08-01 | due    | 2025-08-31 | 2025-09-30 | 1
      # monthly, published the month after the next month ends
      Jan 2025            | 1  | 7  | 14  | 2025-03-14 | due    | 2025-03-31 | 2025-04-14 | 1
      Jan 2025            | 1  | 7  | 14  | 2025-04-15 | stale  | 2025-03-31 | 2025-04-14 | 2
      # over the year end: published in January
      2023                | 12 | 1  | 90  | 2024-12-31 | fresh  | 2025-01-31 | 2025-05-01 | 0
      """)
  void judgesFromTheLatestPeriod(
      String period,
      int months,
      int publicationMonth,
      int grace,
      LocalDate asOf,
      String status,
      LocalDate expectedBy,
      LocalDate staleAfter,
      int behind) {
    Cadence cadence = new Cadence(months, publicationMonth, grace);

    Verdict v = Freshness.judge(cadence, Evidence.of(TimePeriod.parse(period)), asOf);

    assertEquals(status, v.status().label(), v.reason());
    Release next = v.next().orElseThrow();
    assertEquals(expectedBy, next.expectedBy(), v.reason());
    assertEquals(staleAfter, next.staleAfter(), v.reason());
    assertEquals(expectedBy.withDayOfMonth(1), next.dueFrom());
    assertEquals(behind, v.releasesBehind(), v.reason());
    assertEquals(period, v.latest().orElseThrow().label());
  }

  @ParameterizedTest(name = "every {0} months, publishing in month {1}: after {2} comes {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      12 | 5  | 2024-12 | 2025-05
      12 | 12 | 2024-12 | 2025-12
      12 | 12 | 2024-11 | 2024-12
      12 | 1  | 2024-12 | 2025-01
      36 | 6  | 2024-06 | 2025-06
      3  | 2  | 2024-12 | 2025-02
      3  | 2  | 2025-02 | 2025-05
      3  | 11 | 2025-02 | 2025-05
      6  | 3  | 2025-03 | 2025-09
      1  | 4  | 2025-06 | 2025-07
      5  | 4  | 2025-06 | 2025-07
      18 | 5  | 2022-06 | 2022-11
      """)
  void releasesInTheFirstPublicationMonthAfterThePeriod(
      int months, int publicationMonth, YearMonth periodEnd, YearMonth expected) {
    assertEquals(
        expected, Freshness.releaseMonthAfter(new Cadence(months, publicationMonth, 0), periodEnd));
  }

  @Test
  void saysWhyInEachState() {
    Cadence cadence = new Cadence(12, 5, 90);
    Evidence e = Evidence.of(TimePeriod.parse("2023/24"));

    assertEquals(
        "next release, for the period ending Mar 2025, expected in May 2025",
        Freshness.judge(cadence, e, LocalDate.of(2025, 4, 1)).reason());
    assertEquals(
        "the release for the period ending Mar 2025 is expected this month (May 2025);"
            + " overdue after 2025-08-29",
        Freshness.judge(cadence, e, LocalDate.of(2025, 5, 2)).reason());
    assertEquals(
        "the release for the period ending Mar 2025 was expected in May 2025 and is not in"
            + " the data; overdue after 2025-08-29",
        Freshness.judge(cadence, e, LocalDate.of(2025, 6, 1)).reason());
    assertEquals(
        "the release for the period ending Mar 2025 was expected in May 2025 and is not in"
            + " the data; 90 days' grace ended 2025-08-29",
        Freshness.judge(cadence, e, LocalDate.of(2025, 9, 1)).reason());
    assertEquals(
        "the release for the period ending Mar 2025 was expected in May 2025 and is not in"
            + " the data; 90 days' grace ended 2025-08-29 (3 releases behind)",
        Freshness.judge(cadence, e, LocalDate.of(2027, 5, 1)).reason());
  }

  @Test
  void isUnknownWithoutARealPeriod() {
    Cadence cadence = new Cadence(12, 5, 90);

    Verdict none =
        Freshness.judge(
            cadence,
            new Evidence(Optional.empty(), false, Optional.empty()),
            LocalDate.of(2025, 1, 1));
    Verdict illustrative =
        Freshness.judge(
            cadence,
            new Evidence(Optional.empty(), true, Optional.empty()),
            LocalDate.of(2025, 1, 1));

    assertEquals(Status.UNKNOWN, none.status());
    assertEquals(Optional.empty(), none.next());
    assertEquals(
        "no period in its data: check the data files with outcomes validate", none.reason());
    assertEquals(Status.UNKNOWN, illustrative.status());
    assertEquals("only illustrative data: no real release to judge from", illustrative.reason());
  }

  @Test
  void aNewerFetchedExtractMakesAFreshIndicatorDue() {
    Cadence cadence = new Cadence(12, 5, 90);
    Fetched fetched =
        new Fetched(
            Instant.parse("2025-04-10T08:30:00Z"), Optional.of(TimePeriod.parse("2024/25")));
    Evidence e =
        new Evidence(Optional.of(TimePeriod.parse("2023/24")), false, Optional.of(fetched));

    Verdict v = Freshness.judge(cadence, e, LocalDate.of(2025, 4, 20));

    assertEquals(Status.DUE, v.status());
    assertEquals(
        "the release for the period ending Mar 2025, expected in May 2025, is already out;"
            + " a newer extract (latest 2024/25) was fetched on 2025-04-10 but is not in the data read: check it with outcomes validate",
        v.reason());
  }

  @Test
  void aNewerFetchedExtractLeavesAStaleIndicatorStale() {
    Cadence cadence = new Cadence(12, 5, 90);
    Fetched fetched =
        new Fetched(
            Instant.parse("2025-10-01T00:00:00Z"), Optional.of(TimePeriod.parse("2024/25")));
    Evidence e =
        new Evidence(Optional.of(TimePeriod.parse("2023/24")), false, Optional.of(fetched));

    Verdict v = Freshness.judge(cadence, e, LocalDate.of(2025, 10, 2));

    assertEquals(Status.STALE, v.status());
    assertTrue(
        v.reason()
            .endsWith(
                "; a newer extract (latest 2024/25) was fetched on 2025-10-01"
                    + " but is not in the data read: check it with outcomes validate"),
        v.reason());
  }

  @Test
  void aFetchSinceTheReleaseWasDueThatFoundNothingNewerSaysSo() {
    Cadence cadence = new Cadence(12, 5, 90);
    Fetched fetched =
        new Fetched(
            Instant.parse("2025-06-02T23:59:59Z"), Optional.of(TimePeriod.parse("FYE 2024")));
    Evidence e =
        new Evidence(Optional.of(TimePeriod.parse("2023/24")), false, Optional.of(fetched));

    Verdict v = Freshness.judge(cadence, e, LocalDate.of(2025, 6, 3));

    assertEquals(Status.DUE, v.status());
    assertTrue(
        v.reason().endsWith("; the extract fetched on 2025-06-02 has nothing newer"), v.reason());
  }

  @Test
  void aFetchBeforeTheReleaseWasDueIsJustDated() {
    Cadence cadence = new Cadence(12, 5, 90);
    Fetched fetched = new Fetched(Instant.parse("2025-01-02T00:00:00Z"), Optional.empty());
    Evidence e =
        new Evidence(Optional.of(TimePeriod.parse("2023/24")), false, Optional.of(fetched));

    Verdict v = Freshness.judge(cadence, e, LocalDate.of(2025, 6, 3));

    assertEquals(Status.DUE, v.status());
    assertTrue(v.reason().endsWith("; last fetched on 2025-01-02"), v.reason());
  }

  @Test
  void anUnknownIndicatorPointsAtARealFetchedExtract() {
    Cadence cadence = new Cadence(12, 5, 90);
    Fetched fetched =
        new Fetched(
            Instant.parse("2025-01-02T00:00:00Z"), Optional.of(TimePeriod.parse("2023/24")));

    Verdict v =
        Freshness.judge(
            cadence,
            new Evidence(Optional.empty(), true, Optional.of(fetched)),
            LocalDate.of(2025, 6, 3));

    assertEquals(Status.UNKNOWN, v.status());
    assertEquals(
        "only illustrative data: no real release to judge from; an extract fetched on"
            + " 2025-01-02 has real data (latest 2023/24) that the catalogue does not read: check it with outcomes validate",
        v.reason());
  }

  @Test
  void countsReleasesDueByADay() {
    Cadence yearly = new Cadence(12, 12, 90);
    YearMonth end = YearMonth.of(2020, 12);

    // 2021 is released in Dec 2022, 2022 in Dec 2023, and so on
    assertEquals(0, Freshness.releasesDue(yearly, end, LocalDate.of(2022, 11, 30)));
    assertEquals(1, Freshness.releasesDue(yearly, end, LocalDate.of(2022, 12, 1)));
    assertEquals(4, Freshness.releasesDue(yearly, end, LocalDate.of(2026, 11, 23)));
  }

  @Test
  void refusesInconsistentRecords() {
    YearMonth may = YearMonth.of(2025, 5);
    assertThrows(
        IllegalArgumentException.class, () -> new Release(may, may, LocalDate.of(2025, 6, 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Release(YearMonth.of(2025, 3), may, LocalDate.of(2025, 5, 30)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Evidence(Optional.of(TimePeriod.parse("2020")), true, Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Verdict(Status.FRESH, Optional.empty(), Optional.empty(), 0, "why"));
    assertThrows(
        IllegalArgumentException.class, () -> Freshness.release(new Cadence(12, 5, 90), may, 0));
  }
}
