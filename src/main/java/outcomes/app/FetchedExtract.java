package outcomes.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import outcomes.csv.CsvRowSource;
import outcomes.ingest.FingertipsLayout;
import outcomes.ingest.Row;
import outcomes.ingest.Rows;
import outcomes.model.Field;
import outcomes.model.Location;
import outcomes.model.OutcomesException;
import outcomes.model.TimePeriod;

/**
 * Checks a downloaded body before it replaces a saved copy: a Fingertips export header, every row
 * readable, wide enough and for the indicator asked for, and at least one row. A body cut short
 * without a Content-Length usually fails here, on an unclosed quote or a short last row.
 */
final class FetchedExtract {
  /** The data rows, and the latest period's label ("" when no period label could be read). */
  record Checked(long rows, String latestPeriod) {}

  private FetchedExtract() {}

  /** Checks {@code file}, reporting problems against {@code source} (the URL it came from). */
  static Checked check(Path file, String source, int fingertipsId) {
    try (CsvRowSource src = CsvRowSource.open(file, "UTF-8", 1)) {
      FingertipsLayout layout = FingertipsLayout.of(src.header(), source, src.headerLine(), false);
      int idColumn = layout.column(Field.INDICATOR_ID);
      int periodColumn = layout.column(Field.PERIOD);
      String id = String.valueOf(fingertipsId);
      Map<String, TimePeriod> periods = new HashMap<>();
      TimePeriod latest = null;
      long rows = 0;
      for (Row row = src.next(); row != null; row = src.next()) {
        Rows.requireWidth(source, row, layout.width());
        String rowId = row.cell(idColumn).strip();
        if (!rowId.equals(id)) {
          throw OutcomesException.badInput(
              new Location(source, row.line(), idColumn + 1),
              "this row is for indicator "
                  + rowId
                  + ", not "
                  + id
                  + ": the server sent another extract");
        }
        rows++;
        TimePeriod p = periods.computeIfAbsent(row.cell(periodColumn), FetchedExtract::period);
        if (p != null && (latest == null || p.end().isAfter(latest.end()))) {
          latest = p;
        }
      }
      if (rows == 0) {
        throw OutcomesException.badInput(
            Location.of(source),
            "the extract has a header but no rows:"
                + " Fingertips has no data for it; check the fingertips-id and area types");
      }
      return new Checked(rows, latest == null ? "" : latest.label());
    } catch (OutcomesException e) {
      throw relocated(e, file, source);
    }
  }

  /** A period label, or null: an unusual label must not stop a fetch, it only goes unjudged. */
  private static TimePeriod period(String label) {
    try {
      return TimePeriod.parse(label);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The reader names the temporary file; the user needs the URL it came from. */
  private static OutcomesException relocated(OutcomesException e, Path file, String source) {
    Location at = e.location();
    if (at == null || !at.file().equals(file.toString())) {
      return e;
    }
    return new OutcomesException(
        e.kind(), new Location(source, at.line(), at.column()), e.getMessage(), e);
  }
}
