package outcomes.report.chart;

import java.util.Locale;
import outcomes.model.Comparison;

/** A comparison in words against a named benchmark: "Better than Westminster", "Similar to …". */
final class ComparedWith {
  private ComparedWith() {}

  /**
   * @param capitalised "Similar to Westminster" for a legend, "similar to Westminster" in a
   *     sentence
   */
  static String words(Comparison c, String benchmark, boolean capitalised) {
    String words;
    if (c == Comparison.NOT_COMPARED || c.isQuintile()) {
      words = c.label();
    } else if (c == Comparison.SIMILAR) {
      words = "Similar to " + benchmark;
    } else {
      words = c.label() + " than " + benchmark;
    }
    return capitalised
        ? words
        : words.substring(0, 1).toLowerCase(Locale.ROOT) + words.substring(1);
  }
}
