package outcomes.model;

/**
 * How a figure stands against a goal, in Fingertips' "Compared to goal" colours. The colour is
 * never shown alone: each status comes with the words of {@link Goal#judge}, since a colour cannot
 * be read by everyone nor printed in black and white.
 */
public enum GoalStatus {
  /** Better than the goal (or, with a range, better than the whole range). */
  GREEN("Green"),
  /** Inside the goal's range, or, judged by the interval, the interval includes the goal. */
  AMBER("Amber"),
  /** Worse than the goal. */
  RED("Red"),
  /** No figure, or not the limits the goal is judged by. */
  NOT_COMPARED("Not compared");

  private final String label;

  GoalStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
