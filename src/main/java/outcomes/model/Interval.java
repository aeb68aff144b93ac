package outcomes.model;

/** A confidence interval; the lower limit never exceeds the upper. */
public record Interval(double lower, double upper) {
  public Interval {
    if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
      throw new IllegalArgumentException("confidence limits must be finite numbers");
    }
    if (lower > upper) {
      throw new IllegalArgumentException("lower limit " + lower + " is above upper limit " + upper);
    }
  }

  public boolean contains(double x) {
    return lower <= x && x <= upper;
  }
}
