package outcomes.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A Fingertips extract held as cells, made from a real file so that a test can change one cell, one
 * header name or one row and write the result: the change is then all the test shows.
 *
 * <p>Rows are numbered from 1 (the first data row), columns by their header name. Cells are written
 * back with the minimal RFC 4180 quoting the original files use.
 */
public final class Extract {
  /** The 12 London and England rows of the real campylobacter extract, 26 columns, CRLF. */
  public static final String REAL_26 = "/ingest/fingertips_26_columns.csv";

  /** The same rows with "Time period range" added and a London-named column 23 (27 columns). */
  public static final String REAL_27 = "/ingest/fingertips_27_columns.csv";

  private final List<String> header;
  private final List<List<String>> rows;

  private Extract(List<String> header, List<List<String>> rows) {
    this.header = header;
    this.rows = rows;
  }

  /** A test resource's path on disk, e.g. {@code resource("/ingest/x.csv")}. */
  public static Path resource(String name) {
    try {
      var url = Extract.class.getResource(name);
      if (url == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Extract of(String resourceName) {
    return read(resource(resourceName));
  }

  public static Extract read(Path csv) {
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.RFC4180).get()) {
      List<CSVRecord> records = p.getRecords();
      List<String> header = new ArrayList<>(records.get(0).toList());
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord rec : records.subList(1, records.size())) {
        rows.add(new ArrayList<>(rec.toList()));
      }
      return new Extract(header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<String> header() {
    return List.copyOf(header);
  }

  public int rowCount() {
    return rows.size();
  }

  public String cell(int row, String column) {
    return rows.get(row - 1).get(index(column));
  }

  /** Sets one cell of one row (rows from 1). */
  public Extract set(int row, String column, String value) {
    rows.get(row - 1).set(index(column), value);
    return this;
  }

  /** Sets one column of every row. */
  public Extract setAll(String column, String value) {
    int i = index(column);
    rows.forEach(r -> r.set(i, value));
    return this;
  }

  /** Renames the header cell at a 1-based column. */
  public Extract renameColumn(int column, String name) {
    header.set(column - 1, name);
    return this;
  }

  /** Keeps only the given rows (from 1), in the order given. */
  public Extract keepRows(int... numbers) {
    List<List<String>> kept = new ArrayList<>();
    for (int n : numbers) {
      kept.add(new ArrayList<>(rows.get(n - 1)));
    }
    rows.clear();
    rows.addAll(kept);
    return this;
  }

  /** Appends a copy of a row (from 1) at the end. */
  public Extract repeatRow(int row) {
    rows.add(new ArrayList<>(rows.get(row - 1)));
    return this;
  }

  /** Adds cells to the end of one row. */
  public Extract appendCells(int row, String... cells) {
    rows.get(row - 1).addAll(List.of(cells));
    return this;
  }

  /** Cuts a row down to its first n cells. */
  public Extract truncateRow(int row, int cells) {
    List<String> r = rows.get(row - 1);
    r.subList(cells, r.size()).clear();
    return this;
  }

  private int index(String column) {
    int i = header.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no column '" + column + "' in " + header);
    }
    return i;
  }

  /** The file's text with the given record separator. */
  public String text(String eol) {
    StringBuilder b = new StringBuilder();
    line(b, header, eol);
    rows.forEach(r -> line(b, r, eol));
    return b.toString();
  }

  /** Writes the extract as UTF-8 with CRLF, as Fingertips does. */
  public Path write(Path file) {
    return write(file, "\r\n", StandardCharsets.UTF_8);
  }

  public Path write(Path file, String eol, Charset charset) {
    try {
      Files.writeString(file, text(eol), charset);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(StringBuilder b, List<String> cells, String eol) {
    for (int i = 0; i < cells.size(); i++) {
      b.append(i == 0 ? "" : ",").append(quoted(cells.get(i)));
    }
    b.append(eol);
  }

  private static String quoted(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return '"' + cell.replace("\"", "\"\"") + '"';
    }
    return cell;
  }
}
