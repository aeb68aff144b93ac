package outcomes.stats;

import outcomes.model.Comparison;

/**
 * A comparison with the confidence level it was made at, when the method reports one: the two-level
 * method labels a difference "Better 95" or "Better 99.8", as Fingertips exports do.
 *
 * @param level "95", "99.8", or empty when the method has a single level
 */
public record Judgement(Comparison comparison, String level) {
  public static final Judgement NOT_COMPARED = new Judgement(Comparison.NOT_COMPARED, "");

  public Judgement {
    level = level == null ? "" : level;
    if (comparison == Comparison.SIMILAR || comparison == Comparison.NOT_COMPARED) {
      level = "";
    }
  }

  public static Judgement of(Comparison comparison) {
    return new Judgement(comparison, "");
  }

  /** The label as Fingertips writes it. */
  public String label() {
    return level.isEmpty() ? comparison.label() : comparison.label() + " " + level;
  }
}
