package outcomes.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import outcomes.ingest.Numbers;

/**
 * CSV output that opening in a spreadsheet cannot turn into code: a text cell starting with =, +, -
 * or @ (and not a number) gets a leading apostrophe, the OWASP rule for CSV injection.
 *
 * <p>Written as Commons CSV's RFC 4180 printer writes (CRLF; a cell quoted when it starts with a
 * character up to '#', holds a comma, quote or line break, or ends in a character up to a space; an
 * empty first cell written as ""), but straight to the writer: the printer's per-cell locking and
 * appends were a large part of writing a national extract's latest rows.
 */
public final class CsvWriter {
  private CsvWriter() {}

  public static void write(Writer out, List<String> header, Iterable<String[]> rows)
      throws IOException {
    Stream s = new Stream(out);
    s.row(header);
    for (String[] row : rows) {
      s.row(row);
    }
    s.flush();
  }

  /** CSV written a row at a time, for a command that streams; every cell made safe as above. */
  public static final class Stream {
    private static final int HUGE = 1 << 16;

    private final Writer out;
    private final StringBuilder line = new StringBuilder(1024);

    public Stream(Writer out) {
      this.out = out;
    }

    public void row(List<String> cells) throws IOException {
      row(cells.toArray(new String[0]));
    }

    public void row(String[] cells) throws IOException {
      line.setLength(0);
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          line.append(',');
        }
        String cell = safe(cells[i]);
        if (cell.length() <= HUGE) {
          cell(line, cell, i == 0);
        } else {
          out.append(line);
          line.setLength(0);
          huge(cell);
        }
      }
      line.append("\r\n");
      out.append(line);
    }

    /**
     * A cell too long to copy into the line (a hostile file's tens of megabytes in one cell),
     * written to the output in slices: the line would need several copies of it, beyond a small
     * heap.
     */
    private void huge(String cell) throws IOException {
      boolean quoted = needsQuotes(cell);
      if (quoted) {
        out.write('"');
      }
      for (int from = 0; from < cell.length(); from += HUGE) {
        String slice = cell.substring(from, Math.min(cell.length(), from + HUGE));
        out.write(quoted ? slice.replace("\"", "\"\"") : slice);
      }
      if (quoted) {
        out.write('"');
      }
    }

    public void flush() throws IOException {
      out.flush();
    }
  }

  private static void cell(StringBuilder b, String s, boolean first) {
    int len = s.length();
    if (len == 0) {
      if (first) {
        b.append("\"\"");
      }
      return;
    }
    if (!needsQuotes(s)) {
      b.append(s);
      return;
    }
    b.append('"');
    int from = 0;
    for (int i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) {
      b.append(s, from, i + 1).append('"');
      from = i + 1;
    }
    b.append(s, from, len).append('"');
  }

  private static boolean needsQuotes(String s) {
    if (s.charAt(0) <= '#' || s.charAt(s.length() - 1) <= ' ') {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  /** Where bytes written go: a file's stream, or standard output's writer. */
  @FunctionalInterface
  public interface ByteSink {
    public void write(byte[] b, int length) throws IOException;
  }

  /**
   * A sink that decodes the bytes back to text for a writer with an encoding of its own (standard
   * output), through one reused buffer rather than a string per block.
   */
  public static ByteSink toWriter(Writer w) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    CharBuffer[] chars = {CharBuffer.allocate(1 << 17)};
    return (b, n) -> {
      if (chars[0].capacity() < n) {
        chars[0] = CharBuffer.allocate(n);
      }
      CharBuffer c = chars[0];
      c.clear();
      decoder.reset();
      decoder.decode(ByteBuffer.wrap(b, 0, n), c, true);
      decoder.flush(c);
      w.write(c.array(), 0, c.position());
    };
  }

  /**
   * Records formatted together: enough that handing a block to a thread costs nothing beside it.
   */
  private static final int BLOCK = 4096;

  /**
   * As {@link #write}, for records given as their UTF-8 bytes: the same output, written from the
   * bytes, so that only a cell that needs a second look (one starting =, +, -, @) is decoded.
   * Blocks of records are formatted on every core and written in order.
   */
  public static void writeRecords(ByteSink out, List<String> header, List<byte[]> records)
      throws IOException {
    java.io.StringWriter head = new java.io.StringWriter();
    new Stream(head).row(header);
    byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
    out.write(h, h.length);
    int blocks = (records.size() + BLOCK - 1) / BLOCK;
    int threads = Math.min(blocks, Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      for (int k = 0; k < blocks; k++) {
        RecordBytes b = format(records, k);
        out.write(b.bytes, b.size);
      }
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread t = new Thread(task, "outcomes-write");
              t.setDaemon(true);
              return t;
            });
    try {
      // a few blocks ahead of the writer, so memory stays a few blocks however many there are
      Deque<Future<RecordBytes>> ahead = new ArrayDeque<>();
      int next = 0;
      while (next < blocks || !ahead.isEmpty()) {
        while (next < blocks && ahead.size() < 2 * threads) {
          int k = next++;
          ahead.add(pool.submit(() -> format(records, k)));
        }
        RecordBytes b = Tasks.result(ahead.remove(), "writing");
        out.write(b.bytes, b.size);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Block k of the records, formatted. */
  private static RecordBytes format(List<byte[]> records, int k) {
    RecordBytes b = new RecordBytes();
    RecordCells cells = new RecordCells();
    for (byte[] r : records.subList(k * BLOCK, Math.min(records.size(), (k + 1) * BLOCK))) {
      int n = cells.read(r);
      if (writtenAsIs(cells, r, n)) {
        b.append(r);
      } else {
        cells.forEach(b);
      }
      b.append(CRLF);
    }
    return b;
  }

  private static final byte[] CRLF = {'\r', '\n'};
  private static final boolean[] DEFUSED = new boolean[256];

  static {
    for (char c : "=+-@\t\r".toCharArray()) {
      DEFUSED[c] = true;
    }
  }

  /**
   * Whether this writer would write the record exactly as it came: every unquoted cell written bare
   * (not empty in first place, not starting with a character up to '#' or ending in one up to a
   * space, no quote inside) and every quoted cell one that must be quoted, with no spaces after its
   * closing quote; none starting with a character that may need defusing. Most rows of an extract
   * are, and are then copied whole.
   */
  private static boolean writtenAsIs(RecordCells c, byte[] r, int cells) {
    for (int i = 0; i < cells; i++) {
      int s = c.start(i);
      int e = c.end(i);
      if (c.isQuoted(i)) {
        if (c.hasSpaceAfterQuote(i)
            || (s < e && DEFUSED[r[s] & 0xFF])
            || (s == e ? i > 0 : !needsQuotes(r, s, e))) {
          return false;
        }
      } else if (s == e
          ? i == 0
          : (r[s] & 0xFF) <= '#' || (r[e - 1] & 0xFF) <= ' ' || DEFUSED[r[s] & 0xFF]) {
        return false;
      }
    }
    return !c.hasQuoteInPlainCell();
  }

  private static boolean needsQuotes(byte[] r, int s, int e) {
    if ((r[s] & 0xFF) <= '#' || (r[e - 1] & 0xFF) <= ' ') {
      return true;
    }
    for (int p = s; p < e; p++) {
      byte x = r[p];
      if (x == ',' || x == '"' || x == '\n' || x == '\r') {
        return true;
      }
    }
    return false;
  }

  /** One record's cells written as {@link #cell} writes them, but from and to UTF-8 bytes. */
  private static final class RecordBytes implements RecordCells.Visitor {
    byte[] bytes = new byte[1 << 20];
    int size;

    @Override
    public void cell(int index, byte[] s, int from, int to) {
      room(2 * (to - from) + 8);
      if (index > 0) {
        bytes[size++] = ',';
      }
      if (from == to) {
        if (index == 0) {
          bytes[size++] = '"';
          bytes[size++] = '"';
        }
        return;
      }
      if (DEFUSED[s[from] & 0xFF]) {
        String text = new String(s, from, to - from, StandardCharsets.UTF_8);
        String safe = safe(text);
        if (!safe.equals(text)) {
          StringBuilder one = new StringBuilder();
          CsvWriter.cell(one, safe, index == 0);
          byte[] out = one.toString().getBytes(StandardCharsets.UTF_8);
          room(out.length);
          System.arraycopy(out, 0, bytes, size, out.length);
          size += out.length;
          return;
        }
      }
      boolean quote = (s[from] & 0xFF) <= '#' || (s[to - 1] & 0xFF) <= ' ';
      for (int p = from; p < to && !quote; p++) {
        byte x = s[p];
        quote = x == ',' || x == '"' || x == '\n' || x == '\r';
      }
      if (!quote) {
        System.arraycopy(s, from, bytes, size, to - from);
        size += to - from;
        return;
      }
      bytes[size++] = '"';
      for (int p = from; p < to; p++) {
        bytes[size++] = s[p];
        if (s[p] == '"') {
          bytes[size++] = '"';
        }
      }
      bytes[size++] = '"';
    }

    void append(byte[] b) {
      room(b.length);
      System.arraycopy(b, 0, bytes, size, b.length);
      size += b.length;
    }

    private void room(int n) {
      if (size + n > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
      }
    }
  }

  public static String safe(String cell) {
    if (cell.isEmpty()
        || "=+-@\t\r".indexOf(cell.charAt(0)) < 0
        || !Double.isNaN(Numbers.parse(cell))) {
      return cell;
    }
    return "'" + cell;
  }
}
