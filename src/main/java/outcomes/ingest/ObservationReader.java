package outcomes.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import outcomes.model.Age;
import outcomes.model.Area;
import outcomes.model.Category;
import outcomes.model.ColumnMapping;
import outcomes.model.Field;
import outcomes.model.Interval;
import outcomes.model.Location;
import outcomes.model.Observation;
import outcomes.model.Origin;
import outcomes.model.OutcomesException;
import outcomes.model.Provenance;
import outcomes.model.Sex;
import outcomes.model.TimePeriod;

/**
 * Streams a source's rows into observations through a column mapping. Every cell is checked as it
 * is read: a number that is not a number, limits that are reversed or leave out their value, an
 * unknown sex or period are errors naming the file, line and column.
 */
public final class ObservationReader {
  private final RowSource rows;
  private final ResolvedMapping mapping;
  private final String indicatorId;
  private final Origin origin;
  private final Map<String, TimePeriod> periods = new HashMap<>();
  private final Map<String, Sex> sexes = new HashMap<>();

  private ObservationReader(RowSource rows, ResolvedMapping mapping, String indicatorId, Origin origin) {
    this.rows = rows;
    this.mapping = mapping;
    this.indicatorId = indicatorId;
    this.origin = origin;
  }

  /**
   * Reads every kept row of the source, handing each observation to the sink. An empty
   * indicator id takes each row's from its Indicator ID column.
   */
  public static void read(RowSource rows, ColumnMapping mapping, String indicatorId, Origin origin,
      Consumer<Observation> sink) {
    ResolvedMapping m = ResolvedMapping.of(mapping, rows.header(), rows.file(), rows.headerLine());
    requireFields(m, rows);
    new ObservationReader(rows, m, indicatorId, origin).forEach(sink);
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
    int width = mapping.width();
    for (Row row = rows.next(); row != null; row = rows.next()) {
      Rows.requireWidth(rows.file(), row, width);
      if (mapping.keeps(row)) {
        Observation o = observation(row);
        if (o != null) {
          sink.accept(o);
        }
      }
    }
  }

  /** The row's observation, or null for a row that names no area. */
  private Observation observation(Row row) {
    String code = mapping.text(row, Field.AREA_CODE);
    if (code.isEmpty()) {
      throw error(row, Field.AREA_CODE, "the area code is empty");
    }
    if (mapping.isMissing(code)) {
      // A published table's total or note row ("NA" for its code) belongs to no area.
      return null;
    }
    Area area = new Area(code, mapping.text(row, Field.AREA_NAME), mapping.text(row, Field.AREA_TYPE),
        mapping.text(row, Field.PARENT_CODE));
    OptionalDouble value = number(row, Field.VALUE);
    Optional<Interval> ci95 = interval(row, value, Field.LOWER_95, Field.UPPER_95);
    Optional<Interval> ci998 = interval(row, value, Field.LOWER_99_8, Field.UPPER_99_8);
    OptionalDouble count = nonNegative(row, Field.COUNT);
    OptionalDouble denominator = nonNegative(row, Field.DENOMINATOR);
    return new Observation(indicatorId(row), area, sex(row), age(row), category(row), period(row), value,
        ci95, ci998, count, denominator, valueNote(row),
        new Observation.Labels(mapping.text(row, Field.RECENT_TREND),
            mapping.text(row, Field.COMPARED_TO_ENGLAND), mapping.text(row, Field.COMPARED_TO_PARENT)),
        new Provenance(rows.file(), row.line(), origin));
  }

  /** The catalogue's id, or for a bare extract read without one, the row's own Indicator ID. */
  private String indicatorId(Row row) {
    if (!indicatorId.isEmpty()) {
      return indicatorId;
    }
    String id = mapping.text(row, Field.INDICATOR_ID);
    if (id.isEmpty()) {
      throw error(row, Field.INDICATOR_ID, "the indicator id is empty");
    }
    return id;
  }

  private String valueNote(Row row) {
    String note = mapping.text(row, Field.VALUE_NOTE);
    if (note.isEmpty() && mapping.columnsOf(Field.VALUE).length > 0) {
      String cell = mapping.text(row, Field.VALUE);
      if (!cell.isEmpty() && mapping.isMissing(cell)) {
        return cell;
      }
    }
    return note;
  }

  private Sex sex(Row row) {
    String text = mapping.text(row, Field.SEX);
    Sex s = sexes.get(text);
    if (s == null) {
      try {
        s = Sex.parse(text);
      } catch (IllegalArgumentException e) {
        throw error(row, Field.SEX, e.getMessage());
      }
      sexes.put(text, s);
    }
    return s;
  }

  private Age age(Row row) {
    String text = mapping.text(row, Field.AGE);
    return text.isEmpty() ? Age.ALL : new Age(text);
  }

  private Category category(Row row) {
    String type = mapping.text(row, Field.CATEGORY_TYPE);
    String name = mapping.text(row, Field.CATEGORY);
    return type.isEmpty() && name.isEmpty() ? Category.NONE : new Category(type, name);
  }

  private TimePeriod period(Row row) {
    String text = mapping.text(row, Field.PERIOD);
    TimePeriod p = periods.get(text);
    if (p == null) {
      try {
        p = TimePeriod.parse(text);
      } catch (IllegalArgumentException e) {
        throw error(row, Field.PERIOD, e.getMessage());
      }
      periods.put(text, p);
    }
    String sortable = mapping.text(row, Field.PERIOD_SORTABLE);
    if (!sortable.isEmpty()) {
      try {
        return p.withSortable(Long.parseLong(sortable));
      } catch (NumberFormatException e) {
        throw error(row, Field.PERIOD_SORTABLE, "'" + sortable + "' is not a whole number");
      }
    }
    return p;
  }

  private OptionalDouble number(Row row, Field f) {
    int[] cols = mapping.columnsOf(f);
    if (cols.length == 0) {
      String constant = mapping.text(row, f);
      return constant.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(constant));
    }
    double sum = 0;
    for (int col : cols) {
      String cell = row.cell(col);
      if (mapping.isMissing(cell)) {
        return OptionalDouble.empty();
      }
      double x = mapping.lenientNumbers() ? Numbers.parseLenient(cell) : Numbers.parse(cell);
      if (Double.isNaN(x)) {
        throw OutcomesException.badInput(new Location(rows.file(), row.line(), col + 1),
            f.key() + " '" + cell.strip() + "' is not a number");
      }
      sum += x;
    }
    return OptionalDouble.of(sum);
  }

  private OptionalDouble nonNegative(Row row, Field f) {
    OptionalDouble x = number(row, f);
    if (x.isPresent() && x.getAsDouble() < 0) {
      throw error(row, f, f.key() + " " + x.getAsDouble() + " is negative");
    }
    return x;
  }

  private Optional<Interval> interval(Row row, OptionalDouble value, Field lower, Field upper) {
    OptionalDouble lo = number(row, lower);
    OptionalDouble hi = number(row, upper);
    if (lo.isEmpty() || hi.isEmpty()) {
      return Optional.empty();
    }
    double l = lo.getAsDouble();
    double u = hi.getAsDouble();
    if (l > u) {
      throw error(row, lower, lower.key() + " " + l + " is above " + upper.key() + " " + u
          + ": the limits are reversed");
    }
    if (value.isPresent()) {
      double v = value.getAsDouble();
      double slack = 1e-9 * Math.max(1, Math.abs(v));
      if (v < l - slack || v > u + slack) {
        throw error(row, Field.VALUE, "the value " + v + " lies outside its limits " + l + " to " + u);
      }
    }
    return Optional.of(new Interval(l, u));
  }

  private OutcomesException error(Row row, Field f, String message) {
    return OutcomesException.badInput(
        new Location(rows.file(), row.line(), mapping.columnOf(f)), message);
  }
}
