package outcomes.model;

import java.util.Locale;

/** Whether a higher value is better, worse, or neither (Fingertips' RAG and BOB polarities). */
public enum Polarity {
  HIGH_IS_GOOD("high-is-good"),
  LOW_IS_GOOD("low-is-good"),
  NO_JUDGEMENT("no-judgement");

  private final String label;

  Polarity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Accepts our labels and the ones Fingertips metadata uses ("RAG - Low is good", "BOB …"). */
  public static Polarity parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (Polarity p : values()) {
      if (p.label.equals(t)) {
        return p;
      }
    }
    if (t.contains("high is good")) {
      return HIGH_IS_GOOD;
    }
    if (t.contains("low is good")) {
      return LOW_IS_GOOD;
    }
    if (t.startsWith("bob") || t.contains("not applicable") || t.contains("no judgement")) {
      return NO_JUDGEMENT;
    }
    throw new IllegalArgumentException(
        "unknown polarity '" + text + "': use high-is-good, low-is-good or no-judgement");
  }
}
