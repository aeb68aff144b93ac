package outcomes.report.workbook;

import java.util.Locale;

/**
 * The shorthand the Government Analysis Function's standard puts in a cell that holds no number, so
 * that no cell of a table is left blank and unexplained ("Symbols in tables: definitions and
 * help"). Each is written with its note where the column's header does not already say why.
 */
enum Shorthand {
  NOT_AVAILABLE(
      "[x]",
      "not available: the figure is not in the data (the source does not publish it"
          + " for this area or period, or the file read does not include it)"),
  NOT_APPLICABLE(
      "[z]",
      "not applicable: there is nothing to show (a confidence interval for a count,"
          + " a category for a figure that is not split by category)"),
  SUPPRESSED(
      "[c]",
      "suppressed: the source withholds the figure, usually to protect confidentiality"
          + " where numbers are small"),
  LOW_RELIABILITY(
      "[u]",
      "low reliability: the source withholds the figure or marks it as unreliable,"
          + " usually because its sample is small");

  final String symbol;
  final String meaning;

  Shorthand(String symbol, String meaning) {
    this.symbol = symbol;
    this.meaning = meaning;
  }

  /** The symbol followed by a note's marker: "[x] [note 5]". */
  String with(String noteRef) {
    return symbol + " " + noteRef;
  }

  /**
   * The shorthand for a value the source left out, from the marker or note it wrote in its place:
   * ONS writes x (not available) and u (low reliability), others [c] or a sentence about
   * suppression; anything else (NA, "Value missing in source data", nothing) is not available.
   */
  static Shorthand forMissingValue(String valueNote) {
    String t = valueNote == null ? "" : valueNote.strip().toLowerCase(Locale.ROOT);
    if (t.equals("c") || t.equals("[c]") || t.contains("suppress")) {
      return SUPPRESSED;
    }
    if (t.equals("u") || t.equals("[u]") || t.equals("[low]")) {
      return LOW_RELIABILITY;
    }
    if (t.equals("z") || t.equals("[z]")) {
      return NOT_APPLICABLE;
    }
    return NOT_AVAILABLE;
  }
}
