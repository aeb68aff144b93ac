package outcomes.model;

/** Where a figure came from: the file and line it was read from, and whether it is real. */
public record Provenance(String file, long line, Origin origin) {
  public Provenance {
    if (file == null || file.isBlank()) {
      throw new IllegalArgumentException("provenance needs a file");
    }
  }

  public Location location() {
    return new Location(file, line, 0);
  }
}
