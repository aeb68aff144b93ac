package outcomes.stats;

/**
 * How a gap between two areas has moved since the baseline: narrowed or widened by more than
 * chance, reversed (the areas have changed places, significantly), no significant change, or cannot
 * be judged (the reason says why).
 */
public enum GapVerdict {
  NARROWED("narrowed"),
  WIDENED("widened"),
  REVERSED("reversed"),
  NO_SIGNIFICANT_CHANGE("no significant change"),
  CANNOT_BE_JUDGED("cannot be judged");

  private final String label;

  GapVerdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The verdict on a significant change from a gap g0 at the baseline to g1 now (signed, A − B).
   */
  static GapVerdict significant(double g0, double g1) {
    if (g0 != 0 && g1 != 0 && Math.signum(g0) != Math.signum(g1)) {
      return REVERSED;
    }
    return Math.abs(g1) < Math.abs(g0) ? NARROWED : WIDENED;
  }
}
