package outcomes.stats.spc;

import outcomes.model.Polarity;

/**
 * The Making Data Count variation icon of a chart, from its latest point: common cause, or special
 * cause of an improving or concerning nature (by polarity), high or low; an indicator with no
 * polarity has special cause that is neither.
 */
public enum Variation {
  COMMON_CAUSE("common cause variation: no significant change"),
  IMPROVEMENT_HIGH("special cause variation of an improving nature: higher values"),
  IMPROVEMENT_LOW("special cause variation of an improving nature: lower values"),
  CONCERN_HIGH("special cause variation of a concerning nature: higher values"),
  CONCERN_LOW("special cause variation of a concerning nature: lower values"),
  NEITHER_HIGH("special cause variation: higher values"),
  NEITHER_LOW("special cause variation: lower values");

  private final String words;

  Variation(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }

  /** A special-cause point above (high) or below the mean, read through the polarity. */
  static Variation special(boolean high, Polarity polarity) {
    if (polarity == Polarity.NO_JUDGEMENT) {
      return high ? NEITHER_HIGH : NEITHER_LOW;
    }
    boolean improving = high == (polarity == Polarity.HIGH_IS_GOOD);
    return improving
        ? (high ? IMPROVEMENT_HIGH : IMPROVEMENT_LOW)
        : (high ? CONCERN_HIGH : CONCERN_LOW);
  }
}
