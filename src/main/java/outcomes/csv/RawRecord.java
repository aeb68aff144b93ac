package outcomes.csv;

import java.nio.charset.StandardCharsets;
import outcomes.ingest.Numbers;

/**
 * One record of a {@link CsvChunks} read, as bytes: a reader copies or decodes only the cells it
 * needs. It is valid only while the reader's {@code row} call lasts; {@link #start()} and {@link
 * #end()} stay valid until the chunk's {@code finish}, which can copy the record whole.
 */
public final class RawRecord {
  private static final boolean[] ASCII_SPACE = new boolean[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_SPACE[c] = Character.isWhitespace(c);
    }
  }

  private final CsvScanner scanner;
  private byte[] buf;
  private long base;

  RawRecord(CsvScanner scanner) {
    this.scanner = scanner;
  }

  void at(byte[] buf, long base) {
    this.buf = buf;
    this.base = base;
  }

  /** The number of cells. */
  public int size() {
    return scanner.cells;
  }

  /**
   * How many of the first cells are byte for byte those of the record read just before this one,
   * which is the reader's previous row when {@link #number()} is one more than that row's.
   */
  public int sameCells() {
    return scanner.sameCells;
  }

  /** The record's number in its reader's sequence; readers of different chunks differ. */
  public long number() {
    return scanner.records;
  }

  /** Cell i as text, or "" past the end of a short row. */
  public String text(int i) {
    return i < scanner.cells ? scanner.text(buf, i) : "";
  }

  /** At most this many bytes are copied for cell i. */
  public int maxLength(int i) {
    return i < scanner.cells ? scanner.end(i) - scanner.start(i) : 0;
  }

  /** Copies cell i's UTF-8 bytes (a doubled quote made single) to dst; returns the length. */
  public int copy(int i, byte[] dst, int off) {
    if (i >= scanner.cells) {
      return 0;
    }
    if (scanner.quoting(i) == CsvScanner.ESCAPED) {
      return scanner.copy(buf, i, dst, off);
    }
    int s = scanner.start(i);
    int n = scanner.end(i) - s;
    System.arraycopy(buf, s, dst, off, n);
    return n;
  }

  /** As {@link #copy}, without leading and trailing whitespace, as String.strip() leaves it. */
  public int copyStripped(int i, byte[] dst, int off) {
    int n = copy(i, dst, off);
    int a = skipSpace(dst, off, off + n);
    int z = dropSpace(dst, a, off + n);
    if (nonAsciiAtAnEnd(dst, a, z)) {
      byte[] t = text(i).strip().getBytes(StandardCharsets.UTF_8);
      System.arraycopy(t, 0, dst, off, t.length);
      return t.length;
    }
    if (a > off) {
      System.arraycopy(dst, a, dst, off, z - a);
    }
    return z - a;
  }

  /**
   * Whether cell i is key[off, off + len), compared where it lies: false also when it cannot tell
   * cheaply (a cell with a doubled quote, or none), and the caller then copies the cell.
   */
  public boolean cellIs(int i, byte[] key, int off, int len) {
    CsvScanner s = scanner;
    if (i >= s.cells || s.quoting(i) == CsvScanner.ESCAPED) {
      return false;
    }
    return s.cellIs(buf, i, key, off, len);
  }

  /**
   * Cell i as a number, read where it lies ({@link Numbers#parse(byte[], int, int)} without the
   * whitespace around it): NaN when it is empty or not a plain number.
   */
  public double number(int i) {
    CsvScanner s = scanner;
    if (i >= s.cells) {
      return Double.NaN;
    }
    int a = skipSpace(buf, s.start(i), s.end(i));
    int z = dropSpace(buf, a, s.end(i));
    if (s.quoting(i) == CsvScanner.ESCAPED || nonAsciiAtAnEnd(buf, a, z)) {
      return Numbers.parse(text(i)); // a quote or other whitespace: no number, but said as one
    }
    return Numbers.parse(buf, a, z - a);
  }

  /**
   * Whether cells {@code first} (stripped of spaces) and {@code rest}, joined by NUL bytes, are
   * key[0, length), compared where they lie. False also when it cannot tell cheaply (a cell with a
   * doubled quote, a first cell with text that is not ASCII at an end): the caller then copies.
   */
  public boolean joinedEquals(byte[] key, int length, int first, int[] rest) {
    CsvScanner s = scanner;
    if (first >= s.cells || s.quoting(first) == CsvScanner.ESCAPED) {
      return false;
    }
    int a = skipSpace(buf, s.start(first), s.end(first));
    int z = dropSpace(buf, a, s.end(first));
    if (nonAsciiAtAnEnd(buf, a, z) || z - a > length) {
      return false;
    }
    for (int i = 0; i < z - a; i++) {
      if (buf[a + i] != key[i]) {
        return false;
      }
    }
    int k = z - a;
    for (int c : rest) {
      if (k >= length || key[k] != 0) {
        return false;
      }
      k++;
      if (c < s.cells) {
        if (s.quoting(c) == CsvScanner.ESCAPED) {
          return false;
        }
        int from = s.start(c);
        int n = s.end(c) - from;
        if (k + n > length) {
          return false;
        }
        for (int i = 0; i < n; i++) {
          if (buf[from + i] != key[k + i]) {
            return false;
          }
        }
        k += n;
      }
    }
    return k == length;
  }

  /** The first position of b[a, z) that is not ASCII whitespace, or z. */
  private static int skipSpace(byte[] b, int a, int z) {
    while (a < z && b[a] >= 0 && ASCII_SPACE[b[a]]) {
      a++;
    }
    return a;
  }

  /** Where b[a, z) ends without the ASCII whitespace at its end. */
  private static int dropSpace(byte[] b, int a, int z) {
    while (z > a && b[z - 1] >= 0 && ASCII_SPACE[b[z - 1]]) {
      z--;
    }
    return z;
  }

  /** Whether text b[a, z) begins or ends with a byte above 0x7F: it may be other whitespace. */
  private static boolean nonAsciiAtAnEnd(byte[] b, int a, int z) {
    return a < z && (b[a] < 0 || b[z - 1] < 0);
  }

  /** Where the record's bytes start in its chunk, for {@link CsvChunks.Bytes#copy}. */
  public int start() {
    return scanner.recordStart;
  }

  /** Where the record's bytes end in its chunk (before its line break). */
  public int end() {
    return scanner.recordEnd;
  }

  /** Where the record starts in its file, in bytes: its line is counted from it when needed. */
  public long offset() {
    return base + scanner.recordStart;
  }

  /** An error in this row at a 1-based column (0 for none), for the reader to throw. */
  public RuntimeException error(int column, String message) {
    return new BadRow(base + scanner.recordStart, column, message);
  }

  /** The cells of a record copied whole with {@link CsvChunks.Bytes#copy}. */
  public static String[] cells(byte[] record) {
    CsvScanner s = new CsvScanner();
    if (s.scan(record, 0, record.length, true) < 0) {
      throw new IllegalArgumentException("not one whole CSV record");
    }
    return s.texts(record);
  }

  /** A bad row, located by its offset in the file until its line is worked out. */
  static final class BadRow extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long offset;
    final int column;

    BadRow(long offset, int column, String message) {
      super(message, null, false, false);
      this.offset = offset;
      this.column = column;
    }
  }
}
