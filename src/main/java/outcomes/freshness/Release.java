package outcomes.freshness;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A release the cadence says should follow the data: the period it would cover (by its last month),
 * the month it is expected in, and the day after which it is overdue.
 *
 * @param periodEnd the last month of the period the release would add
 * @param month the month the release is expected in
 * @param staleAfter the last day of the grace period: later than this, the release is overdue
 */
public record Release(YearMonth periodEnd, YearMonth month, LocalDate staleAfter) {
  public Release {
    Objects.requireNonNull(periodEnd, "periodEnd");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(staleAfter, "staleAfter");
    if (!month.isAfter(periodEnd)) {
      throw new IllegalArgumentException(
          "a release comes after its period: " + month + " is not after " + periodEnd);
    }
    if (staleAfter.isBefore(month.atEndOfMonth())) {
      throw new IllegalArgumentException(
          "the grace period cannot end before the release month does");
    }
  }

  /** The first day of the release month: from then on a release is due. */
  public LocalDate dueFrom() {
    return month.atDay(1);
  }

  /** The last day of the release month. */
  public LocalDate expectedBy() {
    return month.atEndOfMonth();
  }
}
