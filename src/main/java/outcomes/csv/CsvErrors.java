package outcomes.csv;

/** The messages for CSV text a reader cannot take, and the longest record it reads. */
final class CsvErrors {
  static final String UNCLOSED_QUOTE =
      "a quoted cell starting in this row is never closed: look for a stray double quote";
  static final String TEXT_AFTER_QUOTE =
      "a quoted cell is followed by more text before the next comma: double any quote inside a"
          + " quoted cell";

  /**
   * The longest record read: far beyond any real row (Excel keeps 32,767 characters a cell), and
   * small enough that a quote left open near the top of a large file is reported, not buffered to
   * the end of the file in memory.
   */
  static final int MAX_RECORD = 64 << 20;

  static final String TOO_LONG =
      "this row runs on for more than 64 MB: look for a quoted cell that is never closed (a stray"
          + " double quote)";
  static final String NOT_IN_ENCODING =
      "the text is not valid in its declared encoding: save the file as UTF-8, or declare its"
          + " encoding (for example encoding: windows-1252) in the indicator's mapping";

  private CsvErrors() {}

  static String tooWide(int size, int width) {
    return "this row has "
        + size
        + " cells but the header has "
        + width
        + ": check for an extra comma, or an unquoted comma in a name";
  }
}
