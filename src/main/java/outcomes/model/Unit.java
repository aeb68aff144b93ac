package outcomes.model;

/** How values are expressed ("%", "years", "per 100,000") and to how many decimals they show. */
public record Unit(String label, int decimals) {
  public Unit {
    label = label.strip();
    if (decimals < 0 || decimals > 6) {
      throw new IllegalArgumentException("decimals must be between 0 and 6, not " + decimals);
    }
  }
}
