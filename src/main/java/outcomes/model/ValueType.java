package outcomes.model;

import java.util.Locale;

/** The kind of statistic an indicator is; it decides the confidence-interval method. */
public enum ValueType {
  PROPORTION("proportion"),
  CRUDE_RATE("crude-rate"),
  DIRECTLY_STANDARDISED_RATE("directly-standardised-rate"),
  INDIRECTLY_STANDARDISED_RATIO("indirectly-standardised-ratio"),
  LIFE_EXPECTANCY("life-expectancy"),
  MEAN("mean"),
  COUNT("count"),
  SLOPE_INDEX("slope-index-of-inequality");

  private final String label;

  ValueType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static ValueType parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (ValueType v : values()) {
      if (v.label.equals(t)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown value type '" + text + "': use one of " + labels());
  }

  public static String labels() {
    StringBuilder b = new StringBuilder();
    for (ValueType v : values()) {
      b.append(b.length() == 0 ? "" : ", ").append(v.label);
    }
    return b.toString();
  }
}
