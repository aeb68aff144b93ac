package outcomes.model;

import java.util.Locale;

/** The things a source's columns can hold; a column mapping says which column holds which. */
public enum Field {
  INDICATOR_ID,
  INDICATOR_NAME,
  PARENT_CODE,
  PARENT_NAME,
  AREA_CODE,
  AREA_NAME,
  AREA_TYPE,
  SEX,
  AGE,
  CATEGORY_TYPE,
  CATEGORY,
  PERIOD,
  VALUE,
  LOWER_95,
  UPPER_95,
  LOWER_99_8,
  UPPER_99_8,
  COUNT,
  DENOMINATOR,
  VALUE_NOTE,
  RECENT_TREND,
  COMPARED_TO_ENGLAND,
  COMPARED_TO_PARENT,
  PERIOD_SORTABLE;

  /** The name used in indicator files: lower case with hyphens ("area-code", "lower-95"). */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace("_99_8", "-99.8").replace('_', '-');
  }

  public static Field fromKey(String key) {
    for (Field f : values()) {
      if (f.key().equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown field '" + key + "'");
  }

  public boolean isNumber() {
    return switch (this) {
      case VALUE, LOWER_95, UPPER_95, LOWER_99_8, UPPER_99_8, COUNT, DENOMINATOR -> true;
      case INDICATOR_ID,
          INDICATOR_NAME,
          PARENT_CODE,
          PARENT_NAME,
          AREA_CODE,
          AREA_NAME,
          AREA_TYPE,
          SEX,
          AGE,
          CATEGORY_TYPE,
          CATEGORY,
          PERIOD,
          VALUE_NOTE,
          RECENT_TREND,
          COMPARED_TO_ENGLAND,
          COMPARED_TO_PARENT,
          PERIOD_SORTABLE ->
          false;
    };
  }
}
