package outcomes.model;

/**
 * One file an indicator draws on: where it is (under the data folder), whether it is real, who
 * published it when that is not the indicator's own source ("" otherwise), and how to read it.
 */
public record DataFile(
    String path, Origin origin, String source, ColumnMapping mapping, Location declaredAt) {
  public DataFile {
    source = source == null ? "" : source.strip();
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("a data file needs a path");
    }
  }
}
