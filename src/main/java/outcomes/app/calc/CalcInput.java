package outcomes.app.calc;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import outcomes.csv.CsvRowSource;
import outcomes.ingest.Numbers;
import outcomes.ingest.Row;
import outcomes.ingest.Rows;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * calc's input: a UTF-8 CSV file with a header row, read one row at a time, and its cells read as
 * numbers with errors that name the file, line and column. An empty cell, or NA as R writes it, is
 * a missing value; any other cell that is not a plain number is an error.
 */
final class CalcInput implements AutoCloseable {
  private static final int MAXIMUM_WHOLE = 1_000_000;

  private final CsvRowSource source;
  private long rows;

  /** Cells a row needs: up to the last column an option named. */
  private int width;

  private CalcInput(CsvRowSource source) {
    this.source = source;
  }

  static CalcInput open(Path path) {
    return new CalcInput(CsvRowSource.open(path, "UTF-8", 1));
  }

  String file() {
    return source.file();
  }

  List<String> header() {
    return source.header();
  }

  Location headerLocation() {
    return new Location(source.file(), source.headerLine(), 0);
  }

  long rowsRead() {
    return rows;
  }

  /** The column with this name; a name that is absent, or on two columns, is an error. */
  Column column(String name, String option) {
    List<String> header = header();
    int first = header.indexOf(name);
    if (first < 0) {
      throw OutcomesException.badInput(
          headerLocation(),
          "no column named '"
              + name
              + "' ("
              + option
              + ") in the header; its columns are "
              + String.join(", ", header));
    }
    int last = header.lastIndexOf(name);
    if (last != first) {
      throw OutcomesException.badInput(
          headerLocation().atColumn(last + 1),
          "columns "
              + (first + 1)
              + " and "
              + (last + 1)
              + " are both named '"
              + name
              + "' ("
              + option
              + "): rename one");
    }
    width = Math.max(width, first + 1);
    return new Column(name, first, option);
  }

  /** The column, or null when the option was not given. */
  Column columnIfNamed(String name, String option) {
    return name == null ? null : column(name, option);
  }

  /** The next row, or null at the end of the file. */
  Row next() {
    Row row = source.next();
    if (row != null) {
      rows++;
      // a row cut short is not a row of missing values: the figures in it cannot be trusted
      Rows.requireWidth(file(), row, width);
    }
    return row;
  }

  /** The cell's number; absent for an empty cell or NA. */
  OptionalDouble number(Row row, Column c) {
    String cell = row.cell(c.index()).strip();
    if (cell.isEmpty() || cell.equals("NA")) {
      return OptionalDouble.empty();
    }
    double x = Numbers.parse(cell);
    if (Double.isNaN(x)) {
      throw error(
          row,
          c,
          c.name()
              + " '"
              + cell
              + "' is not a number (leave the cell empty, or"
              + " write NA, for a missing value)");
    }
    return OptionalDouble.of(x);
  }

  /** The cell's number, which must be there. */
  double required(Row row, Column c, String why) {
    return present(row, c, number(row, c), why);
  }

  /** A count or population: absent, or zero or more. */
  OptionalDouble count(Row row, Column c) {
    OptionalDouble x = number(row, c);
    if (x.isPresent() && x.getAsDouble() < 0) {
      throw error(
          row,
          c,
          c.name()
              + " "
              + NumberText.of(x.getAsDouble())
              + " is negative: it must be zero or more");
    }
    return x;
  }

  /** A denominator: absent, or greater than zero. */
  OptionalDouble positive(Row row, Column c) {
    OptionalDouble x = count(row, c);
    if (x.isPresent() && x.getAsDouble() == 0) {
      throw error(row, c, c.name() + " is 0: it must be greater than zero");
    }
    return x;
  }

  /** A count or population that must be there. */
  double requiredCount(Row row, Column c, String why) {
    return present(row, c, count(row, c), why);
  }

  /** A denominator that must be there. */
  double requiredPositive(Row row, Column c, String why) {
    return present(row, c, positive(row, c), why);
  }

  private double present(Row row, Column c, OptionalDouble x, String why) {
    if (x.isEmpty()) {
      throw error(row, c, c.name() + " is empty: " + why);
    }
    return x.getAsDouble();
  }

  /** A whole number from {@code min} to 1000000 (an age, a quantile, a frequency). */
  int whole(Row row, Column c, int min, String why) {
    double x = required(row, c, why);
    if (x != Math.rint(x) || x < min || x > MAXIMUM_WHOLE) {
      throw error(
          row,
          c,
          c.name()
              + " "
              + NumberText.of(x)
              + " must be a whole number from "
              + min
              + " to "
              + MAXIMUM_WHOLE);
    }
    return (int) x;
  }

  OutcomesException error(Row row, Column c, String message) {
    return OutcomesException.badInput(new Location(file(), row.line(), c.number()), message);
  }

  @Override
  public void close() {
    source.close();
  }
}
