package outcomes.app.inspect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import outcomes.csv.CsvChunks;
import outcomes.csv.RawRecord;
import outcomes.ingest.FingertipsLayout;
import outcomes.ingest.MissingMarkers;
import outcomes.model.DataRule;

/**
 * The second pass over rows whose series may repeat a period: each row of those series is held by
 * its series and period (label and sortable as written) with its figures, and a row that repeats
 * one with other figures is a conflict (an identical repeat is accepted). It is made only when the
 * first pass saw a series' periods not rising, so it costs a file without repeats nothing.
 */
final class RepeatedRows implements CsvChunks.Fold<RepeatedRows> {
  private record Held(String figures, String value, int file, long offset) {}

  private final ByteTable series;
  private final Map<String, Held> held = new HashMap<>();
  private final List<RowFinding> conflicts = new ArrayList<>();
  private long count;
  private ExtractColumns c;
  private int file;
  private byte[] key = new byte[256];

  RepeatedRows(ByteTable series) {
    this.series = series;
  }

  /** Reads the next file's rows, laid out as given. */
  RepeatedRows in(ExtractColumns columns, int fileNumber) {
    this.c = columns;
    this.file = fileNumber;
    return this;
  }

  @Override
  public void row(RawRecord r) {
    int need = c.maxKeyLength(r) + 8;
    if (key.length < need) {
      key = new byte[Math.max(need, key.length * 2)];
    }
    int k = c.key(r, key);
    if (series.find(key, 0, k, ByteTable.hash(key, 0, k)) < 0) {
      return;
    }
    String where =
        new String(key, 0, k, StandardCharsets.UTF_8)
            + '\0'
            + r.text(c.period)
            + '\0'
            + (c.sortable == FingertipsLayout.ABSENT ? "" : r.text(c.sortable).strip());
    StringBuilder figures = new StringBuilder();
    for (int cell : c.figures) {
      String t = MissingMarkers.plain(r.text(cell));
      figures.append(MissingMarkers.isMissing(t) ? "" : t).append('\0');
    }
    String value = MissingMarkers.plain(r.text(c.value));
    Held now = new Held(figures.toString(), value, file, r.offset());
    Held before = held.putIfAbsent(where, now);
    if (before == null || before.figures.equals(now.figures)) {
      return;
    }
    count++;
    if (conflicts.size() < ExtractTally.FINDINGS_KEPT) {
      String[] parts = where.split("\0", -1);
      List<String> names = new ArrayList<>();
      for (int i = 1; i < parts.length - 1; i++) {
        if (!parts[i].isBlank()) {
          names.add(parts[i].strip());
        }
      }
      conflicts.add(
          new RowFinding(
              DataRule.CONFLICTING_DUPLICATE,
              file,
              r.offset(),
              0,
              "this row repeats "
                  + String.join(", ", names)
                  + " of indicator "
                  + parts[0]
                  + " from %s with different figures (value '"
                  + value
                  + "' here, '"
                  + before.value
                  + "' there): which is right cannot be told, and is not decided by their order;"
                  + " remove the wrong row",
              before.file,
              before.offset));
    }
  }

  @Override
  public RepeatedRows finish(CsvChunks.Bytes bytes) {
    return this;
  }

  List<RowFinding> conflicts() {
    return conflicts;
  }

  long count() {
    return count;
  }
}
