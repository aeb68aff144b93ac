package outcomes.ingest;

import java.util.ArrayList;
import java.util.List;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * A header written over several rows, read as one: each column's name is its cells from the top row
 * down joined with " | " ("Life Expectancy | 2009-13"), a cell repeated or blank left out. A blank
 * cell in an upper row takes the cell to its left, as a merged spreadsheet cell spanning several
 * columns leaves its text only in the first. The rows below the header pass through.
 */
public final class StackedHeader implements RowSource {
  public static final String JOIN = " | ";

  private final RowSource rows;
  private final List<String> header;

  private StackedHeader(RowSource rows, List<String> header) {
    this.rows = rows;
    this.header = header;
  }

  /** The source with its header taken from its first {@code count} rows (1: unchanged). */
  public static RowSource of(RowSource rows, int count) {
    if (count <= 1) {
      return rows;
    }
    List<List<String>> stack = new ArrayList<>();
    stack.add(rows.header());
    for (int i = 1; i < count; i++) {
      Row r = rows.next();
      if (r == null) {
        throw OutcomesException.badInput(
            new Location(rows.file(), rows.headerLine(), 0),
            "the file ends before the " + count + " rows of its header");
      }
      stack.add(List.of(r.cells()));
    }
    return new StackedHeader(rows, join(stack));
  }

  static List<String> join(List<List<String>> stack) {
    int width = stack.stream().mapToInt(List::size).max().orElse(0);
    List<String> out = new ArrayList<>();
    String[] carried = new String[stack.size()];
    for (int col = 0; col < width; col++) {
      List<String> parts = new ArrayList<>();
      for (int r = 0; r < stack.size(); r++) {
        List<String> row = stack.get(r);
        String cell = col < row.size() ? row.get(col).strip() : "";
        boolean upper = r < stack.size() - 1;
        if (upper && cell.isEmpty() && carried[r] != null) {
          cell = carried[r];
        }
        carried[r] = cell.isEmpty() ? carried[r] : cell;
        if (!cell.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(cell))) {
          parts.add(cell);
        }
      }
      out.add(String.join(JOIN, parts));
    }
    return List.copyOf(out);
  }

  @Override
  public String file() {
    return rows.file();
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public long headerLine() {
    return rows.headerLine();
  }

  @Override
  public Row next() {
    return rows.next();
  }

  @Override
  public void close() {
    rows.close();
  }
}
