package outcomes.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds one CSV record at a time in a window of UTF-8 bytes, reading exactly as Commons CSV's RFC
 * 4180 format with empty lines ignored did: a quote opens a quoted cell only as a cell's first
 * character; {@code ""} inside quotes is one quote; after a closing quote only whitespace may come
 * before the comma or line end; CRLF, LF and a lone CR all end a record; empty lines are skipped.
 *
 * <p>It records where each cell lies instead of copying it, so a caller decodes only the cells it
 * needs, and it checks that the record is well-formed UTF-8 (only records holding a byte above 0x7F
 * need the full check). The record's bytes must stay in the window until the next call.
 *
 * <p>Rows of an extract come in runs that repeat their first cells (indicator, area, sex, age,
 * category), often with a quoted area name: so a record is first compared, as bytes, with the one
 * scanned before it in the same window, and the cells it shares whole are kept from that one's
 * instead of being scanned again ({@link #sameCells}). Cutting records depends only on the bytes
 * from the record's start, so equal bytes give equal cells; cells are held relative to the record's
 * start, so those shared stay where they are, untouched. A caller that moves or overwrites the
 * bytes in a window it is still scanning calls {@link #forget()} first.
 */
final class CsvScanner {
  /** {@link #scan} results other than a position. */
  static final int NEED_MORE = -1;

  static final int END = -2;
  static final int ERROR = -3;

  /** Error kinds. */
  static final int UNCLOSED_QUOTE = 1;

  static final int TEXT_AFTER_QUOTE = 2;
  static final int BAD_UTF8 = 3;

  private static final byte COMMA = ',';
  private static final byte QUOTE = '"';
  private static final byte CR = '\r';
  private static final byte LF = '\n';

  /**
   * Cell i holds bytes [{@link #start}(i), {@link #end}(i)), held here relative to the record's
   * start, which a record of at most {@link Rows#MAX_RECORD} bytes keeps below 2^30; the top two
   * bits of each start say how the cell was quoted ({@link #quoting}), so a plain cell, the usual
   * one, costs two stores.
   */
  private int[] starts = new int[32];

  private int[] ends = new int[32];
  private static final int OFFSET = (1 << 30) - 1;
  int cells;

  /** How many of the first cells are, with their commas, byte for byte the previous record's. */
  int sameCells;

  /** Records scanned whole so far: consecutive numbers mean nothing was scanned between. */
  long records;

  /** The record's first byte and the end of its last cell (before the line break). */
  int recordStart;

  int recordEnd;

  /** Line breaks before the record (empty lines) and up to the end of its line break. */
  int linesBefore;

  int linesThrough;
  int errorKind;
  int errorAt;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long HIGHS = 0x8080808080808080L;

  /** Added to a byte's low seven bits, carries into its high bit when the byte is '-' or above. */
  private static final long BELOW_DASH = 0x5353535353535353L;

  /**
   * The index of the lowest byte flagged in a mask that has only bytes' high bits set: the lowest
   * bit, 2^(8k+7), times a constant whose byte 7-k is k, leaves k in the top byte. C1 (which the
   * launcher uses) makes Long.numberOfTrailingZeros a call.
   */
  private static int firstByte(long mask) {
    return (int) ((((mask & -mask) >>> 7) * 0x0001020304050607L) >>> 56);
  }

  static final byte PLAIN = 0;
  static final byte QUOTED = 1;
  static final byte ESCAPED = 2;

  /** How a run of unquoted cells stopped. */
  private static final int AT_QUOTE = 0;

  private static final int AT_LINE_END = 1;
  private static final int AT_EOF = 2;

  private int lines;
  private boolean nonAscii;

  /** Whether a quoted cell of the record holds a line break. */
  private boolean breakInCell;

  /** Whether the last call returned a whole record, which the next call then compares with. */
  private boolean scanned;

  /** The window of that record, and where the record after it may start. */
  private byte[] window;

  private int after;

  /**
   * The previous whole record: its window, start, number of cells, and whether its cells (still in
   * the arrays until a record overwrites them) can be reused.
   */
  private byte[] prevWindow;

  private int prevStart;
  private int prevAfter;
  private int prevCells;

  /** How many cells the previous record shared with the one before it. */
  private int prevSame;

  private boolean prevReusable;
  private boolean prevNonAscii;

  /**
   * Whether an unquoted cell of the last record holds a quote (as text, which Commons CSV allows).
   */
  boolean quoteInPlainCell;

  private int stop;

  /**
   * Scans the record starting at {@code p}: returns the position after its line break, or {@link
   * #END} when only empty lines remain, {@link #NEED_MORE} when the window ends inside the record
   * and more bytes may follow ({@code eof} false), or {@link #ERROR}.
   */
  int scan(byte[] b, int p, int end, boolean eof) {
    if (scanned) {
      keepAsPrevious();
    } else {
      // a record left unfinished (more bytes needed, or an error) has overwritten some cells
      prevReusable = false;
    }
    lines = 0;
    // Empty lines before a record are skipped, as Commons CSV's ignoreEmptyLines does.
    while (p < end && (b[p] == CR || b[p] == LF)) {
      if (b[p] == CR) {
        if (p + 1 == end && !eof) {
          return NEED_MORE;
        }
        p += p + 1 < end && b[p + 1] == LF ? 2 : 1;
      } else {
        p++;
      }
      lines++;
    }
    if (p == end) {
      return eof ? END : NEED_MORE;
    }
    linesBefore = lines;
    recordStart = p;
    cells = 0;
    sameCells = 0;
    nonAscii = false;
    breakInCell = false;
    quoteInPlainCell = false;
    // A record before the previous one's end means the window was refilled: compare nothing.
    if (prevWindow == b && prevReusable && p >= prevAfter) {
      int q = reusePrefix(b, p, end);
      if (q > p) {
        if (q == end) {
          return afterCommaAtEnd(b, q, eof);
        }
        p = q;
      }
    }
    return cells(b, p, end, eof);
  }

  /** Forgets the previous record: its bytes are about to move or be overwritten. */
  void forget() {
    scanned = false;
    window = null;
    prevWindow = null;
  }

  /** Makes the record just scanned the one the next is compared with. */
  private void keepAsPrevious() {
    scanned = false;
    prevCells = cells;
    prevSame = sameCells;
    prevStart = recordStart;
    prevAfter = after;
    prevWindow = window;
    window = null;
    prevNonAscii = nonAscii;
    // Line breaks in the shared cells would need counting again, and a quote in a plain cell
    // flagging: both rare, so such a record is simply scanned whole.
    prevReusable = !breakInCell && !quoteInPlainCell && cells > 1;
  }

  /**
   * Takes the cells that the record at p shares whole, with the comma after them, with the previous
   * one; returns where scanning goes on (p when it shares none).
   */
  private int reusePrefix(byte[] b, int p, int end) {
    int last = prevCells - 2; // the last cell that a comma follows
    int length = Math.min(next(last), end - p);
    int same = Arrays.mismatch(b, prevStart, prevStart + length, b, p, p + length);
    if (same < 0) {
      same = length;
    }
    // Cell ends only grow: start from as many cells as the previous record shared, when those fit.
    int n = prevSame > 0 && prevSame - 1 <= last && next(prevSame - 1) <= same ? prevSame : 0;
    while (n <= last && next(n) <= same) {
      n++;
    }
    if (n == 0) {
      return p;
    }
    cells = n;
    sameCells = n;
    nonAscii = prevNonAscii;
    return p + next(n - 1);
  }

  /**
   * Where the previous record's cell after cell i begins (after the comma ending cell i), from that
   * record's start: read before this record's cell i + 1 overwrites it.
   */
  private int next(int i) {
    int s = starts[i + 1];
    return (s & OFFSET) - (s >>> 30 == PLAIN ? 0 : 1);
  }

  /** The cells from p, the start of a cell that is not at the end of the window. */
  private int cells(byte[] b, int p, int end, boolean eof) {
    for (; ; ) {
      if (b[p] != QUOTE) {
        p = unquoted(b, p, end, eof);
        if (p < 0) {
          return p;
        }
        if (stop == AT_EOF) {
          return done(b, p);
        }
        if (stop == AT_LINE_END) {
          return lineEnd(b, p, end, eof);
        }
      }
      // a quoted cell at p
      p = quoted(b, p, end, eof);
      if (p < 0) {
        return p;
      }
      if (p == end) {
        recordEnd = p;
        return done(b, p);
      }
      if (b[p] != COMMA) {
        recordEnd = p;
        return lineEnd(b, p, end, eof);
      }
      p++;
      if (p == end) {
        return afterCommaAtEnd(b, p, eof);
      }
    }
  }

  /**
   * Unquoted cells from p, eight bytes at a time: one test marks the bytes below '-' or above 0x7F
   * in a word, which takes in every comma, quote and line break, and only the marked bytes are
   * looked at. Stops at a quote that opens a cell (returning its position), at the line break, or
   * at the end of the file.
   */
  private int unquoted(byte[] b, int p, int end, boolean eof) {
    int cs = p;
    int from = recordStart;
    // held in locals, not fields, in the loop: C1 would load and store the fields at every cell
    int[] st = starts;
    int[] en = ends;
    int n = cells;
    while (p + 8 <= end) {
      long w = (long) LONGS.get(b, p);
      long marks = (w | ~((w & LOW7) + BELOW_DASH)) & HIGHS;
      if (marks != 0 && n + 8 > st.length) {
        cells = n;
        grow();
        st = starts;
        en = ends;
      }
      while (marks != 0) {
        int at = p + firstByte(marks);
        marks &= marks - 1;
        byte x = b[at];
        if (x == COMMA) {
          st[n] = cs - from;
          en[n] = at - from;
          n++;
          cs = at + 1;
        } else if (x < 0) {
          nonAscii = true;
        } else if (x == QUOTE) {
          if (at == cs) {
            cells = n;
            stop = AT_QUOTE;
            return at;
          }
          quoteInPlainCell = true; // a quote inside an unquoted cell is just text
        } else if (x == LF || x == CR) {
          cells = n;
          add(cs, at, PLAIN);
          recordEnd = at;
          stop = AT_LINE_END;
          return at;
        }
      }
      p += 8;
    }
    cells = n;
    for (; ; p++) {
      if (p == end) {
        if (!eof) {
          return NEED_MORE;
        }
        add(cs, p, PLAIN);
        recordEnd = p;
        stop = AT_EOF;
        return p;
      }
      byte x = b[p];
      if (x == COMMA) {
        add(cs, p, PLAIN);
        cs = p + 1;
      } else if (x < 0) {
        nonAscii = true;
      } else if (x == QUOTE) {
        if (p == cs) {
          stop = AT_QUOTE;
          return p;
        }
        quoteInPlainCell = true;
      } else if (x == LF || x == CR) {
        add(cs, p, PLAIN);
        recordEnd = p;
        stop = AT_LINE_END;
        return p;
      }
    }
  }

  /** A quoted cell opening at p: returns where it and any whitespace after it end. */
  private int quoted(byte[] b, int p, int end, boolean eof) {
    int q = p + 1;
    byte kind = QUOTED;
    for (; ; ) {
      if (q == end) {
        return eof ? fail(UNCLOSED_QUOTE, recordStart, b, recordStart, end) : NEED_MORE;
      }
      byte x = b[q];
      if (x == QUOTE) {
        if (q + 1 == end && !eof) {
          return NEED_MORE;
        }
        if (q + 1 < end && b[q + 1] == QUOTE) {
          kind = ESCAPED;
          q += 2;
          continue;
        }
        break;
      }
      if (x == CR || (x == LF && b[q - 1] != CR)) {
        lines++;
        breakInCell = true;
      } else if (x < 0) {
        nonAscii = true;
      }
      q++;
    }
    add(p + 1, q, kind);
    p = q + 1;
    // Only whitespace may follow a closing quote before the comma or the line end.
    for (; ; ) {
      if (p == end) {
        return eof ? p : NEED_MORE;
      }
      byte c = b[p];
      if (c == COMMA || c == CR || c == LF) {
        return p;
      }
      int w = whitespaceLength(b, p, end);
      if (w < 0 && !eof) {
        return NEED_MORE;
      }
      if (w <= 0) {
        // The character itself is checked too: a byte that is not UTF-8 is the first error.
        int to = Math.min(end, p + Math.max(1, Utf8.sequenceLength(b[p])));
        return fail(TEXT_AFTER_QUOTE, p, b, recordStart, to);
      }
      p += w;
    }
  }

  /**
   * A comma that ends the window at p: more bytes may follow, or, at the very end of the file, it
   * leaves one more, empty, cell that ends the record.
   */
  private int afterCommaAtEnd(byte[] b, int p, boolean eof) {
    if (!eof) {
      return NEED_MORE;
    }
    add(p, p, PLAIN);
    recordEnd = p;
    return done(b, p);
  }

  /** The record's line break at p (CR, LF or CRLF): returns the position after it. */
  private int lineEnd(byte[] b, int p, int end, boolean eof) {
    if (b[p] == CR) {
      if (p + 1 == end && !eof) {
        return NEED_MORE;
      }
      p += p + 1 < end && b[p + 1] == LF ? 2 : 1;
    } else {
      p++;
    }
    lines++;
    return done(b, p);
  }

  private void add(int start, int end, byte kind) {
    if (cells == starts.length) {
      grow();
    }
    starts[cells] = (start - recordStart) | kind << 30;
    ends[cells] = end - recordStart;
    cells++;
  }

  private int done(byte[] b, int p) {
    linesThrough = lines;
    if (nonAscii) {
      int bad = Utf8.firstInvalid(b, recordStart, recordEnd);
      if (bad >= 0) {
        errorKind = BAD_UTF8;
        errorAt = bad;
        return ERROR;
      }
    }
    scanned = true;
    window = b;
    after = p;
    records++;
    return p;
  }

  /** A record error, unless the bytes before it are not UTF-8, which is then the first error. */
  private int fail(int kind, int at, byte[] b, int from, int to) {
    int bad = Utf8.firstInvalid(b, from, to);
    errorKind = bad >= 0 ? BAD_UTF8 : kind;
    errorAt = bad >= 0 ? bad : at;
    return ERROR;
  }

  /**
   * The length of the whitespace character at p (Character.isWhitespace, as Commons CSV checks
   * after a closing quote), 0 if it is not whitespace, -1 if its bytes run past the window.
   */
  private static int whitespaceLength(byte[] b, int p, int end) {
    int x = b[p];
    if (x >= 0) {
      return Character.isWhitespace(x) ? 1 : 0;
    }
    int n = Utf8.sequenceLength(x);
    if (n <= 1) {
      return 0;
    }
    if (p + n > end) {
      return -1;
    }
    String ch = new String(b, p, n, StandardCharsets.UTF_8);
    return ch.length() == 1 && Character.isWhitespace(ch.charAt(0)) ? n : 0;
  }

  private void grow() {
    int n = starts.length * 2;
    starts = Arrays.copyOf(starts, n);
    ends = Arrays.copyOf(ends, n);
  }

  // ---- reading the cells of the last record ----

  /** Where cell i's bytes start in the window: after its opening quote if it has one. */
  int start(int i) {
    return recordStart + (starts[i] & OFFSET);
  }

  /** How cell i was written: {@link #PLAIN}, {@link #QUOTED} or {@link #ESCAPED}. */
  int quoting(int i) {
    return starts[i] >>> 30;
  }

  /** Where cell i's bytes end in the window: at its closing quote if it has one. */
  int end(int i) {
    return recordStart + ends[i];
  }

  /** The decoded length of cell i in bytes (its content with doubled quotes made single). */
  int copy(byte[] b, int i, byte[] dst, int off) {
    int s = start(i);
    int e = end(i);
    if (quoting(i) != ESCAPED) {
      System.arraycopy(b, s, dst, off, e - s);
      return e - s;
    }
    int o = off;
    for (int p = s; p < e; p++) {
      dst[o++] = b[p];
      if (b[p] == QUOTE) {
        p++;
      }
    }
    return o - off;
  }

  /**
   * Whether cell i, not one with a doubled quote, is key[off, off + len): compared where it lies,
   * eight bytes at a time.
   */
  boolean cellIs(byte[] b, int i, byte[] key, int off, int len) {
    int a = start(i);
    if (end(i) - a != len) {
      return false;
    }
    int k = 0;
    for (; k + 8 <= len; k += 8) {
      if ((long) LONGS.get(b, a + k) != (long) LONGS.get(key, off + k)) {
        return false;
      }
    }
    for (; k < len; k++) {
      if (b[a + k] != key[off + k]) {
        return false;
      }
    }
    return true;
  }

  /** Cell i as text. */
  String text(byte[] b, int i) {
    int s = start(i);
    int e = end(i);
    if (quoting(i) != ESCAPED) {
      return s == e ? "" : new String(b, s, e - s, StandardCharsets.UTF_8);
    }
    byte[] tmp = new byte[e - s];
    int n = copy(b, i, tmp, 0);
    return new String(tmp, 0, n, StandardCharsets.UTF_8);
  }

  /** Every cell of the last record as text. */
  String[] texts(byte[] b) {
    String[] out = new String[cells];
    for (int i = 0; i < cells; i++) {
      out[i] = text(b, i);
    }
    return out;
  }

  /** True when every cell is empty or whitespace, as a row of commas below a table is. */
  boolean isBlank(byte[] b) {
    for (int i = 0; i < cells; i++) {
      for (int p = start(i), e = end(i); p < e; p++) {
        int x = b[p];
        if (x > ' ' && x < 0x7F) {
          return false; // printable ASCII, the usual first byte of a row
        }
        if (x < 0) {
          return text(b, i).isBlank() && restBlank(b, i + 1);
        }
        if (!Character.isWhitespace(x)) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean restBlank(byte[] b, int from) {
    for (int i = from; i < cells; i++) {
      if (!text(b, i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Line breaks in b[from, to), counted as Commons CSV counted lines: CR, LF, and CRLF once. {@code
   * from} must not split a CRLF, as a record boundary never does.
   */
  static long lineBreaks(byte[] b, int from, int to) {
    long n = 0;
    byte prev = 0;
    for (int p = from; p < to; p++) {
      byte x = b[p];
      if (x == CR || (x == LF && prev != CR)) {
        n++;
      }
      prev = x;
    }
    return n;
  }
}
