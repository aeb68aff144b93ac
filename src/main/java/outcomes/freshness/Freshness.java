package outcomes.freshness;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import outcomes.model.Cadence;
import outcomes.model.TimePeriod;

/**
 * The freshness rule: from an indicator's cadence, the latest real period in its data and its last
 * fetch, a {@link Verdict} as of a day. Pure: no clock, no files.
 *
 * <p>With a cadence of {@code months} m, {@code publication-month} p and {@code grace-days} g, and
 * the latest period ending in month E:
 *
 * <ol>
 *   <li>The next release adds the period ending m months later, in E + m. A three-year rolling
 *       figure published yearly (2018 - 20, then 2019 - 21) has m = 12; a census has m = 120.
 *   <li>It is expected in the first <em>release month</em> after that period ends. For a cadence of
 *       a year or more the release month is p; for shorter cadences p names one release month and
 *       the others follow every gcd(m, 12) months (quarterly data with p = 2 come out in Feb, May,
 *       Aug and Nov). So the publication lag is whatever separates the period's end from the next
 *       release month: 1 to 12 months.
 *   <li>The release is <em>due</em> from the first day of that month, expected by its last day
 *       ({@code expectedBy}), and overdue once g days have passed since then.
 *   <li>As of a day before the release month the indicator is {@code fresh}; from the first day of
 *       the release month to the end of the grace period it is {@code due}; after that it is {@code
 *       stale}. Data several releases behind are stale too: the first missing release is the one
 *       judged, and the verdict counts every release expected by then.
 *   <li>With no real period (no data, or only illustrative figures) the status is {@code unknown}.
 *   <li>A fetched extract whose latest period is later than the data's means a newer release is
 *       out: a {@code fresh} indicator becomes {@code due}, and the reason says to put the extract
 *       in the catalogue's data. The status always judges the data the catalogue reads, since that
 *       is what the reports use.
 * </ol>
 *
 * <p>Periods count by their last month, so financial years (2023/24 ends in March 2024), multi-year
 * periods (2018 - 20 ends in December 2020) and rolling twelve months are all handled alike.
 */
public final class Freshness {
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

  private Freshness() {}

  /** The k-th release after a period ending in {@code latestEnd} (k = 1 is the next one). */
  public static Release release(Cadence cadence, YearMonth latestEnd, int k) {
    Objects.requireNonNull(cadence, "cadence");
    if (k < 1) {
      throw new IllegalArgumentException("releases are counted from 1, not " + k);
    }
    YearMonth periodEnd = latestEnd.plusMonths((long) cadence.months() * k);
    YearMonth month = releaseMonthAfter(cadence, periodEnd);
    return new Release(periodEnd, month, month.atEndOfMonth().plusDays(cadence.graceDays()));
  }

  /** The first month after {@code periodEnd} in which the cadence publishes. */
  static YearMonth releaseMonthAfter(Cadence cadence, YearMonth periodEnd) {
    int step = gcd(cadence.months(), 12);
    YearMonth m = periodEnd.plusMonths(1);
    while (Math.floorMod(m.getMonthValue() - cadence.publicationMonth(), step) != 0) {
      m = m.plusMonths(1);
    }
    return m;
  }

  /** How many releases after {@code latestEnd} are due by {@code asOf} (their month has begun). */
  public static int releasesDue(Cadence cadence, YearMonth latestEnd, LocalDate asOf) {
    int k = 0;
    while (!release(cadence, latestEnd, k + 1).dueFrom().isAfter(asOf)) {
      k++;
    }
    return k;
  }

  /** The verdict on one indicator as of a day. */
  public static Verdict judge(Cadence cadence, Evidence evidence, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (evidence.latest().isEmpty()) {
      String why =
          evidence.illustrativeOnly()
              ? "only illustrative data: no real release to judge from"
              : "no period in its data: check the data files with outcomes validate";
      return new Verdict(
          Status.UNKNOWN,
          Optional.empty(),
          Optional.empty(),
          0,
          why + fetchedNote(evidence, null, Status.UNKNOWN));
    }
    TimePeriod latest = evidence.latest().get();
    Release next = release(cadence, latest.end(), 1);
    Status status =
        asOf.isBefore(next.dueFrom())
            ? Status.FRESH
            : asOf.isAfter(next.staleAfter()) ? Status.STALE : Status.DUE;
    if (status == Status.FRESH && newerFetched(evidence, latest)) {
      status = Status.DUE;
    }
    int behind = releasesDue(cadence, latest.end(), asOf);
    String reason =
        reason(status, next, asOf, behind, cadence.graceDays())
            + fetchedNote(evidence, next, status);
    return new Verdict(status, Optional.of(latest), Optional.of(next), behind, reason);
  }

  private static String reason(Status status, Release next, LocalDate asOf, int behind, int grace) {
    String what = "the release for the period ending " + month(next.periodEnd());
    switch (status) {
      case FRESH:
        return "next release, for the period ending "
            + month(next.periodEnd())
            + ", expected in "
            + month(next.month());
      case DUE:
        if (asOf.isBefore(next.dueFrom())) {
          // only a fetched extract makes a release due before its month
          return what + ", expected in " + month(next.month()) + ", is already out";
        }
        String when =
            asOf.isAfter(next.expectedBy())
                ? " was expected in " + month(next.month()) + " and is not in the data"
                : " is expected this month (" + month(next.month()) + ")";
        return what + when + "; overdue after " + next.staleAfter();
      case STALE:
        return what
            + " was expected in "
            + month(next.month())
            + " and is not in the data; "
            + grace
            + " days' grace ended "
            + next.staleAfter()
            + (behind > 1 ? " (" + behind + " releases behind)" : "");
      case UNKNOWN:
        break; // judged before a release is known: never asked for a reason here
    }
    throw new AssertionError(status);
  }

  /** What the last fetch adds: a newer extract, a check that found nothing newer, or its date. */
  private static String fetchedNote(Evidence evidence, Release next, Status status) {
    if (evidence.fetched().isEmpty()) {
      return "";
    }
    Fetched f = evidence.fetched().get();
    LocalDate on = LocalDate.ofInstant(f.retrieved(), ZoneOffset.UTC);
    String period = f.latest().map(p -> " (latest " + p.label() + ")").orElse("");
    if (status == Status.UNKNOWN) {
      return f.latest().isPresent()
          ? "; an extract fetched on "
              + on
              + " has real data"
              + period
              + " that the catalogue does not read:"
              + " check it with outcomes validate"
          : "; last fetched on " + on;
    }
    TimePeriod latest = evidence.latest().orElseThrow();
    if (newerFetched(evidence, latest)) {
      return "; a newer extract"
          + period
          + " was fetched on "
          + on
          + " but is not in the data read:"
          + " check it with outcomes validate";
    }
    if (status != Status.FRESH && !on.isBefore(next.dueFrom())) {
      return "; the extract fetched on " + on + " has nothing newer";
    }
    return "; last fetched on " + on;
  }

  private static boolean newerFetched(Evidence evidence, TimePeriod latest) {
    return evidence
        .fetched()
        .flatMap(Fetched::latest)
        .map(p -> p.end().isAfter(latest.end()))
        .orElse(false);
  }

  private static String month(YearMonth m) {
    return MONTH.format(m);
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
