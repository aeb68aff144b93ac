package outcomes.model;

/**
 * How often an indicator is published, in which month a release usually appears, and how long after
 * that a missing release becomes overdue.
 */
public record Cadence(int months, int publicationMonth, int graceDays) {
  public Cadence {
    if (months < 1 || months > 120) {
      throw new IllegalArgumentException("a cadence is 1 to 120 months, not " + months);
    }
    if (publicationMonth < 1 || publicationMonth > 12) {
      throw new IllegalArgumentException("publication month is 1 to 12, not " + publicationMonth);
    }
    if (graceDays < 0 || graceDays > 3650) {
      throw new IllegalArgumentException("grace days must be 0 to 3650, not " + graceDays);
    }
  }
}
