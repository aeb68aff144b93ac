package outcomes.model;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as public-health sources write it: {@code 2010 - 14}, {@code 2015/16 Q2},
 * {@code Feb 2009 - Jan 2010}, {@code FYE 2025} and so on.
 *
 * <p>A period is the run of months it covers, so labels written differently for the same months are
 * equal ({@code 2010-14} and {@code 2010 - 14}; {@code FYE 2025} and {@code 2024/25}). ONS writes a
 * period as an ISO 8601 interval, its first day and how long it lasts ({@code 2022-01-01/P3Y});
 * such a period is labelled as Fingertips labels the same months ({@code 2022 - 24}), so a series
 * from ONS and one from Fingertips line up, and read as that label is (see {@link #parse}). Slashed
 * years run April to March. Fingertips writes academic years the same way and the label cannot tell
 * them apart, so they get financial months too; within one series order and equality are
 * unaffected.
 *
 * <p>Ordering follows the extract's own sortable when both periods carry one, since that is the
 * order the publisher intends; otherwise first month, then last month. The caveat: two equal
 * periods carrying different sortables do not compare as 0 (and a list mixing periods with and
 * without sortables is only ordered consistently if the sortables agree with the calendar).
 */
public final class TimePeriod implements Comparable<TimePeriod> {

  /**
   * The unit of a period's points, as its label is written. {@code Aug 2006 - Jul 2007} is MONTH:
   * the label alone cannot tell an August-to-July year from a rolling twelve months, so a caller
   * who knows the indicator's year type should decide.
   */
  public enum Granularity {
    YEAR,
    QUARTER,
    MONTH
  }

  private static final String SHAPES =
      "expected e.g. 2015, 2010 - 14, 2015-2017, 2015 Q1, 2015 Q1 - 2016 Q4, 2015/16,"
          + " 2015/16 - 17/18, 2015/16 Q1, 2015/16 Q1-Q3, FYE 2025, Jan 2015, Aug 2015 - Jul 2016, 10/2022 - 09/2023,"
          + " 2022-01-01/P3Y";

  // A range is two points with one separator; each side is then read by POINT.
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s*[-\u2013]\\s*|\\s+to\\s+", Pattern.CASE_INSENSITIVE);

  private static final Pattern POINT =
      Pattern.compile(
          "FYE\\s+(?<fye>\\d{4})"
              + "|(?<monthName>[a-z]+)\\s+(?<monthYear>\\d{4})"
              + "|(?<monthNumber>\\d{2})/(?<monthNumberYear>\\d{4})"
              + "|(?<year>\\d{4}|\\d{2})(?:/(?<next>\\d{2}))?(?:\\s+Q(?<quarter>\\d))?"
              + "|Q(?<bareQuarter>\\d)",
          Pattern.CASE_INSENSITIVE);

  // An ISO 8601 interval as ONS writes periods: the first day of a month and a duration in whole
  // years and months (2022-01-01/P3Y, 2022-04-01/P1Y, 2022-10-01/P12M).
  private static final Pattern INTERVAL =
      Pattern.compile(
          "(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})"
              + "/P(?=\\d)(?:(?<years>\\d{1,3})Y)?(?:(?<months>\\d{1,4})M)?",
          Pattern.CASE_INSENSITIVE);

  // What is meant as an interval (a date then a slash, or a slash then a duration), so that one
  // written otherwise (2022-01-15/P1Y, 2022-01-01/P1D, 2022-01-01/2022-12-31) is refused as such.
  private static final Pattern INTERVAL_LIKE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*/.*|.*/P.*", Pattern.CASE_INSENSITIVE);

  private static final String INTERVAL_RULE =
      "an ISO 8601 interval starts on the first day of a month and lasts whole years or months,"
          + " as in 2022-01-01/P3Y or 2022-04-01/P1Y";

  private static final String[] MONTH_LABELS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private static final Map<String, Integer> MONTHS = monthNames();

  private final String label;

  /**
   * The first and last months covered, as year * 12 + month - 1: a YearMonth is made only when
   * asked for, as that class builds a date formatter when first used, which cost a run that only
   * reads and compares periods (inspect) 20 ms once picocli no longer starts java.time up.
   */
  private final int start;

  private final int end;
  private final Granularity granularity;
  private final long naturalKey;
  private final OptionalLong sortable;

  private TimePeriod(
      String label,
      int start,
      int end,
      Granularity granularity,
      long naturalKey,
      OptionalLong sortable) {
    this.label = label;
    this.start = start;
    this.end = end;
    this.granularity = granularity;
    this.naturalKey = naturalKey;
    this.sortable = sortable;
  }

  /**
   * Reads a period label. An ISO 8601 interval ({@code 2022-01-01/P3Y}) is the period Fingertips
   * labels {@code 2022 - 24}, with that label: the same months, granularity and sort key.
   *
   * @throws IllegalArgumentException naming the text and the shapes accepted
   */
  public static TimePeriod parse(String text) {
    Objects.requireNonNull(text, "text");
    String label = text.strip();
    if (INTERVAL_LIKE.matcher(label).matches()) {
      return parse(fingertipsLabel(label, text));
    }
    Matcher separator = SEPARATOR.matcher(label);
    if (separator.find()) {
      return range(label, text, separator.start(), separator.end());
    }
    Point only = Point.read(label, text, null);
    return spanning(label, only, only, only.key());
  }

  private static TimePeriod range(String label, String text, int separatorStart, int lastStart) {
    String lastText = label.substring(lastStart);
    Point first = Point.read(label.substring(0, separatorStart), text, null);
    Point last = Point.read(lastText, text, first);
    if (first.shape != last.shape) {
      throw invalid(text, "both ends must be written the same way");
    }
    if (last.end() < first.end()) {
      throw invalid(text, "the range ends before it starts");
    }
    // Fingertips keys "2006/07 Q1-Q3" by its last quarter; keyed by the first, Q1, Q1-Q2 and
    // Q1-Q3 would share a key.
    boolean cumulative = Character.toUpperCase(lastText.charAt(0)) == 'Q';
    return spanning(label, first, last, (cumulative ? last : first).key());
  }

  /**
   * The label Fingertips gives the months of an ISO interval: {@code 2023} and {@code 2022 - 24}
   * for calendar years, {@code 2022/23} and {@code 2020/21 - 22/23} for years from April, and
   * months otherwise ({@code Aug 2022 - Jul 2023}, {@code Jan 2023}; a quarter too, since the
   * months alone cannot say whether Fingertips would call April to June Q2 or Q1 of 2023/24).
   */
  private static String fingertipsLabel(String label, String text) {
    Matcher m = INTERVAL.matcher(label);
    if (!m.matches()) {
      throw invalid(text, INTERVAL_RULE);
    }
    int month = Integer.parseInt(m.group("month"));
    if (month < 1 || month > 12) {
      throw invalid(text, "months are numbered 01 to 12");
    }
    if (Integer.parseInt(m.group("day")) != 1) {
      throw invalid(text, INTERVAL_RULE);
    }
    int months = count(m.group("years")) * 12 + count(m.group("months"));
    int first = Integer.parseInt(m.group("year")) * 12 + month - 1;
    int last = first + months - 1;
    if (months == 0 || last / 12 > 9999) {
      throw invalid(
          text, months == 0 ? "the interval lasts no time" : "it ends after the year 9999");
    }
    int firstYear = first / 12;
    int lastYear = last / 12;
    if (months % 12 == 0 && month == 1) {
      String year = fourDigits(firstYear);
      return months == 12 ? year : year + " - " + end(firstYear, lastYear);
    }
    if (months % 12 == 0 && month == 4) {
      String year = fourDigits(firstYear) + "/" + twoDigits(firstYear + 1);
      int lastStart = lastYear - 1;
      return months == 12
          ? year
          : year + " - " + end(firstYear, lastStart) + "/" + twoDigits(lastStart + 1);
    }
    String start = MONTH_LABELS[month - 1] + " " + fourDigits(firstYear);
    return months == 1
        ? start
        : start + " - " + MONTH_LABELS[last % 12] + " " + fourDigits(lastYear);
  }

  private static int count(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }

  /** The last year as Fingertips abbreviates it, in full where two digits would be read wrongly. */
  private static String end(int firstYear, int lastYear) {
    return lastYear - firstYear < 50 ? twoDigits(lastYear) : fourDigits(lastYear);
  }

  private static String fourDigits(int year) {
    String digits = String.valueOf(year);
    return "000".substring(Math.min(digits.length(), 4) - 1) + digits;
  }

  private static String twoDigits(int year) {
    int y = year % 100;
    return y < 10 ? "0" + y : String.valueOf(y);
  }

  private static TimePeriod spanning(String label, Point first, Point last, long key) {
    Granularity granularity = first.shape.granularity;
    return new TimePeriod(label, first.start(), last.end(), granularity, key, OptionalLong.empty());
  }

  /**
   * This period carrying the extract's own "Time period Sortable". A bare year such as 2015, as
   * some files write it, is widened to 20150000 so that it compares with Fingertips' keys.
   */
  public TimePeriod withSortable(long sortable) {
    if (sortable <= 0) {
      throw new IllegalArgumentException(
          "Time period sortable must be positive, not " + sortable + " (period \"" + label + "\")");
    }
    long key = sortable < 10_000 ? sortable * 10_000 : sortable;
    return new TimePeriod(label, start, end, granularity, naturalKey, OptionalLong.of(key));
  }

  public String label() {
    return label;
  }

  /** The first month covered. */
  public YearMonth start() {
    return yearMonth(start);
  }

  /** The last month covered, inclusive. */
  public YearMonth end() {
    return yearMonth(end);
  }

  private static YearMonth yearMonth(int month) {
    return YearMonth.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1);
  }

  public Granularity granularity() {
    return granularity;
  }

  /** The span in whole years, to the nearest (half a year rounds up): 2010 - 14 is 5, Q1 is 0. */
  public int years() {
    return (months() + 6) / 12;
  }

  public boolean isSingleYear() {
    return months() == 12;
  }

  public OptionalLong sortable() {
    return sortable;
  }

  /**
   * The given sortable, else a Fingertips-style key year*10000 + quarter*100 + month from the first
   * point (financial quarters by the financial year's first calendar year; cumulative quarters such
   * as 2006/07 Q1-Q3 by their last quarter, as Fingertips does).
   */
  public long sortKey() {
    return sortable.orElse(naturalKey);
  }

  private int months() {
    return end - start + 1;
  }

  @Override
  public int compareTo(TimePeriod other) {
    if (sortable.isPresent() && other.sortable.isPresent()) {
      int bySortable = Long.compare(sortable.getAsLong(), other.sortable.getAsLong());
      if (bySortable != 0) {
        return bySortable;
      }
    }
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimePeriod other && start == other.start && end == other.end;
  }

  /**
   * As the two months' YearMonth hash codes gave it, so that hashed collections keep their order.
   */
  @Override
  public int hashCode() {
    return 31 * monthHash(start) + monthHash(end);
  }

  private static int monthHash(int month) {
    return Math.floorDiv(month, 12) ^ ((Math.floorMod(month, 12) + 1) << 27);
  }

  @Override
  public String toString() {
    return label;
  }

  private static IllegalArgumentException invalid(String text, String reason) {
    String why = reason == null ? "" : " (" + reason + ")";
    return new IllegalArgumentException(
        "Not a time period: \"" + text + "\"" + why + "; " + SHAPES);
  }

  private static Map<String, Integer> monthNames() {
    String[] names = {
      "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december"
    };
    Map<String, Integer> months = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      months.put(names[i], i + 1);
      months.put(names[i].substring(0, 3), i + 1);
    }
    return Map.copyOf(months);
  }

  /** How a point is written: where its year starts, how many months a point covers, its key. */
  private enum Shape {
    CALENDAR_YEAR(Granularity.YEAR, 1, 12, 0),
    FINANCIAL_YEAR(Granularity.YEAR, 4, 12, 0),
    CALENDAR_QUARTER(Granularity.QUARTER, 1, 3, 100),
    FINANCIAL_QUARTER(Granularity.QUARTER, 4, 3, 100),
    MONTH(Granularity.MONTH, 1, 1, 1);

    final Granularity granularity;
    final int firstMonth;
    final int months;
    final int keyWeight;

    Shape(Granularity granularity, int firstMonth, int months, int keyWeight) {
      this.granularity = granularity;
      this.firstMonth = firstMonth;
      this.months = months;
      this.keyWeight = keyWeight;
    }
  }

  /** One end of a period: a year, quarter or month; index is the quarter or month, 0 for years. */
  private record Point(Shape shape, int year, int index) {

    /** The first month, as year * 12 + month - 1. */
    int start() {
      return year * 12 + shape.firstMonth - 1 + Math.max(index - 1, 0) * shape.months;
    }

    int end() {
      return start() + shape.months - 1;
    }

    long key() {
      return year * 10_000L + (long) index * shape.keyWeight;
    }

    /** Reads one side of the text; the second side may abbreviate what the first spelt out. */
    static Point read(String part, String text, Point first) {
      Matcher m = POINT.matcher(part);
      if (!m.matches()) {
        throw invalid(text, null);
      }
      if (m.group("fye") != null) {
        // financial year ending March of that year
        return new Point(Shape.FINANCIAL_YEAR, Integer.parseInt(m.group("fye")) - 1, 0);
      }
      if (m.group("monthName") != null) {
        return month(m.group("monthName"), Integer.parseInt(m.group("monthYear")), text);
      }
      if (m.group("monthNumber") != null) {
        // ONS writes months as 10/2022 in ranges such as 10/2022 - 09/2023
        int month = Integer.parseInt(m.group("monthNumber"));
        if (month < 1 || month > 12) {
          throw invalid(text, "months are numbered 01 to 12");
        }
        return new Point(Shape.MONTH, Integer.parseInt(m.group("monthNumberYear")), month);
      }
      if (m.group("bareQuarter") != null) {
        return sameYear(first, quarter(m.group("bareQuarter"), text), text);
      }
      return year(m, text, first);
    }

    private static Point year(Matcher m, String text, Point first) {
      String digits = m.group("year");
      int year = Integer.parseInt(digits);
      if (digits.length() == 2) {
        if (first == null) {
          throw invalid(text, "the first year needs four digits");
        }
        year = nearest(first.year, year);
      }
      String next = m.group("next");
      if (next != null && Integer.parseInt(next) != (year + 1) % 100) {
        throw invalid(text, "a financial year runs into the next, as in 2015/16");
      }
      String quarter = m.group("quarter");
      if (quarter == null) {
        return new Point(next == null ? Shape.CALENDAR_YEAR : Shape.FINANCIAL_YEAR, year, 0);
      }
      Shape shape = next == null ? Shape.CALENDAR_QUARTER : Shape.FINANCIAL_QUARTER;
      return new Point(shape, year, quarter(quarter, text));
    }

    // The century is implied by the first year: the nearest year with those last two digits, so
    // 2098 - 02 ends in 2102 while 2017 - 15 ends in 2015 (and is refused as backwards).
    private static int nearest(int reference, int lastTwoDigits) {
      int year = reference - Math.floorMod(reference, 100) + lastTwoDigits;
      if (year - reference > 50) {
        return year - 100;
      }
      return reference - year > 50 ? year + 100 : year;
    }

    private static Point sameYear(Point first, int quarter, String text) {
      if (first == null || first.shape.granularity != Granularity.QUARTER) {
        throw invalid(text, "a bare quarter must follow a year and quarter");
      }
      return new Point(first.shape, first.year, quarter);
    }

    private static int quarter(String digit, String text) {
      int quarter = Integer.parseInt(digit);
      if (quarter < 1 || quarter > 4) {
        throw invalid(text, "quarters are Q1 to Q4");
      }
      return quarter;
    }

    private static Point month(String name, int year, String text) {
      Integer month = MONTHS.get(name.toLowerCase(Locale.ROOT));
      if (month == null) {
        throw invalid(text, "unknown month \"" + name + "\"");
      }
      return new Point(Shape.MONTH, year, month);
    }
  }
}
