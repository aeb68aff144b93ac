package outcomes.model;

import java.util.Locale;

/** The sex a value describes, as Fingertips writes it (Persons, Male, Female). */
public enum Sex {
  PERSONS("Persons"),
  MALE("Male"),
  FEMALE("Female");

  private final String label;

  Sex(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Reads the spellings real sources use; an unknown one is an error, never a guess. */
  public static Sex parse(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "persons":
      case "person":
      case "all":
      case "all persons":
      case "total":
      case "people":
      case "na":
      case "":
        return PERSONS;
      case "male":
      case "males":
      case "men":
      case "man":
      case "m":
      case "boys":
        return MALE;
      case "female":
      case "females":
      case "women":
      case "woman":
      case "f":
      case "girls":
        return FEMALE;
      default:
        throw new IllegalArgumentException(
            "unknown sex '" + text + "': use Persons, Male or Female");
    }
  }

  @Override
  public String toString() {
    return label;
  }
}
