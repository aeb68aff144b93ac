package outcomes.app.inspect;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import outcomes.ingest.Numbers;
import outcomes.model.TimePeriod;

/**
 * The inspect job as it was before it read in chunks: one pass, a String per cell, read by Commons
 * CSV. The fast path must agree with it exactly on well-formed extracts.
 */
final class ReferenceInspect {
  private final Map<String, Tally> indicators = new LinkedHashMap<>();
  private final Map<String, Latest> latest = new LinkedHashMap<>();
  private final List<String> files = new ArrayList<>();
  private long rows;
  private long rowsWithValue;

  static InspectJob.Result run(List<Path> paths) {
    ReferenceInspect job = new ReferenceInspect();
    List<String> header = null;
    for (Path p : paths) {
      List<List<String>> records = records(p);
      header = records.get(0);
      job.files.add(p.toString());
      for (List<String> r : records.subList(1, records.size())) {
        if (!r.stream().allMatch(String::isBlank)) {
          job.take(r.toArray(new String[0]));
        }
      }
    }
    return job.result(header);
  }

  private static List<List<String>> records(Path p) {
    try {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      text = text.startsWith("\uFEFF") ? text.substring(1) : text;
      CSVFormat f = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
      try (CSVParser parser =
          CSVParser.builder().setReader(new StringReader(text)).setFormat(f).get()) {
        List<List<String>> out = new ArrayList<>();
        for (CSVRecord r : parser) {
          out.add(r.toList());
        }
        return out;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String cell(String[] row, int i) {
    return i < row.length ? row[i] : "";
  }

  private void take(String[] row) {
    rows++;
    String id = cell(row, Col.INDICATOR_ID).strip();
    Tally t = indicators.computeIfAbsent(id, k -> new Tally(cell(row, Col.INDICATOR_NAME).strip()));
    t.rows++;
    String area = cell(row, Col.AREA_CODE);
    if (t.areas.add(area)) {
      t.areaTypes.merge(cell(row, Col.AREA_TYPE).strip(), 1, Integer::sum);
    }
    String sortable = cell(row, Col.PERIOD_SORTABLE).strip();
    TimePeriod period = TimePeriod.parse(cell(row, Col.PERIOD));
    if (!sortable.isEmpty()) {
      period = period.withSortable(Long.parseLong(sortable));
    }
    t.period(period);
    String valueCell = cell(row, Col.VALUE).strip();
    if (valueCell.isEmpty()) {
      String note = cell(row, Col.VALUE_NOTE).strip();
      t.missing.merge(note.isEmpty() ? "(no value note)" : note, 1L, Long::sum);
      return;
    }
    double value = Numbers.parse(valueCell);
    rowsWithValue++;
    t.rowsWithValue++;
    String key =
        String.join(
            "\u0000",
            id,
            area,
            cell(row, Col.SEX),
            cell(row, Col.AGE),
            cell(row, Col.CATEGORY_TYPE),
            cell(row, Col.CATEGORY));
    Latest current = latest.get(key);
    if (current == null || period.compareTo(current.period) >= 0) {
      latest.put(key, new Latest(period, value, row));
    }
  }

  private InspectJob.Result result(List<String> header) {
    List<ExtractSummary.IndicatorSummary> list = new ArrayList<>();
    indicators.forEach((id, t) -> list.add(t.summary(id)));
    List<String[]> latestRows = new ArrayList<>();
    double sum = 0;
    for (Latest l : latest.values()) {
      latestRows.add(l.cells);
      sum += l.value;
    }
    ExtractSummary s = new ExtractSummary(files, rows, rowsWithValue, latest.size(), sum, list);
    return new InspectJob.Result(s, header, latestRows, List.of());
  }

  private record Latest(TimePeriod period, double value, String[] cells) {}

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
      return new ExtractSummary.IndicatorSummary(
          id,
          name,
          areas.size(),
          areaTypes,
          first == null ? "" : first.label(),
          last == null ? "" : last.label(),
          periods.size(),
          rows,
          rowsWithValue,
          missing);
    }
  }

  /** The columns of the API's export, where this reference reads them. */
  private static final class Col {
    static final int INDICATOR_ID = 0;
    static final int INDICATOR_NAME = 1;
    static final int AREA_CODE = 4;
    static final int AREA_TYPE = 6;
    static final int SEX = 7;
    static final int AGE = 8;
    static final int CATEGORY_TYPE = 9;
    static final int CATEGORY = 10;
    static final int PERIOD = 11;
    static final int VALUE = 12;
    static final int VALUE_NOTE = 19;
    static final int PERIOD_SORTABLE = 23;
  }
}
