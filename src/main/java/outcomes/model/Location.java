package outcomes.model;

/** A place in an input file; line and column are 1-based, 0 where they do not apply. */
public record Location(String file, long line, int column) {
  public static Location of(String file) {
    return new Location(file, 0, 0);
  }

  public Location atColumn(int col) {
    return new Location(file, line, col);
  }

  /** FILE, FILE:LINE or FILE:LINE:COLUMN, the form editors and CI annotations understand. */
  @Override
  public String toString() {
    if (line <= 0) {
      return file;
    }
    return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
