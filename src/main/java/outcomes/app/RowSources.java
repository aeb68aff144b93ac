package outcomes.app;

import java.nio.file.Path;
import outcomes.ingest.CsvRowSource;
import outcomes.ingest.RowSource;
import outcomes.ingest.StackedHeader;
import outcomes.model.ColumnMapping;

/** Opens a data file as rows, with the header its mapping describes. */
final class RowSources {
  private RowSources() {}

  static RowSource open(Path path, ColumnMapping m) {
    RowSource rows = CsvRowSource.open(path, m.encoding(), m.headerRow());
    try {
      return StackedHeader.of(rows, m.headerRows());
    } catch (RuntimeException e) {
      rows.close();
      throw e;
    }
  }
}
