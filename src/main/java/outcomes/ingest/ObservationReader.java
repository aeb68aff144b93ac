package outcomes.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import outcomes.model.Age;
import outcomes.model.Area;
import outcomes.model.AreaFilter;
import outcomes.model.AreaLookup;
import outcomes.model.Category;
import outcomes.model.ColumnMapping;
import outcomes.model.DataRule;
import outcomes.model.Field;
import outcomes.model.Interval;
import outcomes.model.Location;
import outcomes.model.Observation;
import outcomes.model.Origin;
import outcomes.model.OutcomesException;
import outcomes.model.Problem;
import outcomes.model.Provenance;
import outcomes.model.Sex;
import outcomes.model.TimePeriod;

/**
 * Streams a source's rows into observations through a column mapping: one per row, or in a wide
 * layout one per row and group of columns. Areas are taken by code from the area lookup (its name,
 * type and boundary set) and kept or dropped by the mapping's area filter. Every cell is checked as
 * it is read: a number that is not a number, limits that are reversed or leave out their value, an
 * unknown sex or period are errors naming the file, line and column.
 */
public final class ObservationReader {
  private final RowSource rows;
  private final ResolvedMapping base;
  private final List<ResolvedMapping> groups;
  private final String indicatorId;
  private final Origin origin;
  private final AreaLookup areas;
  private final AreaFilter filter;
  private final Map<String, TimePeriod> periods = new HashMap<>();
  private final Map<String, Sex> sexes = new HashMap<>();

  private final Consumer<Problem> findings;

  private ObservationReader(
      RowSource rows,
      ResolvedMapping base,
      List<ResolvedMapping> groups,
      String indicatorId,
      Origin origin,
      AreaLookup areas,
      AreaFilter filter,
      Consumer<Problem> findings) {
    this.rows = rows;
    this.base = base;
    this.groups = groups;
    this.indicatorId = indicatorId;
    this.origin = origin;
    this.areas = areas;
    this.filter = filter;
    this.findings = findings;
  }

  /**
   * Reads every kept row of the source, handing each observation to the sink. An empty indicator id
   * takes each row's from its Indicator ID column. What the data-quality policy finds that is only
   * a warning is not said.
   */
  public static void read(
      RowSource rows,
      ColumnMapping mapping,
      String indicatorId,
      Origin origin,
      Consumer<Observation> sink) {
    read(rows, mapping, indicatorId, origin, AreaLookup.EMPTY, sink, p -> {});
  }

  /**
   * As above, naming areas by the lookup and keeping those the mapping's area filter keeps; the
   * policy's warnings ({@link DataRule}, for a file whose figures are used) go to {@code findings},
   * its errors are thrown.
   */
  public static void read(
      RowSource rows,
      ColumnMapping mapping,
      String indicatorId,
      Origin origin,
      AreaLookup areas,
      Consumer<Observation> sink,
      Consumer<Problem> findings) {
    FingertipsLayout layout = null;
    if (mapping.layout() == ColumnMapping.Layout.FINGERTIPS) {
      layout =
          FingertipsLayout.of(
              rows.header(), rows.file(), rows.headerLine(), !indicatorId.isEmpty());
      for (int c : layout.unrecognised()) {
        findings.accept(
            DataRule.UNRECOGNISED_COLUMN.problem(
                new Location(rows.file(), rows.headerLine(), c + 1),
                "the column '"
                    + rows.header().get(c).strip()
                    + "' is not one a Fingertips file has: it is not read",
                DataRule.Use.FIGURES));
      }
    }
    ResolvedMapping m =
        ResolvedMapping.of(mapping, layout, rows.header(), rows.file(), rows.headerLine());
    List<ResolvedMapping> groups =
        mapping.layout() == ColumnMapping.Layout.WIDE
            ? WideGroups.of(m, mapping.wide(), rows.header(), rows.file(), rows.headerLine())
            : List.of(m);
    requireFields(groups.get(0), rows);
    new ObservationReader(rows, m, groups, indicatorId, origin, areas, mapping.areas(), findings)
        .forEach(sink);
  }

  private static void requireFields(ResolvedMapping m, RowSource rows) {
    Location at = new Location(rows.file(), rows.headerLine(), 0);
    if (!m.has(Field.AREA_CODE)) {
      throw OutcomesException.badInput(at, "the mapping does not say which column holds area-code");
    }
    if (!m.has(Field.PERIOD)) {
      throw OutcomesException.badInput(at, "the mapping gives no period: name a column or a value");
    }
    if (!m.has(Field.VALUE) && !m.has(Field.COUNT)) {
      throw OutcomesException.badInput(at, "the mapping names neither a value nor a count column");
    }
  }

  private void forEach(Consumer<Observation> sink) {
    int width = groups.stream().mapToInt(ResolvedMapping::width).max().orElse(0);
    for (Row row = rows.next(); row != null; row = rows.next()) {
      Rows.requireWidth(rows.file(), row, width);
      Area area = base.keeps(row) ? area(row) : null;
      if (area != null) {
        for (ResolvedMapping m : groups) {
          printable(row, m);
          sink.accept(observation(row, m, area));
        }
      }
    }
  }

  /** The row's area, or null for a row the mapping does not keep or that names no area. */
  private Area area(Row row) {
    String code = base.text(row, Field.AREA_CODE);
    if (code.isEmpty()) {
      if (!filter.keepsAll()) {
        return null; // a note or subtotal row of a table read for some areas only
      }
      throw error(row, base, Field.AREA_CODE, "the area code is empty");
    }
    if (base.isMissing(code)) {
      // A published table's total or note row ("NA" for its code) belongs to no area.
      return null;
    }
    Area area =
        areas.canonical(
            new Area(
                code,
                base.text(row, Field.AREA_NAME),
                base.text(row, Field.AREA_TYPE),
                base.text(row, Field.PARENT_CODE)));
    return filter.keeps(area) ? area : null;
  }

  private Observation observation(Row row, ResolvedMapping m, Area area) {
    OptionalDouble value = number(row, m, Field.VALUE);
    Optional<Interval> ci95 = interval(row, m, value, Field.LOWER_95, Field.UPPER_95);
    Optional<Interval> ci998 = interval(row, m, value, Field.LOWER_99_8, Field.UPPER_99_8);
    OptionalDouble count = nonNegative(row, m, Field.COUNT);
    OptionalDouble denominator = nonNegative(row, m, Field.DENOMINATOR);
    return new Observation(
        indicatorId(row, m),
        area,
        sex(row, m),
        age(row, m),
        category(row, m),
        period(row, m),
        value,
        ci95,
        ci998,
        count,
        denominator,
        valueNote(row, m),
        new Observation.Labels(
            m.text(row, Field.RECENT_TREND),
            m.text(row, Field.COMPARED_TO_ENGLAND),
            m.text(row, Field.COMPARED_TO_PARENT)),
        new Provenance(rows.file(), row.line(), origin));
  }

  /** The catalogue's id, or for a bare extract read without one, the row's own Indicator ID. */
  private String indicatorId(Row row, ResolvedMapping m) {
    if (!indicatorId.isEmpty()) {
      return indicatorId;
    }
    String id = m.text(row, Field.INDICATOR_ID);
    if (id.isEmpty()) {
      throw error(row, m, Field.INDICATOR_ID, "the indicator id is empty");
    }
    return id;
  }

  private static String valueNote(Row row, ResolvedMapping m) {
    String note = m.text(row, Field.VALUE_NOTE);
    if (note.isEmpty() && m.columnsOf(Field.VALUE).length > 0) {
      String cell = m.text(row, Field.VALUE);
      if (!cell.isEmpty() && m.isMissing(cell)) {
        return cell;
      }
    }
    return note;
  }

  private Sex sex(Row row, ResolvedMapping m) {
    String text = m.text(row, Field.SEX);
    Sex s = sexes.get(text);
    if (s == null) {
      try {
        s = Sex.parse(text);
      } catch (IllegalArgumentException e) {
        throw error(row, m, Field.SEX, e.getMessage());
      }
      sexes.put(text, s);
    }
    return s;
  }

  private static Age age(Row row, ResolvedMapping m) {
    String text = m.text(row, Field.AGE);
    return text.isEmpty() ? Age.ALL : new Age(text);
  }

  private static Category category(Row row, ResolvedMapping m) {
    String type = m.text(row, Field.CATEGORY_TYPE);
    String name = m.text(row, Field.CATEGORY);
    return type.isEmpty() && name.isEmpty() ? Category.NONE : new Category(type, name);
  }

  private TimePeriod period(Row row, ResolvedMapping m) {
    String text = m.text(row, Field.PERIOD);
    TimePeriod p = periods.get(text);
    if (p == null) {
      try {
        p = TimePeriod.parse(text);
      } catch (IllegalArgumentException e) {
        throw error(row, m, Field.PERIOD, e.getMessage());
      }
      periods.put(text, p);
    }
    String sortable = m.text(row, Field.PERIOD_SORTABLE);
    if (!sortable.isEmpty()) {
      try {
        return p.withSortable(Long.parseLong(sortable));
      } catch (NumberFormatException e) {
        throw error(row, m, Field.PERIOD_SORTABLE, "'" + sortable + "' is not a whole number");
      } catch (IllegalArgumentException e) {
        // found by fuzzing: a sortable of 0 or below was an internal error
        throw error(row, m, Field.PERIOD_SORTABLE, e.getMessage());
      }
    }
    return p;
  }

  private OptionalDouble number(Row row, ResolvedMapping m, Field f) {
    int[] cols = m.columnsOf(f);
    if (cols.length == 0) {
      String constant = m.text(row, f);
      return constant.isEmpty()
          ? OptionalDouble.empty()
          : OptionalDouble.of(Double.parseDouble(constant));
    }
    double sum = 0;
    for (int col : cols) {
      String cell = row.cell(col);
      if (m.isMissing(cell)) {
        return OptionalDouble.empty();
      }
      double x =
          m.lenientNumbers()
              ? Numbers.parseLenient(MissingMarkers.plain(cell))
              : Numbers.parse(cell);
      if (Double.isNaN(x)) {
        Location at = new Location(rows.file(), row.line(), col + 1);
        String message = f.key() + " '" + cell.strip() + "' is not a number";
        if (f == Field.COUNT || f == Field.DENOMINATOR) {
          // a value is read without its count: only the methods on counts need one
          found(DataRule.COUNT_NOT_A_NUMBER, at, message + ": read as missing");
          return OptionalDouble.empty();
        }
        throw OutcomesException.badInput(at, message);
      }
      if (x < 0 && cols.length > 1 && (f == Field.COUNT || f == Field.DENOMINATOR)) {
        // one negative part could hide in a positive sum
        throw OutcomesException.badInput(
            new Location(rows.file(), row.line(), col + 1),
            f.key() + " part '" + cell.strip() + "' is negative: a count is never below 0");
      }
      sum += x;
    }
    return OptionalDouble.of(sum);
  }

  private OptionalDouble nonNegative(Row row, ResolvedMapping m, Field f) {
    OptionalDouble x = number(row, m, f);
    if (x.isPresent() && x.getAsDouble() < 0) {
      throw error(row, m, f, f.key() + " " + x.getAsDouble() + " is negative");
    }
    return x;
  }

  private Optional<Interval> interval(
      Row row, ResolvedMapping m, OptionalDouble value, Field lower, Field upper) {
    OptionalDouble lo = number(row, m, lower);
    OptionalDouble hi = number(row, m, upper);
    if (lo.isEmpty() || hi.isEmpty()) {
      return Optional.empty();
    }
    double l = lo.getAsDouble();
    double u = hi.getAsDouble();
    if (l > u) {
      found(
          DataRule.REVERSED_LIMITS,
          row,
          m,
          lower,
          lower.key()
              + " "
              + l
              + " is above "
              + upper.key()
              + " "
              + u
              + ": the limits are reversed");
      return Optional.empty();
    }
    if (value.isPresent() && DataRule.outsideLimits(value.getAsDouble(), l, u)) {
      found(
          DataRule.VALUE_OUTSIDE_LIMITS,
          row,
          m,
          Field.VALUE,
          "the value "
              + m.text(row, Field.VALUE)
              + " lies outside its limits "
              + m.text(row, lower)
              + " to "
              + m.text(row, upper)
              + " (a value rounded, its limits not?): it is compared on its limits");
    }
    return Optional.of(new Interval(l, u));
  }

  /** A finding of the policy, for a file whose figures are used: thrown, or said. */
  private void found(DataRule rule, Row row, ResolvedMapping m, Field f, String message) {
    found(rule, new Location(rows.file(), row.line(), m.columnOf(f)), message);
  }

  private void found(DataRule rule, Location at, String message) {
    Problem p = rule.problem(at, message, DataRule.Use.FIGURES);
    if (p.isError()) {
      throw OutcomesException.badInput(p.location(), p.message());
    }
    findings.accept(p);
  }

  /** The fields whose text reaches a chart, a workbook, a paper or a file name. */
  private static final java.util.List<Field> SHOWN =
      java.util.List.of(
          Field.INDICATOR_NAME,
          Field.AREA_CODE,
          Field.AREA_NAME,
          Field.AREA_TYPE,
          Field.PARENT_CODE,
          Field.SEX,
          Field.AGE,
          Field.CATEGORY_TYPE,
          Field.CATEGORY,
          Field.PERIOD,
          Field.VALUE_NOTE,
          Field.RECENT_TREND,
          Field.COMPARED_TO_ENGLAND,
          Field.COMPARED_TO_PARENT);

  /**
   * Refuses a control character (NUL, vertical tab, escape…) in a text that is shown: it is damage,
   * not data, and an SVG or a document holding one is not valid XML. Tabs and line breaks are text
   * (Fingertips puts a line break in indicator names).
   */
  private void printable(Row row, ResolvedMapping m) {
    for (Field f : SHOWN) {
      for (int col : m.columnsOf(f)) {
        String cell = row.cell(col);
        for (int i = 0; i < cell.length(); i++) {
          char c = cell.charAt(i);
          if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
            throw OutcomesException.badInput(
                new Location(rows.file(), row.line(), col + 1),
                f.key()
                    + " holds a control character (U+"
                    + String.format(java.util.Locale.ROOT, "%04X", (int) c)
                    + "): the file is damaged or not text; remove the character");
          }
        }
      }
    }
  }

  private OutcomesException error(Row row, ResolvedMapping m, Field f, String message) {
    return OutcomesException.badInput(
        new Location(rows.file(), row.line(), m.columnOf(f)), message);
  }
}
