package outcomes.app.inspect;

import java.nio.charset.StandardCharsets;
import outcomes.csv.RawRecord;
import outcomes.ingest.FingertipsLayout;
import outcomes.model.Field;

/**
 * Where inspect reads each cell of one file's rows, fixed from its layout, and how a row's series
 * key is made: the indicator id (stripped, or the one given for a file without the column), area,
 * sex, age, category type and category, joined by NUL bytes.
 */
final class ExtractColumns {
  final int id;
  final int name;
  final int area;
  final int areaType;
  final int period;
  final int sortable;
  final int value;
  final int note;
  final int lower;
  final int upper;

  /** The key's cells after the indicator id. */
  final int[] keyCells;

  /** The last column of the key: a record sharing every cell up to it has the same key. */
  final int keyEnd;

  /** Cells compared to tell identical repeats of a row from conflicting ones. */
  final int[] figures;

  /** Cells a row must have. */
  final int width;

  /** The indicator id's bytes for a file without an Indicator ID column, else null. */
  private final byte[] givenId;

  ExtractColumns(FingertipsLayout layout, String indicatorId) {
    id = layout.column(Field.INDICATOR_ID);
    name = layout.column(Field.INDICATOR_NAME);
    area = layout.column(Field.AREA_CODE);
    areaType = layout.column(Field.AREA_TYPE);
    period = layout.column(Field.PERIOD);
    sortable = layout.column(Field.PERIOD_SORTABLE);
    value = layout.column(Field.VALUE);
    note = layout.column(Field.VALUE_NOTE);
    lower = layout.column(Field.LOWER_95);
    upper = layout.column(Field.UPPER_95);
    keyCells =
        new int[] {
          area,
          layout.column(Field.SEX),
          layout.column(Field.AGE),
          layout.column(Field.CATEGORY_TYPE),
          layout.column(Field.CATEGORY)
        };
    int end = id == FingertipsLayout.ABSENT ? -1 : id;
    for (int c : keyCells) {
      end = c == FingertipsLayout.ABSENT ? end : Math.max(end, c);
    }
    keyEnd = end;
    figures =
        new int[] {
          value,
          lower,
          upper,
          layout.column(Field.LOWER_99_8),
          layout.column(Field.UPPER_99_8),
          layout.column(Field.COUNT),
          layout.column(Field.DENOMINATOR)
        };
    width = layout.width();
    givenId = id == FingertipsLayout.ABSENT ? indicatorId.getBytes(StandardCharsets.UTF_8) : null;
  }

  /** At most this many bytes make the row's key. */
  int maxKeyLength(RawRecord r) {
    int n = givenId == null ? r.maxLength(id) : givenId.length;
    for (int c : keyCells) {
      n += r.maxLength(c) + 1;
    }
    return n;
  }

  /**
   * Writes the row's key to key[0…) (room for {@link #maxKeyLength} bytes and 8 more) and returns
   * its length.
   */
  int key(RawRecord r, byte[] key) {
    int k = copyId(r, key);
    for (int cell : keyCells) {
      key[k++] = 0;
      k += r.copy(cell, key, k);
    }
    return k;
  }

  /** Writes the id to key[0…) and returns its length. */
  private int copyId(RawRecord r, byte[] key) {
    if (givenId != null) {
      System.arraycopy(givenId, 0, key, 0, givenId.length);
      return givenId.length;
    }
    return r.copyStripped(id, key, 0);
  }

  /** Whether the row's key is key[0, length), compared where its cells lie (false: cannot tell). */
  boolean keyIs(RawRecord r, byte[] key, int length) {
    return givenId == null && r.joinedEquals(key, length, id, keyCells);
  }
}
