package outcomes.catalogue;

/** Paths the catalogue names under the data folder: never absolute, never climbing out of it. */
final class DataPaths {
  private DataPaths() {}

  static boolean isInside(String path) {
    return !(path.startsWith("/")
        || path.contains("..")
        || path.contains("\\")
        || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f));
  }

  static String problem(String path) {
    return "the file '"
        + path.replaceAll("\\p{Cntrl}", "?")
        + "' must be a path inside the data folder, with /"
        + " between folders and no control characters";
  }
}
