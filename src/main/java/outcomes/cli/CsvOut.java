package outcomes.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import outcomes.ingest.Numbers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV output that opening in a spreadsheet cannot turn into code: a text cell starting with =, +,
 * - or @ (and not a number) gets a leading apostrophe, the OWASP rule for CSV injection.
 */
final class CsvOut {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private CsvOut() {}

  static void write(Writer out, List<String> header, Iterable<String[]> rows) throws IOException {
    Stream s = new Stream(out);
    s.row(header);
    for (String[] row : rows) {
      s.row(Arrays.asList(row));
    }
    s.flush();
  }

  /** CSV written a row at a time, for a command that streams; every cell made safe as above. */
  static final class Stream {
    private final CSVPrinter printer;

    Stream(Writer out) throws IOException {
      printer = new CSVPrinter(out, FORMAT);
    }

    void row(List<String> cells) throws IOException {
      printer.printRecord(cells.stream().map(CsvOut::safe).toArray());
    }

    void flush() throws IOException {
      printer.flush();
    }
  }

  static String safe(String cell) {
    if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || !Double.isNaN(Numbers.parse(cell))) {
      return cell;
    }
    return "'" + cell;
  }
}
