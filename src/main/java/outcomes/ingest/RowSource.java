package outcomes.ingest;

import java.io.Closeable;
import java.util.List;

/**
 * Rows of text cells from a source, one at a time, so that a file is read once and never held
 * whole. CSV files and spreadsheets both arrive through this, so a column mapping need not care
 * where its rows come from.
 */
public interface RowSource extends Closeable {
  /** The file's name as the user gave it, for messages. */
  String file();

  /** The header cells. */
  List<String> header();

  /** The line the header is on. */
  long headerLine();

  /**
   * The next data row, or null at the end. A row may be shorter than the header (Fingertips exports
   * leave off their empty last column); its reader decides which cells it needs. A row longer than
   * the header, or unreadable, is an {@code OutcomesException}.
   */
  Row next();

  @Override
  void close();
}
