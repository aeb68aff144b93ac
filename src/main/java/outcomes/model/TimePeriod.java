package outcomes.model;

import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalLong;

/** Temporary stand-in; replaced by the full parser. */
public final class TimePeriod implements Comparable<TimePeriod> {
  public enum Granularity { YEAR, QUARTER, MONTH }

  private final String label;
  private final YearMonth start;
  private final YearMonth end;
  private final OptionalLong sortable;

  private TimePeriod(String label, YearMonth start, YearMonth end, OptionalLong sortable) {
    this.label = label;
    this.start = start;
    this.end = end;
    this.sortable = sortable;
  }

  public static TimePeriod parse(String text) {
    String t = text.trim();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:/(\\d{2}))?(?:\\s*-\\s*(\\d{2}))?").matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException("unrecognised time period '" + text + "'");
    }
    int y = Integer.parseInt(m.group(1));
    YearMonth s = m.group(2) != null ? YearMonth.of(y, 4) : YearMonth.of(y, 1);
    int endYear = m.group(3) != null ? y / 100 * 100 + Integer.parseInt(m.group(3)) : y;
    YearMonth e = m.group(2) != null ? YearMonth.of(endYear + 1, 3) : YearMonth.of(endYear, 12);
    return new TimePeriod(t, s, e, OptionalLong.empty());
  }

  public TimePeriod withSortable(long value) {
    return new TimePeriod(label, start, end, OptionalLong.of(value));
  }

  public String label() { return label; }
  public YearMonth start() { return start; }
  public YearMonth end() { return end; }
  public Granularity granularity() { return Granularity.YEAR; }
  public int years() { return Math.round((start.until(end, java.time.temporal.ChronoUnit.MONTHS) + 1) / 12f); }
  public boolean isSingleYear() { return start.until(end, java.time.temporal.ChronoUnit.MONTHS) == 11; }
  public OptionalLong sortable() { return sortable; }
  public long sortKey() { return sortable.orElse(start.getYear() * 10000L); }

  @Override
  public int compareTo(TimePeriod o) {
    if (sortable.isPresent() && o.sortable.isPresent()) {
      int c = Long.compare(sortable.getAsLong(), o.sortable.getAsLong());
      if (c != 0) return c;
    }
    int c = start.compareTo(o.start);
    return c != 0 ? c : end.compareTo(o.end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimePeriod p && p.start.equals(start) && p.end.equals(end);
  }

  @Override
  public int hashCode() { return Objects.hash(start, end); }

  @Override
  public String toString() { return label; }
}
