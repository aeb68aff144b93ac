package outcomes.csv;

/**
 * The cells of a record copied whole from a {@link CsvChunks} read ({@link RawRecord#start()} to
 * {@link RawRecord#end()}), as UTF-8 bytes, for writing a record out again without decoding it.
 * {@link #read} a record, then ask about its cells. One instance serves one thread.
 */
public final class RecordCells {
  /** Receives each cell's bytes, a doubled quote already made single. */
  @FunctionalInterface
  public interface Visitor {
    void cell(int index, byte[] bytes, int from, int to);
  }

  private final CsvScanner scanner = new CsvScanner();
  private byte[] record;
  private byte[] scratch = new byte[256];

  /** Reads a record; returns its number of cells. */
  public int read(byte[] record) {
    if (scanner.scan(record, 0, record.length, true) < 0) {
      throw new IllegalArgumentException("not one whole CSV record");
    }
    this.record = record;
    return scanner.cells;
  }

  /** Where cell i's bytes start in the record: after its opening quote if it has one. */
  public int start(int i) {
    return scanner.start(i);
  }

  /** Where cell i's bytes end: at its closing quote if it has one. */
  public int end(int i) {
    return scanner.end(i);
  }

  /** Whether the record wrote cell i in quotes. */
  public boolean isQuoted(int i) {
    return scanner.quoting(i) != CsvScanner.PLAIN;
  }

  /** Whether quoted cell i is followed by spaces before its comma or the record's end. */
  public boolean hasSpaceAfterQuote(int i) {
    int after = scanner.end(i) + 1;
    return after != scanner.recordEnd && record[after] != ',';
  }

  /** Whether some unquoted cell of the record holds a quote character as text. */
  public boolean hasQuoteInPlainCell() {
    return scanner.quoteInPlainCell;
  }

  /** Hands every cell of the record to the visitor, in order, its doubled quotes made single. */
  public void forEach(Visitor v) {
    for (int i = 0; i < scanner.cells; i++) {
      int s = scanner.start(i);
      int e = scanner.end(i);
      if (scanner.quoting(i) == CsvScanner.ESCAPED) {
        if (scratch.length < e - s) {
          scratch = new byte[Math.max(e - s, scratch.length * 2)];
        }
        v.cell(i, scratch, 0, scanner.copy(record, i, scratch, 0));
      } else {
        v.cell(i, record, s, e);
      }
    }
  }
}
