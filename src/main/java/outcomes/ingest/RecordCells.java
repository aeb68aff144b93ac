package outcomes.ingest;

/**
 * The cells of a record copied whole from a {@link CsvChunks} read ({@link RawRecord#start()} to
 * {@link RawRecord#end()}), as UTF-8 bytes, for writing a record out again without decoding it.
 * One instance serves one thread.
 */
public final class RecordCells {
  /** Receives each cell's bytes, a doubled quote already made single. */
  @FunctionalInterface
  public interface Visitor {
    void cell(int index, byte[] bytes, int from, int to);
  }

  private final CsvScanner scanner = new CsvScanner();
  private byte[] scratch = new byte[256];

  /** Hands every cell of the record to the visitor, in order; returns the number of cells. */
  public int forEach(byte[] record, Visitor v) {
    if (scanner.scan(record, 0, record.length, true) < 0) {
      throw new IllegalArgumentException("not one whole CSV record");
    }
    for (int i = 0; i < scanner.cells; i++) {
      int s = scanner.starts[i];
      int e = scanner.ends[i];
      if (scanner.quoting[i] == CsvScanner.ESCAPED) {
        if (scratch.length < e - s) {
          scratch = new byte[Math.max(e - s, scratch.length * 2)];
        }
        v.cell(i, scratch, 0, scanner.copy(record, i, scratch, 0));
      } else {
        v.cell(i, record, s, e);
      }
    }
    return scanner.cells;
  }
}
