package outcomes.xlsx;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import outcomes.ingest.InputFiles;
import outcomes.ingest.Row;
import outcomes.ingest.RowSource;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * The rows of one sheet of an xlsx workbook, for the same column mappings as a CSV file. Rows are
 * the sheet's row numbers, so a message's "line" is the row a spreadsheet shows and its column the
 * column number (A is 1); the file is named "workbook.xlsx[sheet]". Empty rows are skipped and
 * short rows padded to the header's width (a sheet leaves empty cells out). A row may run past the
 * header: a note beside a table, or the lower rows of a header whose top row is a merged cell; a
 * mapping reads only the columns it names. Only saved (cached) values are read, never a formula
 * evaluated.
 */
public final class XlsxRowSource implements RowSource {
  private final String file;
  private final OPCPackage pkg;
  private final SheetRows rows;
  private final List<String> header;
  private final long headerLine;

  private XlsxRowSource(String file, OPCPackage pkg, SheetRows rows, int headerRow) {
    this.file = file;
    this.pkg = pkg;
    this.rows = rows;
    Row head = rows.next();
    while (head != null && head.line() < headerRow) {
      head = rows.next();
    }
    if (head == null || head.line() != headerRow) {
      throw OutcomesException.badInput(
          new Location(file, headerRow, 0),
          "row "
              + headerRow
              + " of the sheet is empty"
              + (head == null ? " and no rows follow it" : "")
              + ": give the row that holds the column names as header-row");
    }
    List<String> names = new ArrayList<>(Arrays.asList(head.cells()));
    while (!names.isEmpty() && names.get(names.size() - 1).isBlank()) {
      names.remove(names.size() - 1);
    }
    this.header = List.copyOf(names);
    this.headerLine = head.line();
  }

  /** Opens a workbook's sheet by name, its header on the given row (1 for the first). */
  public static XlsxRowSource open(Path path, String sheet, int headerRow) {
    String file = path + "[" + sheet + "]";
    requireReadable(path);
    OPCPackage pkg = null;
    SheetRows rows = null;
    try {
      pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
      XSSFReader reader = new XSSFReader(pkg);
      rows =
          new SheetRows(
              file,
              sheet(reader, sheet, path.toString()),
              reader.getStylesTable(),
              new ReadOnlySharedStringsTable(pkg, false));
      return new XlsxRowSource(file, pkg, rows, headerRow);
    } catch (Exception | StackOverflowError e) {
      if (rows != null) {
        rows.stop();
      }
      if (pkg != null) {
        pkg.revert();
      }
      throw XlsxErrors.of(path.toString(), e);
    }
  }

  private static InputStream sheet(XSSFReader reader, String name, String file) throws Exception {
    XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
    List<String> names = new ArrayList<>();
    while (it.hasNext()) {
      InputStream in = it.next();
      if (it.getSheetName().equals(name)) {
        return in;
      }
      names.add("'" + it.getSheetName() + "'");
      in.close();
    }
    throw OutcomesException.badInput(
        Location.of(file),
        "the workbook has no sheet named '"
            + name
            + "'; its sheets are "
            + String.join(", ", names));
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
    Row r = rows.next();
    if (r == null || r.size() >= header.size()) {
      return r;
    }
    String[] cells = new String[header.size()];
    Arrays.fill(cells, "");
    System.arraycopy(r.cells(), 0, cells, 0, r.size());
    return new Row(r.line(), cells);
  }

  @Override
  public void close() {
    rows.stop();
    pkg.revert();
  }

  /** A missing or unreadable file gets the same one-line error as a CSV file would. */
  private static void requireReadable(Path path) {
    try (InputStream in = InputFiles.openFile(path)) {
      // opened only to check
    } catch (java.io.IOException e) {
      throw OutcomesException.missingInput(
          Location.of(path.toString()), "cannot be read: " + e.getMessage());
    }
  }
}
