package outcomes.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import outcomes.model.Field;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * Where each field of a Fingertips file lies, read from its header by name. Real files come in
 * several spellings: the API's export (26 or 27 columns, column 23 naming the parent it compares
 * with, or "Column not used"), the website's table export ("AreaName", "Compared to parent value or
 * percentiles"), files written back by R or Python ("IndicatorID", "Lower_CI_95.0_limit",
 * "Indicator.ID", with a leading row-number column) and the legacy single-indicator download (14
 * columns from "Area Code" to "Value note", "Lower CI limit", no indicator columns). Names are
 * matched after folding case and dropping everything but letters and digits, so every spelling of
 * one name is one name; the order of the columns does not matter.
 *
 * <p>A field the file does not hold reads as an empty cell ({@link #ABSENT} lies past every row).
 */
public final class FingertipsLayout {
  /** The column of a field the file does not hold: past the end of any row, so it reads as "". */
  public static final int ABSENT = Integer.MAX_VALUE;

  /** The API's names, in its order: what a spelling is compared with, and what messages name. */
  private static final Map<Field, String> CANONICAL = new EnumMap<>(Field.class);

  /** Each folded name a field is known by. */
  private static final Map<String, Field> NAMES = new java.util.HashMap<>();

  /** Columns of real exports that hold no field the tool reads. */
  private static final List<String> KNOWN_UNREAD =
      List.of("newdata", "comparedtogoal", "timeperiodrange", "columnnotused");

  /** A leading unnamed column: R's write.csv (read back as "X"), pandas' index ("Unnamed: 0"). */
  private static final List<String> ROW_NUMBER_NAMES =
      List.of("", "x", "x1", "unnamed0", "index", "rownames", "1");

  private static final Pattern PARENT_COMPARISON = Pattern.compile("comparedto(.*)percentiles");
  private static final String ENGLAND_COMPARISON = "comparedtoenglandvalueorpercentiles";

  static {
    Object[][] names = {
      {Field.INDICATOR_ID, "Indicator ID"},
      {Field.INDICATOR_NAME, "Indicator Name"},
      {Field.PARENT_CODE, "Parent Code"},
      {Field.PARENT_NAME, "Parent Name"},
      {Field.AREA_CODE, "Area Code"},
      {Field.AREA_NAME, "Area Name"},
      {Field.AREA_TYPE, "Area Type"},
      {Field.SEX, "Sex"},
      {Field.AGE, "Age"},
      {Field.CATEGORY_TYPE, "Category Type"},
      {Field.CATEGORY, "Category"},
      {Field.PERIOD, "Time period"},
      {Field.VALUE, "Value"},
      {Field.LOWER_95, "Lower CI 95.0 limit"},
      {Field.UPPER_95, "Upper CI 95.0 limit"},
      {Field.LOWER_99_8, "Lower CI 99.8 limit"},
      {Field.UPPER_99_8, "Upper CI 99.8 limit"},
      {Field.COUNT, "Count"},
      {Field.DENOMINATOR, "Denominator"},
      {Field.VALUE_NOTE, "Value note"},
      {Field.RECENT_TREND, "Recent Trend"},
      {Field.COMPARED_TO_ENGLAND, "Compared to England value or percentiles"},
      {Field.COMPARED_TO_PARENT, "Compared to Region value or percentiles"},
      {Field.PERIOD_SORTABLE, "Time period Sortable"}
    };
    for (Object[] n : names) {
      CANONICAL.put((Field) n[0], (String) n[1]);
      NAMES.put(fold((String) n[1]), (Field) n[0]);
    }
    // the legacy single-indicator download's limits are the 95% ones
    NAMES.put("lowercilimit", Field.LOWER_95);
    NAMES.put("uppercilimit", Field.UPPER_95);
    NAMES.put("lowerci95limit", Field.LOWER_95);
    NAMES.put("upperci95limit", Field.UPPER_95);
    NAMES.put("lowerci998limit", Field.LOWER_99_8);
    NAMES.put("upperci998limit", Field.UPPER_99_8);
  }

  /** How a file spells its header, for a user to see what was recognised. */
  public enum Spelling {
    EXPORT("Fingertips export"),
    API_NO_PARENT("Fingertips API download, column 23 'Column not used' (no parent comparison)"),
    WEBSITE_TABLE(
        "Fingertips website table export ('AreaName', 'Compared to parent value or"
            + " percentiles')"),
    WRITTEN_BACK("Fingertips data written back by R or Python"),
    LEGACY("Fingertips legacy single-indicator download (no indicator columns)");

    private final String description;

    Spelling(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  private final int[] columns;
  private final List<String> header;
  private final Spelling spelling;
  private final boolean rowNumbers;
  private final List<Integer> ignored;

  private FingertipsLayout(
      int[] columns,
      List<String> header,
      Spelling spelling,
      boolean rowNumbers,
      List<Integer> ignored) {
    this.columns = columns;
    this.header = List.copyOf(header);
    this.spelling = spelling;
    this.rowNumbers = rowNumbers;
    this.ignored = List.copyOf(ignored);
  }

  /** Lower case, letters and digits only: "Lower_CI_95.0_limit" and "LowerCI95.0limit" are one. */
  static String fold(String name) {
    StringBuilder b = new StringBuilder(name.length());
    String lower = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** True when the header is one of a Fingertips file's, so a caller can choose how to read it. */
  public static boolean matches(List<String> header) {
    try {
      of(header, "", 0, true);
      return true;
    } catch (OutcomesException e) {
      return false;
    }
  }

  /**
   * The layout of a file with this header, or a bad-input error saying what the header lacks.
   * {@code indicatorGiven} says whether the caller knows the indicator (the catalogue, or {@code
   * --indicator-id}): without it a file must have an Indicator ID column.
   */
  public static FingertipsLayout of(
      List<String> header, String file, long line, boolean indicatorGiven) {
    if (!header.isEmpty() && header.get(0).replace("\uFEFF", "").strip().startsWith("<")) {
      throw OutcomesException.badInput(
          new Location(file, line, 1),
          "not a Fingertips file: it"
              + " begins with HTML ('"
              + abbreviated(header.get(0).strip())
              + "'), not a CSV header:"
              + " a web page saved in place of the data?");
    }
    int[] cols = new int[Field.values().length];
    Arrays.fill(cols, ABSENT);
    List<Integer> ignored = new ArrayList<>();
    boolean rowNumbers = false;
    boolean exact = true;
    boolean areaNameRun = false;
    boolean columnNotUsed = false;
    boolean parentWord = false;
    for (int i = 0; i < header.size(); i++) {
      String raw = header.get(i).replace("\uFEFF", "").strip();
      String f = fold(raw);
      Field field = NAMES.get(f);
      if (field == null
          && !f.equals(ENGLAND_COMPARISON)
          && PARENT_COMPARISON.matcher(f).matches()) {
        field = Field.COMPARED_TO_PARENT;
      }
      if (field == null) {
        if (i == 0 && ROW_NUMBER_NAMES.contains(f)) {
          rowNumbers = true;
        } else if (f.equals("columnnotused")) {
          columnNotUsed = true;
        } else if (!KNOWN_UNREAD.contains(f)) {
          ignored.add(i);
        }
        continue;
      }
      if (cols[field.ordinal()] != ABSENT) {
        int first = cols[field.ordinal()];
        throw OutcomesException.badInput(
            new Location(file, line, i + 1),
            "columns "
                + (first + 1)
                + " ('"
                + header.get(first).strip()
                + "') and "
                + (i + 1)
                + " ('"
                + raw
                + "') are both "
                + CANONICAL.get(field)
                + ": remove one of them");
      }
      cols[field.ordinal()] = i;
      if (field == Field.COMPARED_TO_PARENT) {
        parentWord = f.startsWith("comparedtoparent");
      } else if (field == Field.AREA_NAME && raw.equals("AreaName")) {
        areaNameRun = true;
      } else if (!raw.equals(CANONICAL.get(field))) {
        exact = false;
      }
    }
    List<String> lacking = new ArrayList<>();
    for (Field required : new Field[] {Field.AREA_CODE, Field.PERIOD, Field.VALUE}) {
      if (cols[required.ordinal()] == ABSENT) {
        lacking.add("'" + CANONICAL.get(required) + "'");
      }
    }
    if (!lacking.isEmpty()) {
      throw OutcomesException.badInput(
          new Location(file, line, 0),
          "not a Fingertips file: the"
              + " header has no "
              + String.join(", no ", lacking)
              + " column (a Fingertips export's"
              + " header starts 'Indicator ID,Indicator Name,Parent Code,…')");
    }
    boolean legacy =
        cols[Field.INDICATOR_ID.ordinal()] == ABSENT
            && cols[Field.INDICATOR_NAME.ordinal()] == ABSENT;
    if (cols[Field.INDICATOR_ID.ordinal()] == ABSENT && !indicatorGiven) {
      throw OutcomesException.badInput(
          new Location(file, line, 0),
          legacy
              ? "this is Fingertips' legacy single-indicator download: it has no Indicator ID column;"
                  + " say which indicator it holds with --indicator-id (its Fingertips id)"
              : "the header has no 'Indicator ID' column: say which indicator the file holds with"
                  + " --indicator-id");
    }
    Spelling spelling =
        legacy
            ? Spelling.LEGACY
            : !exact || rowNumbers
                ? Spelling.WRITTEN_BACK
                : columnNotUsed
                    ? Spelling.API_NO_PARENT
                    : areaNameRun || parentWord ? Spelling.WEBSITE_TABLE : Spelling.EXPORT;
    return new FingertipsLayout(cols, header, spelling, rowNumbers, ignored);
  }

  private static String abbreviated(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "…";
  }

  /** The 0-based column of a field, or {@link #ABSENT}. */
  public int column(Field f) {
    return columns[f.ordinal()];
  }

  public boolean has(Field f) {
    return columns[f.ordinal()] != ABSENT;
  }

  /** The number of cells a row must have to hold every field this file has. */
  public int width() {
    int w = 0;
    for (int c : columns) {
      if (c != ABSENT) {
        w = Math.max(w, c + 1);
      }
    }
    return w;
  }

  public Spelling spelling() {
    return spelling;
  }

  /** The header as the file wrote it. */
  public List<String> header() {
    return header;
  }

  /**
   * What was recognised, in a line: the spelling, a leading row-number column, the fields the file
   * lacks, and columns that were not recognised (which are not read).
   */
  public String describe() {
    List<String> parts = new ArrayList<>();
    parts.add(spelling.description() + ", " + header.size() + " columns");
    if (rowNumbers) {
      parts.add("leading row-number column ignored");
    }
    List<String> lacking = new ArrayList<>();
    for (Field f : CANONICAL.keySet()) {
      if (!has(f) && f != Field.COMPARED_TO_PARENT) {
        lacking.add(CANONICAL.get(f));
      }
    }
    if (!lacking.isEmpty()) {
      parts.add("without " + String.join(", ", lacking));
    }
    for (int i : ignored) {
      parts.add("column " + (i + 1) + " '" + header.get(i).strip() + "' not recognised, not read");
    }
    return String.join("; ", parts);
  }

  /** Columns of the header that hold no field this tool knows: they are not read. */
  public List<Integer> unrecognised() {
    return ignored;
  }

  /**
   * Whether rows of a file with the other layout can be read as one with this one's: the same
   * fields present. Otherwise a bad-input error naming the first field that differs.
   */
  public void requireSameFields(FingertipsLayout other, String file, long line) {
    for (Field f : CANONICAL.keySet()) {
      if (has(f) != other.has(f) && f != Field.COMPARED_TO_PARENT) {
        int column = other.has(f) ? other.column(f) + 1 : 0;
        throw OutcomesException.badInput(
            new Location(file, line, column),
            (other.has(f)
                    ? "this file has a '" + CANONICAL.get(f) + "' column that the first file lacks"
                    : "this file has no '"
                        + CANONICAL.get(f)
                        + "' column, which the first file has")
                + ": inspect the files separately");
      }
    }
  }

  /** The field a column name (any spelling) stands for in a Fingertips file, if any. */
  public java.util.Optional<Field> field(String columnName) {
    return java.util.Optional.ofNullable(NAMES.get(fold(columnName)));
  }

  /**
   * A row of a file with the other layout, its cells moved to where this layout has them; a column
   * this layout has for no field stays empty.
   */
  public String[] arrange(String[] cells, FingertipsLayout from) {
    String[] out = new String[header.size()];
    Arrays.fill(out, "");
    for (Field f : Field.values()) {
      int to = column(f);
      int at = from.column(f);
      if (to != ABSENT && at != ABSENT && at < cells.length) {
        out[to] = cells[at];
      }
    }
    return out;
  }
}
