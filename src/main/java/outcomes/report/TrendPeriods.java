package outcomes.report;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import outcomes.model.TimePeriod;

/**
 * The periods a trend is drawn over: those with figures and, in a regular series, the ones it
 * lacks, left empty. Rough sleeping has figures for autumn 2022 and 2024 but none for 2023: the
 * axis keeps a place for 2023, so the line breaks there instead of running from 2022 to 2024 as if
 * they were a year apart. Nothing is filled in; the place is only kept.
 */
public final class TrendPeriods {
  /** Beyond this many places the axis is left as the data give it. */
  private static final int MOST = 200;

  private TrendPeriods() {}

  /**
   * The periods in order, with a place for each one missing from a series of periods of one length
   * whose starts are evenly spaced (yearly, quarterly…, by the smallest step between them). Periods
   * of different lengths, or starts that do not fall on the steps, are returned as they are.
   */
  public static List<TimePeriod> of(SortedSet<TimePeriod> periods) {
    List<TimePeriod> given = new ArrayList<>(periods);
    if (given.size() < 2) {
      return given;
    }
    long length = months(given.get(0));
    int step = Integer.MAX_VALUE;
    for (int i = 1; i < given.size(); i++) {
      int apart = start(given.get(i)) - start(given.get(i - 1));
      if (months(given.get(i)) != length || apart <= 0) {
        return given;
      }
      step = Math.min(step, apart);
    }
    int first = start(given.get(0));
    int last = start(given.get(given.size() - 1));
    if ((last - first) / step + 1 > MOST) {
      return given;
    }
    List<TimePeriod> out = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      int here = start(given.get(i));
      if ((here - first) % step != 0) {
        return given;
      }
      if (i > 0) {
        for (int m = start(given.get(i - 1)) + step; m < here; m += step) {
          out.add(missing(m, length));
        }
      }
      out.add(given.get(i));
    }
    return out;
  }

  /** The period of that length from that month, labelled as Fingertips labels it. */
  private static TimePeriod missing(int startMonth, long length) {
    return TimePeriod.parse(
        String.format(
            Locale.ROOT,
            "%04d-%02d-01/P%dM",
            Math.floorDiv(startMonth, 12),
            Math.floorMod(startMonth, 12) + 1,
            length));
  }

  private static int start(TimePeriod p) {
    YearMonth s = p.start();
    return s.getYear() * 12 + s.getMonthValue() - 1;
  }

  private static long months(TimePeriod p) {
    return ChronoUnit.MONTHS.between(p.start(), p.end()) + 1;
  }
}
