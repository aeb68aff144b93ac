package outcomes.app.inspect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import outcomes.csv.RawRecord;
import outcomes.model.TimePeriod;

/** Running counts for one indicator of an extract: rows, areas and their types, periods, notes. */
final class IndicatorTally {
  final String id;
  final String name;
  long rows;
  long rowsWithValue;

  /** Areas by code as written, in order of first row; each with the area type of that row. */
  private final ByteTable areas = new ByteTable();

  private final List<String> areaTypes = new ArrayList<>();
  private final Map<String, String> typeNames = new HashMap<>();
  private int lastArea = -1;

  /** The first row of each period (by its number in the tally), in order. */
  private boolean[] periodSeen = new boolean[16];

  private final List<TimePeriod> firstSeen = new ArrayList<>();
  private final Set<TimePeriod> periods = new HashSet<>();
  private TimePeriod first;
  private TimePeriod last;
  final Map<String, Long> missing = new TreeMap<>();

  IndicatorTally(String id, String name) {
    this.id = id;
    this.name = name;
  }

  void area(RawRecord r, int typeColumn, byte[] b, int off, int len) {
    if (lastArea >= 0 && areas.equals(lastArea, b, off, len)) {
      return;
    }
    int h = ByteTable.hash(b, off, len);
    int a = areas.find(b, off, len, h);
    if (a < 0) {
      a = areas.add(b, off, len, h);
      String type = r.text(typeColumn).strip();
      areaTypes.add(typeNames.computeIfAbsent(type, t -> t));
    }
    lastArea = a;
  }

  void period(TimePeriod p, int number) {
    if (number >= periodSeen.length) {
      periodSeen = java.util.Arrays.copyOf(periodSeen, Math.max(number + 1, periodSeen.length * 2));
    }
    if (!periodSeen[number]) {
      periodSeen[number] = true;
      firstSeen.add(p);
      add(p);
    }
  }

  /** As the single pass did for every row: a period equal to one seen before changes nothing. */
  private void add(TimePeriod p) {
    if (periods.add(p)) {
      first = first == null || p.compareTo(first) < 0 ? p : first;
      last = last == null || p.compareTo(last) > 0 ? p : last;
    }
  }

  void absorb(IndicatorTally later) {
    rows += later.rows;
    rowsWithValue += later.rowsWithValue;
    ByteTable codes = later.areas;
    for (int a = 0; a < codes.size(); a++) {
      int h = codes.hashOf(a);
      if (areas.find(codes.keys(a), codes.start(a), codes.length(a), h) < 0) {
        areas.add(codes.keys(a), codes.start(a), codes.length(a), h);
        areaTypes.add(later.areaTypes.get(a));
      }
    }
    later.firstSeen.forEach(this::add);
    later.missing.forEach((note, n) -> missing.merge(note, n, Long::sum));
  }

  ExtractSummary.IndicatorSummary summary() {
    Map<String, Integer> types = new TreeMap<>();
    areaTypes.forEach(t -> types.merge(t, 1, Integer::sum));
    return new ExtractSummary.IndicatorSummary(
        id,
        name,
        areas.size(),
        types,
        first == null ? "" : first.label(),
        last == null ? "" : last.label(),
        periods.size(),
        rows,
        rowsWithValue,
        new TreeMap<>(missing));
  }
}
