package outcomes.model;

/** An age group as the source labels it ("All ages", "65+ yrs"). */
public record Age(String label) {
  public static final Age ALL = new Age("All ages");

  public Age {
    label = label.strip();
    if (label.isEmpty()) {
      throw new IllegalArgumentException("an age group needs a label");
    }
  }

  @Override
  public String toString() {
    return label;
  }
}
