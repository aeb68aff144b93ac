package outcomes.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import outcomes.ingest.InputFiles;
import outcomes.ingest.Row;
import outcomes.ingest.RowSource;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * Rows of a CSV file: RFC 4180 quoting (commas and line breaks inside quotes), CRLF, LF or CR,
 * UTF-8 with or without a byte-order mark, or another declared encoding. Title lines above the
 * header are skipped by naming the header's row. Every row knows the physical line it starts on.
 *
 * <p>The bytes are scanned directly ({@link CsvScanner}), as Commons CSV read them before: it was
 * most of the time spent reading a large extract, and its reader's read-ahead made errors point at
 * the wrong line. A file in another encoding is read through {@link Utf8Transcoder}.
 */
public final class CsvRowSource implements RowSource {
  private static final int START_BUFFER = 1 << 16;

  private final String file;
  private final InputStream in;
  private final CsvScanner scanner = new CsvScanner();
  private byte[] buf = new byte[START_BUFFER];
  private int pos;
  private int lim;
  private boolean eof;

  /** The physical line that buf[pos] is on. */
  private long line = 1;

  private List<String> header;
  private long headerLine;
  private int width;
  private long recordLine;

  private CsvRowSource(String file, InputStream in) {
    this.file = file;
    this.in = in;
  }

  /** Opens a CSV file whose header is on the given row (1 for the first). */
  public static CsvRowSource open(Path path, String encoding, int headerRow) {
    String name = path.toString();
    InputStream raw = InputFiles.openFile(path);
    CsvRowSource src = null;
    try {
      Charset cs = charset(encoding, name);
      byte[] head = Bom.read(raw, name);
      boolean utf8 = cs.equals(StandardCharsets.UTF_8);
      int skip = utf8 && Bom.isUtf8(head) ? 3 : 0;
      InputStream body =
          new java.io.SequenceInputStream(
              new java.io.ByteArrayInputStream(head, skip, head.length - skip), raw);
      src = new CsvRowSource(name, utf8 ? body : new Utf8Transcoder(body, cs));
      src.readHeader(headerRow);
      return src;
    } catch (IOException | RuntimeException e) {
      closeQuietly(raw);
      throw e instanceof OutcomesException oe ? oe : InputFiles.unreadable(name, e);
    }
  }

  private static Charset charset(String encoding, String file) {
    try {
      return Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      throw OutcomesException.badInput(Location.of(file), "unknown encoding '" + encoding + "'");
    }
  }

  private void readHeader(int headerRow) {
    for (int row = 1; row <= headerRow; row++) {
      if (!nextRecord()) {
        throw OutcomesException.badInput(
            Location.of(file),
            row == 1
                ? "the file is empty: expected a header row"
                : "the file ends before its header row " + headerRow);
      }
    }
    header = List.of(scanner.texts(buf));
    headerLine = recordLine;
    width = header.size();
  }

  @Override
  public String file() {
    return file;
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public long headerLine() {
    return headerLine;
  }

  @Override
  public Row next() {
    while (nextRecord()) {
      // A row of nothing but commas, as spreadsheets leave below a table, is an empty line.
      if (scanner.isBlank(buf)) {
        continue;
      }
      if (scanner.cells > width) {
        throw OutcomesException.badInput(
            new Location(file, recordLine, width + 1), CsvErrors.tooWide(scanner.cells, width));
      }
      return new Row(recordLine, scanner.texts(buf));
    }
    return null;
  }

  /**
   * Scans the next record into the scanner, reading more of the file as needed; false at the end.
   */
  private boolean nextRecord() {
    for (; ; ) {
      int r = scanner.scan(buf, pos, lim, eof);
      if (r >= 0) {
        recordLine = line + scanner.linesBefore;
        line += scanner.linesThrough;
        pos = r;
        return true;
      }
      if (r == CsvScanner.END) {
        return false;
      }
      if (r == CsvScanner.ERROR) {
        throw error();
      }
      fill();
    }
  }

  private OutcomesException error() {
    long start = line + scanner.linesBefore;
    return switch (scanner.errorKind) {
      case CsvScanner.BAD_UTF8 ->
          notInEncoding(
              line + CsvScanner.lineBreaks(buf, pos, scanner.errorAt),
              column(pos, scanner.errorAt));
      case CsvScanner.UNCLOSED_QUOTE ->
          OutcomesException.badInput(new Location(file, start, 0), CsvErrors.UNCLOSED_QUOTE);
      default ->
          OutcomesException.badInput(new Location(file, start, 0), CsvErrors.TEXT_AFTER_QUOTE);
    };
  }

  private OutcomesException notInEncoding(long atLine, int column) {
    return OutcomesException.badInput(
        new Location(file, atLine, column), CsvErrors.NOT_IN_ENCODING);
  }

  /** The 1-based cell of the record starting at {@code from} that byte {@code at} falls in. */
  private int column(int from, int at) {
    int cell = 1;
    boolean quoted = false;
    for (int i = from; i < at; i++) {
      if (buf[i] == '"') {
        quoted = !quoted;
      } else if (buf[i] == ',' && !quoted) {
        cell++;
      }
    }
    return cell;
  }

  /** Keeps the record being scanned, makes room, and reads more. */
  private void fill() {
    if (pos > 0) {
      scanner.forget();
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    if (lim == buf.length) {
      if (lim >= CsvErrors.MAX_RECORD) {
        throw OutcomesException.badInput(
            new Location(file, line + scanner.linesBefore, 0), CsvErrors.TOO_LONG);
      }
      buf = Arrays.copyOf(buf, Math.min(buf.length * 2, CsvErrors.MAX_RECORD));
    }
    try {
      int n = in.read(buf, lim, buf.length - lim);
      if (n < 0) {
        eof = true;
      } else {
        lim += n;
      }
    } catch (CharacterCodingException e) {
      // Everything before the bad bytes is in the buffer: they are on the line where it ends.
      throw notInEncoding(line + CsvScanner.lineBreaks(buf, pos, lim), column(pos, lim));
    } catch (IOException e) {
      throw InputFiles.unreadable(file, e);
    }
  }

  @Override
  public void close() {
    closeQuietly(in);
  }

  private static void closeQuietly(java.io.Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // Nothing was written through it; a failed close of an input loses nothing.
    }
  }
}
