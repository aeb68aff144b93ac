package outcomes.app.calc;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import outcomes.ingest.Row;

/**
 * The column that says which age band a row is, either as the band's first year of age (0, 5, 90)
 * or as a label whose first number is that age (0-4, 90+, 85 and over). A label starting "&lt;" or
 * "under" is the band from age 0 (&lt;1, Under 1).
 *
 * @param name the column's name in the header
 * @param labels true for labels (--age-band), false for whole numbers (--age-start)
 */
public record AgeColumn(String name, boolean labels) {
  private static final Pattern FIRST_NUMBER = Pattern.compile("\\d+");

  public AgeColumn {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("the age column needs a name");
    }
  }

  public static AgeColumn startAge(String name) {
    return new AgeColumn(name, false);
  }

  public static AgeColumn band(String name) {
    return new AgeColumn(name, true);
  }

  /** The option that names this column, for messages. */
  String option() {
    return labels ? "--age-band" : "--age-start";
  }

  /** The start age of the row's band; a cell that gives none is an error at the cell. */
  int startAge(CalcInput in, Row row, Column c) {
    if (!labels) {
      return in.whole(row, c, 0, "each row needs the first age of its band");
    }
    String cell = row.cell(c.index()).strip();
    int start = startOfLabel(cell);
    if (start < 0) {
      throw in.error(
          row,
          c,
          c.name()
              + " '"
              + cell
              + "' is not an age band: it needs the band's"
              + " first age, as in 0-4, 90+ or <1");
    }
    return start;
  }

  /** The band's start age in a label, or -1 when the label has no number. */
  static int startOfLabel(String label) {
    Matcher m = FIRST_NUMBER.matcher(label);
    if (!m.find() || m.group().length() > 3) {
      return -1;
    }
    String before = label.substring(0, m.start()).strip().toLowerCase(Locale.ROOT);
    return before.endsWith("<") || before.endsWith("under") ? 0 : Integer.parseInt(m.group());
  }
}
