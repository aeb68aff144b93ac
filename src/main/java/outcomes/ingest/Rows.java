package outcomes.ingest;

import outcomes.model.Location;
import outcomes.model.OutcomesException;

/** Checks on rows shared by every reader, and the messages for rows a reader cannot take. */
public final class Rows {
  private Rows() {}

  /** Fails when a row stops before a column its reader needs: a truncated or mangled row. */
  public static void requireWidth(String file, Row row, int width) {
    if (row.size() < width) {
      throw OutcomesException.badInput(
          new Location(file, row.line(), row.size() + 1), tooShort(row.size(), width));
    }
  }

  /** The message for a row of {@code size} cells where {@code width} are needed. */
  public static String tooShort(int size, int width) {
    return "this row has only "
        + size
        + " cells but "
        + width
        + " are needed: is the row cut short, or a comma missing?";
  }
}
