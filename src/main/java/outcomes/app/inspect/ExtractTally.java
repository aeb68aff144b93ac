package outcomes.app.inspect;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;
import outcomes.csv.CsvChunks;
import outcomes.csv.RawRecord;
import outcomes.ingest.FingertipsLayout;
import outcomes.ingest.MissingMarkers;
import outcomes.ingest.Numbers;
import outcomes.ingest.Rows;
import outcomes.model.DataRule;
import outcomes.model.Severity;
import outcomes.model.TimePeriod;

/**
 * The inspect job's running counts over rows of Fingertips extracts, and each series' latest row
 * with a value. One tally folds one chunk of a file; tallies merge in file order into one that is
 * the same as a single pass over every row. Cells are compared as bytes, and a row's bytes are
 * copied only if it is still its series' latest when its chunk ends.
 *
 * <p>Rows are checked by the data-quality policy ({@link DataRule}) as they pass: limits that are
 * reversed or leave out their value are findings. A series whose periods do not only rise from row
 * to row may repeat a period; it is marked, and its rows are compared in a second pass ({@link
 * RepeatedRows}), so a file without repeats costs nothing more.
 */
final class ExtractTally implements CsvChunks.Fold<ExtractTally> {
  /** Findings kept with their place; beyond these they are only counted. */
  static final int FINDINGS_KEPT = 20;

  private final ExtractColumns c;

  /** This tally's file, by its number among the files read together. */
  private final int file;

  /** Whether each indicator's areas and reasons for missing values are counted too. */
  private final boolean perIndicator;

  /** Whether the limits are read, to check them: not for --latest, which takes values only. */
  private final boolean limitsRead;

  long rows;
  long rowsWithValue;

  /** Whether valued rows carried a Time period Sortable, and whether some did not. */
  boolean sortableSeen;

  boolean sortableMissing;
  final List<IndicatorTally> indicators = new ArrayList<>();
  private final ByteTable indicatorIds = new ByteTable();

  /** Series (indicator, area, sex, age, category type, category), numbered by first row. */
  final ByteTable series = new ByteTable();

  /** Series with a value, in order of their first valued row: the order they are written in. */
  private int[] valued = new int[256];

  private int valuedCount;

  /** A series' latest period with a value (null: none yet), that value, and its row's bytes. */
  private TimePeriod[] period = new TimePeriod[256];

  private double[] value = new double[256];
  private byte[][] row = new byte[256][];

  /** The file of each series' latest row, whose layout its bytes are in. */
  private int[] rowFile = new int[256];

  /** The first and last period of any row of a series; a row not after the last may repeat one. */
  private TimePeriod[] firstSeen = new TimePeriod[256];

  private TimePeriod[] lastSeen = new TimePeriod[256];
  private boolean[] mayRepeat = new boolean[256];
  boolean anyMayRepeat;

  /** A series' latest row while it is still in the chunk's buffer, else -1. */
  private int[] pendingStart = new int[256];

  private int[] pendingEnd = new int[256];
  private int[] touched = new int[256];
  private int touchedCount;

  final List<RowFinding> findings = new ArrayList<>();
  final long[] findingCounts = new long[DataRule.values().length];

  /**
   * Periods by label and sortable as written, numbered within this tally: each key is the two
   * cells' bytes and then the label's length in four bytes, and is kept by number too, to compare a
   * row's cells with where they lie.
   */
  private final ByteTable periodKeys = new ByteTable();

  private final List<TimePeriod> periods = new ArrayList<>();
  private byte[][] periodKey = new byte[16][];
  private int[] labelLength = new int[16];

  /** For each period, the one that came after it when a row last changed period. */
  private int[] followedBy = new int[16];

  private byte[] cell = new byte[64];
  private int lastIndicator = -1;
  private int lastPeriod = -1;

  /** The last row's series key, and its series' number. */
  private byte[] lastKey = new byte[256];

  private int lastKeyLength = -1;
  private int lastSeries = -1;

  /** The last row's record number ({@link RawRecord#number()}). */
  private long lastNumber = -2;

  ExtractTally(ExtractColumns columns, int file, boolean perIndicator) {
    this.c = columns;
    this.file = file;
    this.perIndicator = perIndicator;
    this.limitsRead = DataRule.REVERSED_LIMITS.severity(use(perIndicator)) != Severity.NOT_READ;
  }

  /** How the file is used: summarised, or only its latest values taken. */
  static DataRule.Use use(boolean perIndicator) {
    return perIndicator ? DataRule.Use.SUMMARY : DataRule.Use.LATEST_VALUES;
  }

  @Override
  public void row(RawRecord r) {
    if (r.size() < c.width) {
      throw r.error(r.size() + 1, Rows.tooShort(r.size(), c.width));
    }
    rows++;
    IndicatorTally t;
    boolean follows = r.number() == lastNumber + 1;
    lastNumber = r.number();
    if (lastKeyLength >= 0
        && (follows && r.sameCells() > c.keyEnd || c.keyIs(r, lastKey, lastKeyLength))) {
      // Rows of a series usually come together: the indicator and area are the last row's.
      t = indicators.get(lastIndicator);
    } else {
      lastKey = room(lastKey, c.maxKeyLength(r) + 8);
      byte[] key = lastKey;
      int k = c.key(r, key);
      refuseNul(r, key, k);
      int idLength = 0;
      while (key[idLength] != 0) {
        idLength++;
      }
      int areaLength = 0;
      while (key[idLength + 1 + areaLength] != 0) {
        areaLength++;
      }
      t = indicator(r, idLength);
      if (perIndicator) {
        t.area(r, c.areaType, key, idLength + 1, areaLength);
      }
      lastKeyLength = k;
      int h = ByteTable.hash(key, 0, k);
      int s = series.find(key, 0, k, h);
      lastSeries = s >= 0 ? s : newSeries(key, 0, k, h);
    }
    t.rows++;
    int periodNumber = period(r);
    TimePeriod p = periods.get(periodNumber);
    t.period(p, periodNumber);
    int s = lastSeries;
    seen(s, p, p);

    double v = value(r, t);
    if (Double.isNaN(v)) {
      return;
    }
    if (limitsRead) {
      checkLimits(r, v);
    }
    rowsWithValue++;
    t.rowsWithValue++;
    if (p.sortable().isPresent()) {
      sortableSeen = true;
    } else {
      sortableMissing = true;
    }
    // Ties go to the later row, as a stable sort by period followed by "take the last" would.
    if (period[s] == null) {
      markValued(s);
    } else if (p.compareTo(period[s]) < 0) {
      return;
    }
    keep(s, p, v);
    pend(s, r);
  }

  /**
   * The row's value, or NaN when it has none: empty, a missing marker ("NA" from R) or HTML around
   * one (the website's table export), counted by the value note or the marker.
   */
  private double value(RawRecord r, IndicatorTally t) {
    double v = r.number(c.value);
    if (!Double.isNaN(v)) {
      return v;
    }
    String text = r.text(c.value);
    String plain = MissingMarkers.plain(text);
    if (!plain.isEmpty() && !MissingMarkers.isMissing(plain)) {
      v = Numbers.parseLenient(plain);
      if (Double.isNaN(v)) {
        throw r.error(c.value + 1, "Value '" + text.strip() + "' is not a number");
      }
      return v;
    }
    if (perIndicator) {
      String note = MissingMarkers.plain(r.text(c.note));
      note = MissingMarkers.isMissing(note) ? plain : note;
      t.missing.merge(note.isEmpty() ? "(no value note)" : note, 1L, Long::sum);
    }
    return Double.NaN;
  }

  /** The policy's findings on a valued row's 95% limits: reversed, or leaving out the value. */
  private void checkLimits(RawRecord r, double v) {
    double lo = r.number(c.lower);
    double hi = r.number(c.upper);
    // NaN (no limit) fails both tests
    if (lo > hi) {
      reversed(r);
    } else if (DataRule.outsideLimits(v, lo, hi)) {
      outside(r);
    }
  }

  private void reversed(RawRecord r) {
    find(
        DataRule.REVERSED_LIMITS,
        r,
        c.lower + 1,
        "the lower 95% limit "
            + r.text(c.lower).strip()
            + " is above the upper "
            + r.text(c.upper).strip()
            + ": the limits are reversed");
  }

  private void outside(RawRecord r) {
    find(
        DataRule.VALUE_OUTSIDE_LIMITS,
        r,
        c.value + 1,
        "the value "
            + r.text(c.value).strip()
            + " lies outside its 95% limits "
            + r.text(c.lower).strip()
            + " to "
            + r.text(c.upper).strip()
            + " (a value rounded, its limits not?)");
  }

  private void find(DataRule rule, RawRecord r, int column, String message) {
    if (findingCounts[rule.ordinal()]++ < FINDINGS_KEPT) {
      findings.add(RowFinding.of(rule, file, r.offset(), column, message));
    }
  }

  /** A row of series s from first to last (one period, or a chunk's span when merging). */
  private void seen(int s, TimePeriod first, TimePeriod last) {
    TimePeriod before = lastSeen[s];
    if (before == null) {
      firstSeen[s] = first;
      lastSeen[s] = last;
      return;
    }
    if (first.compareTo(before) <= 0) {
      // not after every period seen: it may repeat one
      mayRepeat[s] = true;
      anyMayRepeat = true;
    }
    if (last.compareTo(before) > 0) {
      lastSeen[s] = last;
    }
  }

  private void keep(int s, TimePeriod p, double v) {
    period[s] = p;
    value[s] = v;
  }

  private void markValued(int s) {
    if (valuedCount == valued.length) {
      valued = Arrays.copyOf(valued, valuedCount * 2);
    }
    valued[valuedCount++] = s;
  }

  private int newSeries(byte[] b, int off, int len, int h) {
    int s = series.add(b, off, len, h);
    if (s == period.length) {
      int size = s * 2;
      period = Arrays.copyOf(period, size);
      value = Arrays.copyOf(value, size);
      row = Arrays.copyOf(row, size);
      rowFile = Arrays.copyOf(rowFile, size);
      firstSeen = Arrays.copyOf(firstSeen, size);
      lastSeen = Arrays.copyOf(lastSeen, size);
      mayRepeat = Arrays.copyOf(mayRepeat, size);
      pendingStart = Arrays.copyOf(pendingStart, size);
      pendingEnd = Arrays.copyOf(pendingEnd, size);
    }
    pendingStart[s] = -1;
    return s;
  }

  private void pend(int s, RawRecord r) {
    if (pendingStart[s] < 0) {
      if (touchedCount == touched.length) {
        touched = Arrays.copyOf(touched, touchedCount * 2);
      }
      touched[touchedCount++] = s;
    }
    pendingStart[s] = r.start();
    pendingEnd[s] = r.end();
  }

  /**
   * NUL bytes join a series key's cells, so one inside a cell could make two series one key: no
   * extract's text holds one. Keys holding none, a row with one can never equal a key (it has more
   * NUL bytes), and comes here.
   */
  private void refuseNul(RawRecord r, byte[] key, int length) {
    int separators = 0;
    for (int i = 0; i < length; i++) {
      separators += key[i] == 0 ? 1 : 0;
    }
    if (separators == c.keyCells.length) {
      return;
    }
    int column = c.id;
    for (int k : c.keyCells) {
      if (column != FingertipsLayout.ABSENT && r.text(column).indexOf('\0') >= 0) {
        break;
      }
      column = k;
    }
    throw r.error(
        column == FingertipsLayout.ABSENT ? 0 : column + 1,
        "a NUL byte (0x00) in a"
            + " cell that names a series, which no extract's text holds: is the file damaged?");
  }

  /** The tally of the indicator whose id is lastKey[0, n). */
  private IndicatorTally indicator(RawRecord r, int n) {
    int id = lastIndicator;
    if (id < 0 || !indicatorIds.equals(id, lastKey, 0, n)) {
      int h = ByteTable.hash(lastKey, 0, n);
      id = indicatorIds.find(lastKey, 0, n, h);
      if (id < 0) {
        id = indicatorIds.add(lastKey, 0, n, h);
        indicators.add(
            new IndicatorTally(
                new String(lastKey, 0, n, StandardCharsets.UTF_8), r.text(c.name).strip()));
      }
      lastIndicator = id;
    }
    return indicators.get(id);
  }

  /** The number of the row's period, read once per label and sortable. */
  private int period(RawRecord r) {
    int last = lastPeriod;
    // A series' rows usually run through the periods in order: try the one that followed the
    // last row's period before, then the last row's.
    int after = last < 0 ? -1 : followedBy[last];
    if (after >= 0 && isPeriod(r, after)) {
      lastPeriod = after;
      return after;
    }
    if (last >= 0 && isPeriod(r, last)) {
      return last;
    }
    cell = room(cell, r.maxLength(c.period) + r.maxLength(c.sortable) + 4);
    int label = r.copy(c.period, cell, 0);
    int n = label + r.copy(c.sortable, cell, label);
    for (int shift = 24; shift >= 0; shift -= 8) {
      cell[n++] = (byte) (label >>> shift);
    }
    int h = ByteTable.hash(cell, 0, n);
    int id = periodKeys.find(cell, 0, n, h);
    if (id < 0) {
      TimePeriod p = InspectJob.period(r, c);
      id = periodKeys.add(cell, 0, n, h);
      periods.add(p);
      if (id == followedBy.length) {
        followedBy = Arrays.copyOf(followedBy, id * 2);
        periodKey = Arrays.copyOf(periodKey, id * 2);
        labelLength = Arrays.copyOf(labelLength, id * 2);
      }
      followedBy[id] = -1;
      periodKey[id] = Arrays.copyOf(cell, n);
      labelLength[id] = label;
    }
    if (last >= 0) {
      followedBy[last] = id;
    }
    lastPeriod = id;
    return id;
  }

  /** Whether the row's period is period number id; false also when it cannot tell cheaply. */
  private boolean isPeriod(RawRecord r, int id) {
    byte[] key = periodKey[id];
    int label = labelLength[id];
    return r.cellIs(c.period, key, 0, label)
        && (c.sortable == FingertipsLayout.ABSENT
            ? key.length - 4 == label
            : r.cellIs(c.sortable, key, label, key.length - 4 - label));
  }

  private static byte[] room(byte[] b, int need) {
    return b.length >= need ? b : new byte[Math.max(need, b.length * 2)];
  }

  @Override
  public ExtractTally finish(CsvChunks.Bytes bytes) {
    for (int i = 0; i < touchedCount; i++) {
      int s = touched[i];
      row[s] = bytes.copy(pendingStart[s], pendingEnd[s]);
      rowFile[s] = file;
      pendingStart[s] = -1;
    }
    touchedCount = 0;
    return this;
  }

  /** Adds the counts of a tally of later rows, as if its rows had been folded into this one. */
  void absorb(ExtractTally later) {
    rows += later.rows;
    rowsWithValue += later.rowsWithValue;
    sortableSeen |= later.sortableSeen;
    sortableMissing |= later.sortableMissing;
    for (int i = 0; i < DataRule.values().length; i++) {
      findingCounts[i] += later.findingCounts[i];
    }
    for (RowFinding f : later.findings) {
      if (findings.stream().filter(x -> x.rule() == f.rule()).count() < FINDINGS_KEPT) {
        findings.add(f);
      }
    }
    for (int i = 0; i < later.indicators.size(); i++) {
      ByteTable ids = later.indicatorIds;
      int id = indicatorIds.intern(ids.keys(i), ids.start(i), ids.length(i));
      IndicatorTally lt = later.indicators.get(i);
      if (id == indicators.size()) {
        indicators.add(new IndicatorTally(lt.id, lt.name));
      }
      indicators.get(id).absorb(lt);
    }
    ByteTable keys = later.series;
    int[] mine = new int[keys.size()];
    for (int s = 0; s < keys.size(); s++) {
      int h = keys.hashOf(s);
      int g = series.find(keys.keys(s), keys.start(s), keys.length(s), h);
      if (g < 0) {
        g = newSeries(keys.keys(s), keys.start(s), keys.length(s), h);
      }
      mine[s] = g;
      seen(g, later.firstSeen[s], later.lastSeen[s]);
      if (later.mayRepeat[s]) {
        mayRepeat[g] = true;
        anyMayRepeat = true;
      }
    }
    for (int i = 0; i < later.valuedCount; i++) {
      int s = later.valued[i];
      int g = mine[s];
      if (period[g] == null) {
        markValued(g);
      } else if (later.period[s].compareTo(period[g]) < 0) {
        continue;
      }
      keep(g, later.period[s], later.value[s]);
      row[g] = later.row[s];
      rowFile[g] = later.rowFile[s];
    }
  }

  /** The keys of the series whose rows may repeat a period, for the second pass to compare. */
  ByteTable mayRepeat() {
    ByteTable t = new ByteTable();
    for (int s = 0; s < series.size(); s++) {
      if (mayRepeat[s]) {
        t.add(series.keys(s), series.start(s), series.length(s), series.hashOf(s));
      }
    }
    return t;
  }

  /** The number of series with a value. */
  int valuedSeries() {
    return valuedCount;
  }

  /** The sum of each series' latest value, added in order of each series' first valued row. */
  double sumOfLatestValues() {
    double sum = 0;
    for (int i = 0; i < valuedCount; i++) {
      sum += value[valued[i]];
    }
    return sum;
  }

  /** Each series' latest row, its cells read from the copied bytes when asked for. */
  List<String[]> latestRows() {
    return new LatestRows(latestRecordArray());
  }

  /** Each series' latest row as the bytes of its record. */
  List<byte[]> latestRecords() {
    return Collections.unmodifiableList(Arrays.asList(latestRecordArray()));
  }

  /** The file each series' latest row came from, in the order of {@link #latestRecords()}. */
  int[] latestFiles() {
    int[] files = new int[valuedCount];
    for (int i = 0; i < valuedCount; i++) {
      files[i] = rowFile[valued[i]];
    }
    return files;
  }

  private byte[][] latestRecordArray() {
    byte[][] out = new byte[valuedCount][];
    for (int i = 0; i < valuedCount; i++) {
      out[i] = row[valued[i]];
    }
    return out;
  }

  /** Read by one thread at a time: a list handed out by a job's result. */
  private static final class LatestRows extends AbstractList<String[]> implements RandomAccess {
    private final byte[][] rows;

    LatestRows(byte[][] rows) {
      this.rows = rows;
    }

    @Override
    public String[] get(int index) {
      return RawRecord.cells(rows[index]);
    }

    @Override
    public int size() {
      return rows.length;
    }
  }
}
