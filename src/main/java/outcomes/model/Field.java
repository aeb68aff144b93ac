package outcomes.model;

import java.util.Locale;

/** The things a source's columns can hold; a column mapping says which column holds which. */
public enum Field {
  INDICATOR_ID(false),
  INDICATOR_NAME(false),
  PARENT_CODE(false),
  PARENT_NAME(false),
  AREA_CODE(false),
  AREA_NAME(false),
  AREA_TYPE(false),
  SEX(false),
  AGE(false),
  CATEGORY_TYPE(false),
  CATEGORY(false),
  PERIOD(false),
  VALUE(true),
  LOWER_95(true),
  UPPER_95(true),
  LOWER_99_8(true),
  UPPER_99_8(true),
  COUNT(true),
  DENOMINATOR(true),
  VALUE_NOTE(false),
  RECENT_TREND(false),
  COMPARED_TO_ENGLAND(false),
  COMPARED_TO_PARENT(false),
  PERIOD_SORTABLE(false);

  private final boolean number;

  Field(boolean number) {
    this.number = number;
  }

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

  /** True for the fields read as numbers: a value, its limits, a count or a denominator. */
  public boolean isNumber() {
    return number;
  }
}
