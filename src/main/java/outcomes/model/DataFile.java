package outcomes.model;

/** One file an indicator draws on: where it is (under the data folder), whether it is real, how to read it. */
public record DataFile(String path, Origin origin, ColumnMapping mapping, Location declaredAt) {
  public DataFile {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("a data file needs a path");
    }
  }
}
