package outcomes.app.inspect;

import outcomes.model.DataRule;

/**
 * Something a rule of the data-quality policy found in a row of a file read in chunks, located by
 * the record's byte offset until its line is counted. A conflicting repeat also names the earlier
 * row, by file and offset; its message then holds {@code %s} where that row's place goes.
 */
record RowFinding(
    DataRule rule,
    int file,
    long offset,
    int column,
    String message,
    int earlierFile,
    long earlierOffset) {
  static RowFinding of(DataRule rule, int file, long offset, int column, String message) {
    return new RowFinding(rule, file, offset, column, message, -1, -1);
  }
}
