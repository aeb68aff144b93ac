package outcomes.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds one CSV record at a time in a window of UTF-8 bytes, reading exactly as Commons CSV's
 * RFC 4180 format with empty lines ignored did: a quote opens a quoted cell only as a cell's first
 * character; {@code ""} inside quotes is one quote; after a closing quote only whitespace may come
 * before the comma or line end; CRLF, LF and a lone CR all end a record; empty lines are skipped.
 *
 * <p>It records where each cell lies instead of copying it, so a caller decodes only the cells it
 * needs, and it checks that the record is well-formed UTF-8 (only records holding a byte above
 * 0x7F need the full check). The record's bytes must stay in the window until the next call.
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

  /** Cell i holds bytes [starts[i], ends[i]); quoted cells are flagged, escaped ones need unquoting. */
  int[] starts = new int[32];
  int[] ends = new int[32];
  byte[] quoting = new byte[32];
  int cells;
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
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /**
   * The high bit of each byte of w (little-endian) that is a comma, CR or LF, or not ASCII. Only
   * the lowest flagged byte is sure (a borrow can flag bytes above it), and only it is used.
   */
  private static long special(long w) {
    long comma = w ^ (ONES * COMMA);
    long lf = w ^ (ONES * LF);
    long cr = w ^ (ONES * CR);
    return (((comma - ONES) & ~comma) | ((lf - ONES) & ~lf) | ((cr - ONES) & ~cr) | w) & HIGHS;
  }

  static final byte PLAIN = 0;
  static final byte QUOTED = 1;
  static final byte ESCAPED = 2;

  /**
   * Scans the record starting at {@code p}: returns the position after its line break, or
   * {@link #END} when only empty lines remain, {@link #NEED_MORE} when the window ends inside the
   * record and more bytes may follow ({@code eof} false), or {@link #ERROR}.
   */
  int scan(byte[] b, int p, int end, boolean eof) {
    int lines = 0;
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
    boolean nonAscii = false;
    for (;;) {
      if (cells == starts.length) {
        grow();
      }
      int c;
      if (p < end && b[p] == QUOTE) {
        int q = p + 1;
        byte kind = QUOTED;
        for (;;) {
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
          } else if (x < 0) {
            nonAscii = true;
          }
          q++;
        }
        starts[cells] = p + 1;
        ends[cells] = q;
        quoting[cells] = kind;
        cells++;
        p = q + 1;
        // Only whitespace may follow a closing quote before the comma or the line end.
        for (;;) {
          if (p == end) {
            if (!eof) {
              return NEED_MORE;
            }
            c = -1;
            break;
          }
          c = b[p];
          if (c == COMMA || c == CR || c == LF) {
            break;
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
      } else {
        int s = p;
        byte x = 0;
        for (;;) {
          // eight bytes at a time to the next comma, line break or byte that is not ASCII
          while (p + 8 <= end) {
            long m = special((long) LONGS.get(b, p));
            if (m != 0) {
              p += Long.numberOfTrailingZeros(m) >>> 3;
              break;
            }
            p += 8;
          }
          while (p < end) {
            x = b[p];
            if (x == COMMA || x == LF || x == CR) {
              break;
            }
            if (x < 0) {
              nonAscii = true;
              p++;
              break;
            }
            p++;
          }
          if (p == end || x == COMMA || x == LF || x == CR) {
            break;
          }
        }
        if (p == end) {
          if (!eof) {
            return NEED_MORE;
          }
          c = -1;
        } else {
          c = x;
        }
        starts[cells] = s;
        ends[cells] = p;
        quoting[cells] = PLAIN;
        cells++;
      }
      if (c == COMMA) {
        p++;
        if (p == end && eof) {
          // A comma at the very end of the file leaves one more, empty, cell.
          if (cells == starts.length) {
            grow();
          }
          starts[cells] = p;
          ends[cells] = p;
          quoting[cells] = PLAIN;
          cells++;
          recordEnd = p;
          return done(b, p, lines, nonAscii);
        }
        continue;
      }
      recordEnd = p;
      if (c == CR) {
        if (p + 1 == end && !eof) {
          return NEED_MORE;
        }
        p += p + 1 < end && b[p + 1] == LF ? 2 : 1;
        lines++;
      } else if (c == LF) {
        p++;
        lines++;
      }
      return done(b, p, lines, nonAscii);
    }
  }

  private int done(byte[] b, int p, int lines, boolean nonAscii) {
    linesThrough = lines;
    if (nonAscii) {
      int bad = Utf8.firstInvalid(b, recordStart, recordEnd);
      if (bad >= 0) {
        errorKind = BAD_UTF8;
        errorAt = bad;
        return ERROR;
      }
    }
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
    quoting = Arrays.copyOf(quoting, n);
  }

  // ---- reading the cells of the last record ----

  /** The decoded length of cell i in bytes (its content with doubled quotes made single). */
  int copy(byte[] b, int i, byte[] dst, int off) {
    int s = starts[i];
    int e = ends[i];
    if (quoting[i] != ESCAPED) {
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

  /** Cell i as text. */
  String text(byte[] b, int i) {
    int s = starts[i];
    int e = ends[i];
    if (quoting[i] != ESCAPED) {
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
      for (int p = starts[i]; p < ends[i]; p++) {
        int x = b[p];
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
   * Line breaks in b[from, to), counted as Commons CSV counted lines: CR, LF, and CRLF once.
   * {@code from} must not split a CRLF, as a record boundary never does.
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
