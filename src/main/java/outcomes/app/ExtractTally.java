package outcomes.app;

import static outcomes.ingest.FingertipsHeader.AGE;
import static outcomes.ingest.FingertipsHeader.AREA_CODE;
import static outcomes.ingest.FingertipsHeader.CATEGORY;
import static outcomes.ingest.FingertipsHeader.CATEGORY_TYPE;
import static outcomes.ingest.FingertipsHeader.INDICATOR_ID;
import static outcomes.ingest.FingertipsHeader.PERIOD;
import static outcomes.ingest.FingertipsHeader.PERIOD_SORTABLE;
import static outcomes.ingest.FingertipsHeader.SEX;
import static outcomes.ingest.FingertipsHeader.VALUE;
import static outcomes.ingest.FingertipsHeader.VALUE_NOTE;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;
import outcomes.ingest.CsvChunks;
import outcomes.ingest.RawRecord;
import outcomes.ingest.Rows;
import outcomes.model.TimePeriod;

/**
 * The inspect job's running counts over rows of Fingertips extracts, and each series' latest row
 * with a value. One tally folds one chunk of a file; tallies merge in file order into one that is
 * the same as a single pass over every row. Cells are compared as bytes, and a row's bytes are
 * copied only if it is still its series' latest when its chunk ends.
 */
final class ExtractTally implements CsvChunks.Fold<ExtractTally> {
  private static final int[] KEY_CELLS = {AREA_CODE, SEX, AGE, CATEGORY_TYPE, CATEGORY};
  private static final int[] KEY_TAIL = {SEX, AGE, CATEGORY_TYPE, CATEGORY};

  /** Whether each indicator's areas and reasons for missing values are counted too. */
  private final boolean perIndicator;
  long rows;
  long rowsWithValue;
  /** Whether valued rows carried a Time period Sortable, and whether some did not. */
  boolean sortableSeen;
  boolean sortableMissing;
  final List<IndicatorTally> indicators = new ArrayList<>();
  private final ByteTable indicatorIds = new ByteTable();

  /** Series (indicator, area, sex, age, category type, category), numbered by first valued row. */
  final ByteTable series = new ByteTable();
  private TimePeriod[] period = new TimePeriod[256];
  private double[] value = new double[256];
  private byte[][] row = new byte[256][];
  /** A series' latest row while it is still in the chunk's buffer, else -1. */
  private int[] pendingStart = new int[256];
  private int[] pendingEnd = new int[256];
  private int[] touched = new int[256];
  private int touchedCount;

  /**
   * Periods by label and sortable as written, numbered within this tally: each key is the two
   * cells' bytes and then the label's length in four bytes, and is kept by number too, to compare
   * a row's cells with where they lie.
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
  /** The last row's series key, and its series' number once looked up (else -1). */
  private byte[] lastKey = new byte[256];
  private int lastKeyLength = -1;
  private int lastKeySeries = -1;
  /** The last row's record number ({@link RawRecord#number()}). */
  private long lastNumber = -2;

  ExtractTally(boolean perIndicator) {
    this.perIndicator = perIndicator;
  }

  @Override
  public void row(RawRecord r) {
    if (r.size() <= PERIOD_SORTABLE) {
      throw r.error(r.size() + 1, Rows.tooShort(r.size(), PERIOD_SORTABLE + 1));
    }
    rows++;
    IndicatorTally t;
    int k;
    boolean follows = r.number() == lastNumber + 1;
    lastNumber = r.number();
    if (lastKeyLength >= 0 && (follows && r.sameCells() > CATEGORY
        || r.joinedEquals(lastKey, lastKeyLength, INDICATOR_ID, KEY_CELLS))) {
      // Rows of a series usually come together: the indicator and area are the last row's.
      t = indicators.get(lastIndicator);
      k = lastKeyLength;
    } else {
      // The series key: indicator id (stripped), area, sex, age, category type, category.
      lastKey = room(lastKey, r.maxLength(INDICATOR_ID) + r.maxLength(AREA_CODE) + r.maxLength(SEX)
          + r.maxLength(AGE) + r.maxLength(CATEGORY_TYPE) + r.maxLength(CATEGORY) + 8);
      byte[] key = lastKey;
      int idLength = r.copyStripped(INDICATOR_ID, key, 0);
      key[idLength] = 0;
      int areaLength = r.copy(AREA_CODE, key, idLength + 1);
      k = idLength + 1 + areaLength;
      for (int c : KEY_TAIL) {
        key[k++] = 0;
        k += r.copy(c, key, k);
      }
      refuseNul(r, key, k);
      t = indicator(r, idLength);
      if (perIndicator) {
        t.area(r, key, idLength + 1, areaLength);
      }
      lastKeyLength = k;
      lastKeySeries = -1;
    }
    t.rows++;
    int periodNumber = period(r);
    TimePeriod p = periods.get(periodNumber);
    t.period(p, periodNumber);

    double v = r.number(VALUE);
    if (Double.isNaN(v)) {
      String text = r.text(VALUE).strip();
      if (!text.isEmpty()) {
        throw r.error(VALUE + 1, "Value '" + text + "' is not a number");
      }
      if (perIndicator) {
        String note = r.text(VALUE_NOTE).strip();
        t.missing.merge(note.isEmpty() ? "(no value note)" : note, 1L, Long::sum);
      }
      return;
    }
    rowsWithValue++;
    t.rowsWithValue++;
    if (p.sortable().isPresent()) {
      sortableSeen = true;
    } else {
      sortableMissing = true;
    }
    latest(r, k, p, v);
  }

  /** Keeps the row if it is its series' latest so far; its key is in {@code lastKey}. */
  private void latest(RawRecord r, int keyLength, TimePeriod p, double v) {
    int s = lastKeySeries;
    if (s < 0) {
      int h = ByteTable.hash(lastKey, 0, keyLength);
      s = series.find(lastKey, 0, keyLength, h);
      if (s < 0) {
        s = newSeries(lastKey, 0, keyLength, h, p, v, null);
        pend(s, r);
        lastKeySeries = s;
        return;
      }
      lastKeySeries = s;
    }
    // Ties go to the later row, as a stable sort by period followed by "take the last" would.
    if (p.compareTo(period[s]) >= 0) {
      period[s] = p;
      value[s] = v;
      pend(s, r);
    }
  }

  private int newSeries(byte[] b, int off, int len, int h, TimePeriod p, double v, byte[] raw) {
    int s = series.add(b, off, len, h);
    if (s == period.length) {
      int size = s * 2;
      period = Arrays.copyOf(period, size);
      value = Arrays.copyOf(value, size);
      row = Arrays.copyOf(row, size);
      pendingStart = Arrays.copyOf(pendingStart, size);
      pendingEnd = Arrays.copyOf(pendingEnd, size);
    }
    period[s] = p;
    value[s] = v;
    row[s] = raw;
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
  private static void refuseNul(RawRecord r, byte[] key, int length) {
    int separators = 0;
    for (int i = 0; i < length; i++) {
      separators += key[i] == 0 ? 1 : 0;
    }
    if (separators == KEY_CELLS.length) {
      return;
    }
    // the first of the key's cells that holds one: the last, if none before it does
    int column = INDICATOR_ID;
    for (int c : KEY_CELLS) {
      if (r.text(column).indexOf('\0') >= 0) {
        break;
      }
      column = c;
    }
    throw r.error(column + 1, "a NUL byte (0x00) in a cell that names a series, which no"
        + " extract's text holds: is the file damaged?");
  }

  /** The tally of the indicator whose id is lastKey[0, n). */
  private IndicatorTally indicator(RawRecord r, int n) {
    int id = lastIndicator;
    if (id < 0 || !indicatorIds.equals(id, lastKey, 0, n)) {
      int h = ByteTable.hash(lastKey, 0, n);
      id = indicatorIds.find(lastKey, 0, n, h);
      if (id < 0) {
        id = indicatorIds.add(lastKey, 0, n, h);
        indicators.add(new IndicatorTally(new String(lastKey, 0, n, StandardCharsets.UTF_8),
            r.text(outcomes.ingest.FingertipsHeader.INDICATOR_NAME).strip()));
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
    cell = room(cell, r.maxLength(PERIOD) + r.maxLength(PERIOD_SORTABLE) + 4);
    int label = r.copy(PERIOD, cell, 0);
    int n = label + r.copy(PERIOD_SORTABLE, cell, label);
    for (int shift = 24; shift >= 0; shift -= 8) {
      cell[n++] = (byte) (label >>> shift);
    }
    int h = ByteTable.hash(cell, 0, n);
    int id = periodKeys.find(cell, 0, n, h);
    if (id < 0) {
      TimePeriod p = InspectJob.period(r);
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
    return r.cellIs(PERIOD, key, 0, label)
        && r.cellIs(PERIOD_SORTABLE, key, label, key.length - 4 - label);
  }

  private static byte[] room(byte[] b, int need) {
    return b.length >= need ? b : new byte[Math.max(need, b.length * 2)];
  }

  @Override
  public ExtractTally finish(CsvChunks.Bytes bytes) {
    for (int i = 0; i < touchedCount; i++) {
      int s = touched[i];
      row[s] = bytes.copy(pendingStart[s], pendingEnd[s]);
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
    for (int s = 0; s < keys.size(); s++) {
      int h = keys.hashOf(s);
      int g = series.find(keys.keys(s), keys.start(s), keys.length(s), h);
      if (g < 0) {
        newSeries(keys.keys(s), keys.start(s), keys.length(s), h, later.period[s], later.value[s], later.row[s]);
      } else if (later.period[s].compareTo(period[g]) >= 0) {
        period[g] = later.period[s];
        value[g] = later.value[s];
        row[g] = later.row[s];
      }
    }
  }

  /** The sum of each series' latest value, added in order of each series' first valued row. */
  double sumOfLatestValues() {
    double sum = 0;
    for (int s = 0; s < series.size(); s++) {
      sum += value[s];
    }
    return sum;
  }

  /** Each series' latest row, its cells read from the copied bytes when asked for. */
  List<String[]> latestRows() {
    return new LatestRows(Arrays.copyOf(row, series.size()));
  }

  /** Each series' latest row as the bytes of its record. */
  List<byte[]> latestRecords() {
    return Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(row, series.size())));
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
