package outcomes.cli;

import java.io.IOException;
import java.io.Writer;
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
    CSVPrinter p = printer(out);
    print(p, header.toArray(new String[0]));
    for (String[] row : rows) {
      print(p, row);
    }
    p.flush();
  }

  /** A printer for writing rows one at a time with {@link #print}; the caller flushes it. */
  static CSVPrinter printer(Writer out) throws IOException {
    return new CSVPrinter(out, FORMAT);
  }

  static void print(CSVPrinter p, String[] row) throws IOException {
    Object[] cells = new Object[row.length];
    for (int i = 0; i < row.length; i++) {
      cells[i] = safe(row[i]);
    }
    p.printRecord(cells);
  }

  static String safe(String cell) {
    if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || !Double.isNaN(Numbers.parse(cell))) {
      return cell;
    }
    return "'" + cell;
  }
}
