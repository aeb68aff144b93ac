package outcomes.stats;

import outcomes.model.Polarity;

/**
 * Whether an indicator has moved since the strategy's baseline by more than chance, read through
 * its polarity: improved or worsened where one direction is better, increased or decreased where
 * neither is (Fingertips' "BOB" indicators), no significant change, or cannot be judged (the reason
 * then says why: no limits, no baseline figure, a change of definition or boundaries).
 */
public enum ChangeVerdict {
  IMPROVED("improved"),
  WORSENED("worsened"),
  INCREASED("increased"),
  DECREASED("decreased"),
  NO_SIGNIFICANT_CHANGE("no significant change"),
  CANNOT_BE_JUDGED("cannot be judged");

  private final String label;

  ChangeVerdict(String label) {
    this.label = label;
  }

  /** The lower-case words every output uses. */
  public String label() {
    return label;
  }

  /** The verdict on a significant rise (direction > 0) or fall. */
  static ChangeVerdict significant(int direction, Polarity polarity) {
    boolean up = direction > 0;
    if (polarity == Polarity.NO_JUDGEMENT) {
      return up ? INCREASED : DECREASED;
    }
    return up == (polarity == Polarity.HIGH_IS_GOOD) ? IMPROVED : WORSENED;
  }

  /** True for a verdict that says the change is more than chance. */
  public boolean isSignificant() {
    return this == IMPROVED || this == WORSENED || this == INCREASED || this == DECREASED;
  }
}
