package outcomes.ingest;

/** One data row of a source: its cells as text and the line of the file where it starts. */
public final class Row {
  private final long line;
  private final String[] cells;

  public Row(long line, String[] cells) {
    this.line = line;
    this.cells = cells;
  }

  public long line() {
    return line;
  }

  public int size() {
    return cells.length;
  }

  /** The cell at a 0-based index, or "" past the end of a short row. */
  public String cell(int index) {
    return index < cells.length ? cells[index] : "";
  }

  /** The cells as read, for writing a row back out exactly as it came. */
  public String[] cells() {
    return cells.clone();
  }
}
