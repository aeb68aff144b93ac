package outcomes.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import outcomes.model.Location;
import outcomes.model.OutcomesException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows of a CSV file through Commons CSV: RFC 4180 quoting (commas and line breaks inside quotes),
 * CRLF or LF, UTF-8 with or without a byte-order mark, or another declared encoding. Title lines
 * above the header are skipped by naming the header's row. Every row knows the line it starts on.
 */
public final class CsvRowSource implements RowSource {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private final String file;
  private final Charset charset;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> header;
  private final long headerLine;
  private final int width;
  private long nextLine;

  private CsvRowSource(String file, Charset charset, CSVParser parser, int headerRow) {
    this.file = file;
    this.charset = charset;
    this.parser = parser;
    this.records = parser.iterator();
    this.nextLine = 1;
    CSVRecord head = null;
    long line = 0;
    for (int row = 1; row <= headerRow; row++) {
      line = nextLine;
      head = nextRecord();
      if (head == null) {
        throw OutcomesException.badInput(
            Location.of(file),
            row == 1 ? "the file is empty: expected a header row"
                : "the file ends before its header row " + headerRow);
      }
    }
    this.header = List.copyOf(head.toList());
    this.headerLine = line;
    this.width = header.size();
  }

  /** Opens a CSV file whose header is on the given row (1 for the first). */
  public static CsvRowSource open(Path path, String encoding, int headerRow) {
    String name = path.toString();
    InputStream in = Inputs.openFile(path);
    try {
      CharsetDecoder decoder = decoder(encoding, name);
      Reader reader = new InputStreamReader(skipUtf8Bom(in, name, encoding), decoder);
      return new CsvRowSource(name, decoder.charset(),
          CSVParser.builder().setReader(reader).setFormat(FORMAT).get(), headerRow);
    } catch (IOException | RuntimeException e) {
      closeQuietly(in);
      throw e instanceof OutcomesException oe ? oe : Inputs.unreadable(name, e);
    }
  }

  private static CharsetDecoder decoder(String encoding, String file) {
    Charset cs;
    try {
      cs = Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      throw OutcomesException.badInput(Location.of(file), "unknown encoding '" + encoding + "'");
    }
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Drops a UTF-8 byte-order mark and turns away UTF-16, which would otherwise read as noise. */
  private static InputStream skipUtf8Bom(InputStream raw, String file, String encoding)
      throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(3);
    int b0 = in.read();
    int b1 = in.read();
    int b2 = in.read();
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
      throw OutcomesException.badInput(
          Location.of(file), "the file is UTF-16 text: save it as UTF-8 (CSV UTF-8 in Excel)");
    }
    boolean bom = b0 == 0xEF && b1 == 0xBB && b2 == 0xBF;
    if (!(bom && StandardCharsets.UTF_8.name().equalsIgnoreCase(Charset.forName(encoding).name()))) {
      in.reset();
    }
    return in;
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
    long line = nextLine;
    CSVRecord record = nextRecord();
    // A row of nothing but commas, as spreadsheets leave below a table, is an empty line.
    while (record != null && isBlank(record)) {
      line = nextLine;
      record = nextRecord();
    }
    if (record == null) {
      return null;
    }
    if (record.size() > width) {
      throw OutcomesException.badInput(
          new Location(file, line, width + 1),
          "this row has " + record.size() + " cells but the header has " + width
              + ": check for an extra comma, or an unquoted comma in a name");
    }
    return new Row(line, record.values());
  }

  private static boolean isBlank(CSVRecord r) {
    for (String cell : r) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private CSVRecord nextRecord() {
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord r = records.next();
      nextLine = parser.getCurrentLineNumber() + 1;
      return r;
    } catch (UncheckedIOException e) {
      throw failure(e.getCause());
    } catch (IllegalStateException e) {
      throw failure(e);
    }
  }

  private OutcomesException failure(Throwable e) {
    Location at = new Location(file, Math.max(nextLine, parser.getCurrentLineNumber()), 0);
    if (e instanceof CharacterCodingException) {
      // The decoder reads ahead of the parser: EncodingErrors finds the byte's own line and column.
      return OutcomesException.badInput(EncodingErrors.locate(file, charset, at),
          "the text is not valid in its declared encoding: save the file as UTF-8, or declare"
              + " its encoding (for example encoding: windows-1252) in the indicator's mapping");
    }
    String why = String.valueOf(e.getMessage());
    if (why.contains("EOF reached before encapsulated token finished")) {
      return OutcomesException.badInput(
          new Location(file, nextLine, 0),
          "a quoted cell starting in this row is never closed: look for a stray double quote");
    }
    if (why.toLowerCase(java.util.Locale.ROOT).contains("invalid char")) {
      return OutcomesException.badInput(
          at, "a quoted cell is followed by more text before the next comma: double any quote"
              + " inside a quoted cell");
    }
    return Inputs.unreadable(file, e);
  }

  @Override
  public void close() {
    closeQuietly(parser);
  }

  private static void closeQuietly(java.io.Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // Nothing was written through it; a failed close of an input loses nothing.
    }
  }

}
