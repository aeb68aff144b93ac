package outcomes.app;

import java.nio.file.Path;
import java.util.Locale;
import outcomes.csv.CsvRowSource;
import outcomes.ingest.RowSource;
import outcomes.ingest.StackedHeader;
import outcomes.model.ColumnMapping;
import outcomes.xlsx.XlsxRowSource;

/**
 * Opens a data file as rows, whatever its format, with the header its mapping describes: a CSV file
 * through the ingest's own reader, an xlsx workbook's sheet through the spreadsheet adapter.
 */
final class RowSources {
  private RowSources() {}

  static RowSource open(Path path, ColumnMapping m) {
    RowSource rows =
        isWorkbook(path)
            ? XlsxRowSource.open(path, m.sheet(), m.headerRow())
            : CsvRowSource.open(path, m.encoding(), m.headerRow());
    try {
      return StackedHeader.of(rows, m.headerRows());
    } catch (RuntimeException e) {
      rows.close();
      throw e;
    }
  }

  static boolean isWorkbook(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".xlsm");
  }
}
