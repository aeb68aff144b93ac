package outcomes.ingest;

import java.util.List;
import java.util.regex.Pattern;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * The header of a Fingertips data export, exactly: 26 columns, or 27 with "Time period range".
 * Column 23 names the parent it compares with ("Compared to London region value or percentiles",
 * "Compared to percentiles"), so it is matched by pattern; every other name must match as written.
 */
public final class FingertipsHeader {
  static final List<String> COLUMNS = List.of(
      "Indicator ID", "Indicator Name", "Parent Code", "Parent Name", "Area Code", "Area Name",
      "Area Type", "Sex", "Age", "Category Type", "Category", "Time period", "Value",
      "Lower CI 95.0 limit", "Upper CI 95.0 limit", "Lower CI 99.8 limit", "Upper CI 99.8 limit",
      "Count", "Denominator", "Value note", "Recent Trend",
      "Compared to England value or percentiles", "Compared to Region value or percentiles",
      "Time period Sortable", "New data", "Compared to goal", "Time period range");

  public static final int INDICATOR_ID = 0;
  public static final int INDICATOR_NAME = 1;
  public static final int PARENT_CODE = 2;
  public static final int PARENT_NAME = 3;
  public static final int AREA_CODE = 4;
  public static final int AREA_NAME = 5;
  public static final int AREA_TYPE = 6;
  public static final int SEX = 7;
  public static final int AGE = 8;
  public static final int CATEGORY_TYPE = 9;
  public static final int CATEGORY = 10;
  public static final int PERIOD = 11;
  public static final int VALUE = 12;
  public static final int LOWER_95 = 13;
  public static final int UPPER_95 = 14;
  public static final int LOWER_99_8 = 15;
  public static final int UPPER_99_8 = 16;
  public static final int COUNT = 17;
  public static final int DENOMINATOR = 18;
  public static final int VALUE_NOTE = 19;
  public static final int RECENT_TREND = 20;
  public static final int COMPARED_TO_ENGLAND = 21;
  public static final int COMPARED_TO_PARENT = 22;
  public static final int PERIOD_SORTABLE = 23;

  private static final Pattern PARENT_COMPARISON =
      Pattern.compile("Compared to (.+ )?(value or )?percentiles");

  private FingertipsHeader() {}

  /** True when the header is a Fingertips export's, so a caller can choose how to read a file. */
  public static boolean matches(List<String> header) {
    return mismatch(header) == null;
  }

  /** Checks the header, or fails naming the first column that differs and what it should be. */
  public static void check(List<String> header, String file, long line) {
    String why = mismatch(header);
    if (why != null) {
      throw OutcomesException.badInput(new Location(file, line, column(header)), why);
    }
  }

  private static int column(List<String> header) {
    if (header.size() != 26 && header.size() != 27) {
      return 0;
    }
    for (int i = 0; i < header.size(); i++) {
      if (!columnMatches(i, header.get(i))) {
        return i + 1;
      }
    }
    return 0;
  }

  private static String mismatch(List<String> header) {
    if (header.size() != 26 && header.size() != 27) {
      return "not a Fingertips export: the header has " + header.size()
          + " columns, expected 26 or 27 starting 'Indicator ID,Indicator Name,…'";
    }
    for (int i = 0; i < header.size(); i++) {
      if (!columnMatches(i, header.get(i))) {
        String expected = i == COMPARED_TO_PARENT
            ? "Compared to <parent> value or percentiles" : COLUMNS.get(i);
        return "not a Fingertips export: column " + (i + 1) + " is '" + header.get(i).strip()
            + "', expected '" + expected + "'";
      }
    }
    return null;
  }

  private static boolean columnMatches(int i, String name) {
    String n = name.strip();
    return i == COMPARED_TO_PARENT ? PARENT_COMPARISON.matcher(n).matches() : COLUMNS.get(i).equals(n);
  }
}
