package outcomes.model;

import java.util.Locale;

/** Whether a figure is real published data or illustrative data made for demonstration. */
public enum Origin {
  REAL("real"),
  ILLUSTRATIVE("illustrative");

  private final String label;

  Origin(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Origin parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (Origin o : values()) {
      if (o.label.equals(t)) {
        return o;
      }
    }
    throw new IllegalArgumentException("unknown origin '" + text + "': use real or illustrative");
  }
}
