package outcomes.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import outcomes.ingest.CsvRowSource;
import outcomes.ingest.FingertipsHeader;
import outcomes.ingest.Numbers;
import outcomes.ingest.Row;
import outcomes.ingest.Rows;
import outcomes.model.Location;
import outcomes.model.OutcomesException;
import outcomes.model.TimePeriod;

/**
 * Summarises Fingertips extracts in one streaming pass, keeping per series only its latest row
 * with a value, so memory grows with the number of series, not rows.
 */
public final class InspectJob {
  /** The summary, and each series' latest row with a value exactly as the extract wrote it. */
  public record Result(ExtractSummary summary, List<String> header, List<String[]> latestRows) {}

  private final Map<String, Tally> indicators = new LinkedHashMap<>();
  private final Map<String, Latest> latest = new LinkedHashMap<>();
  private final List<String> files = new ArrayList<>();
  private List<String> header;
  private long rows;
  private long rowsWithValue;

  public static Result run(List<Path> paths) {
    InspectJob job = new InspectJob();
    for (Path p : paths) {
      job.read(p);
    }
    return job.result();
  }

  private void read(Path path) {
    try (CsvRowSource src = CsvRowSource.open(path, "UTF-8", 1)) {
      FingertipsHeader.check(src.header(), src.file(), src.headerLine());
      if (header == null) {
        header = src.header();
      } else if (!header.equals(src.header())) {
        throw OutcomesException.badInput(new Location(src.file(), src.headerLine(), 0),
            "this extract's header differs from the first file's (26 and 27 columns mixed?):"
                + " inspect them separately");
      }
      files.add(src.file());
      Map<String, TimePeriod> periods = new HashMap<>();
      for (Row row = src.next(); row != null; row = src.next()) {
        Rows.requireWidth(src.file(), row, FingertipsHeader.PERIOD_SORTABLE + 1);
        take(src.file(), row, periods);
      }
    }
  }

  private void take(String file, Row row, Map<String, TimePeriod> periods) {
    rows++;
    String id = row.cell(FingertipsHeader.INDICATOR_ID).strip();
    Tally t = indicators.computeIfAbsent(id, k -> new Tally(row.cell(FingertipsHeader.INDICATOR_NAME).strip()));
    t.rows++;
    String area = row.cell(FingertipsHeader.AREA_CODE);
    if (t.areas.add(area)) {
      t.areaTypes.merge(row.cell(FingertipsHeader.AREA_TYPE).strip(), 1, Integer::sum);
    }
    TimePeriod period = period(file, row, periods);
    t.period(period);
    String valueCell = row.cell(FingertipsHeader.VALUE).strip();
    if (valueCell.isEmpty()) {
      String note = row.cell(FingertipsHeader.VALUE_NOTE).strip();
      t.missing.merge(note.isEmpty() ? "(no value note)" : note, 1L, Long::sum);
      return;
    }
    double value = number(file, row, valueCell);
    rowsWithValue++;
    t.rowsWithValue++;
    String key = String.join("\u0000", id, area, row.cell(FingertipsHeader.SEX),
        row.cell(FingertipsHeader.AGE), row.cell(FingertipsHeader.CATEGORY_TYPE),
        row.cell(FingertipsHeader.CATEGORY));
    Latest current = latest.get(key);
    // Ties go to the later row, as a stable sort by period followed by "take the last" would.
    if (current == null || period.compareTo(current.period) >= 0) {
      latest.put(key, new Latest(period, value, row.cells()));
    }
  }

  private static TimePeriod period(String file, Row row, Map<String, TimePeriod> periods) {
    String label = row.cell(FingertipsHeader.PERIOD);
    String sortable = row.cell(FingertipsHeader.PERIOD_SORTABLE).strip();
    TimePeriod p = periods.get(label + "\u0000" + sortable);
    if (p == null) {
      try {
        p = TimePeriod.parse(label);
        if (!sortable.isEmpty()) {
          p = p.withSortable(Long.parseLong(sortable));
        }
      } catch (NumberFormatException e) {
        throw OutcomesException.badInput(new Location(file, row.line(), FingertipsHeader.PERIOD_SORTABLE + 1),
            "Time period Sortable '" + sortable + "' is not a whole number");
      } catch (IllegalArgumentException e) {
        throw OutcomesException.badInput(new Location(file, row.line(), FingertipsHeader.PERIOD + 1), e.getMessage());
      }
      periods.put(label + "\u0000" + sortable, p);
    }
    return p;
  }

  private static double number(String file, Row row, String cell) {
    double v = Numbers.parse(cell);
    if (Double.isNaN(v)) {
      throw OutcomesException.badInput(new Location(file, row.line(), FingertipsHeader.VALUE + 1),
          "Value '" + cell + "' is not a number");
    }
    return v;
  }

  private Result result() {
    List<ExtractSummary.IndicatorSummary> list = new ArrayList<>();
    indicators.forEach((id, t) -> list.add(t.summary(id)));
    List<String[]> latestRows = new ArrayList<>();
    double sum = 0;
    for (Latest l : latest.values()) {
      latestRows.add(l.cells);
      sum += l.value;
    }
    ExtractSummary s = new ExtractSummary(files, rows, rowsWithValue, latest.size(), sum, list);
    return new Result(s, header == null ? List.of() : header, latestRows);
  }

  private record Latest(TimePeriod period, double value, String[] cells) {}

  /** Running counts for one indicator. */
  private static final class Tally {
    final String name;
    final Set<String> areas = new HashSet<>();
    final Map<String, Integer> areaTypes = new TreeMap<>();
    final Map<String, Long> missing = new TreeMap<>();
    final Set<TimePeriod> periods = new HashSet<>();
    TimePeriod first;
    TimePeriod last;
    long rows;
    long rowsWithValue;

    Tally(String name) {
      this.name = name;
    }

    void period(TimePeriod p) {
      if (periods.add(p)) {
        first = first == null || p.compareTo(first) < 0 ? p : first;
        last = last == null || p.compareTo(last) > 0 ? p : last;
      }
    }

    ExtractSummary.IndicatorSummary summary(String id) {
      return new ExtractSummary.IndicatorSummary(id, name, areas.size(), areaTypes,
          first == null ? "" : first.label(), last == null ? "" : last.label(), periods.size(),
          rows, rowsWithValue, missing);
    }
  }
}
