package outcomes.stats.spc;

/**
 * The Making Data Count assurance icon: where a goal lies against the process limits says whether
 * the process, as it runs, will meet it. A goal beyond the limits on the better side is met by
 * every point the process can produce (pass), beyond them on the worse side by none (fail); a goal
 * between the limits is met by some points and missed by others at random (hit and miss).
 */
public enum Assurance {
  CONSISTENTLY_PASS("the process will consistently meet the goal"),
  HIT_AND_MISS("the process will hit and miss the goal at random"),
  CONSISTENTLY_FAIL("the process will consistently fall short of the goal");

  private final String words;

  Assurance(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
