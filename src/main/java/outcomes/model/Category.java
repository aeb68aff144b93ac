package outcomes.model;

/** A breakdown within an area (a deprivation decile, an ethnic group); NONE for the whole area. */
public record Category(String type, String name) {
  public static final Category NONE = new Category("", "");

  public Category {
    type = type.strip();
    name = name.strip();
  }

  public boolean isNone() {
    return type.isEmpty() && name.isEmpty();
  }
}
