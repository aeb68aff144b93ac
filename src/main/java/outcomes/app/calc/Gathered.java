package outcomes.app.calc;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * Numbers gathered from a group's rows in the first of two passes over the input, compactly (a
 * missing number is NaN), with a cursor for the second pass to take each row's result in turn.
 */
final class Gathered {
  private double[][] columns;
  private int size;
  private int cursor;

  Gathered(int width) {
    columns = new double[width][8];
  }

  /** Adds a row's numbers; an absent one is missing. */
  void add(OptionalDouble... numbers) {
    if (size == columns[0].length) {
      for (int c = 0; c < columns.length; c++) {
        columns[c] = Arrays.copyOf(columns[c], size * 2);
      }
    }
    for (int c = 0; c < columns.length; c++) {
      columns[c][size] = numbers[c].isPresent() ? numbers[c].getAsDouble() : Double.NaN;
    }
    size++;
  }

  int size() {
    return size;
  }

  OptionalDouble get(int column, int row) {
    double x = columns[column][row];
    return Double.isNaN(x) ? OptionalDouble.empty() : OptionalDouble.of(x);
  }

  List<OptionalDouble> column(int column) {
    return java.util.stream.IntStream.range(0, size).mapToObj(i -> get(column, i)).toList();
  }

  /** The index of the next row of this group in the second pass. */
  int next(Location at) {
    if (cursor >= size) {
      throw OutcomesException.badInput(at, "the file changed while it was being read: run again");
    }
    return cursor++;
  }
}
