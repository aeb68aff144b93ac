package outcomes.template;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The placeholders a template may use, each with its word, how many arguments it takes, the options
 * it allows, and whether it makes words in a sentence or a block of its own (a block placeholder
 * stands alone on its line). The usage line is what an error message quotes.
 */
public enum Kind {
  VALUE("value", false, 2, 3, Set.of("period"), "value INDICATOR AREA [SEX] [period=PERIOD]"),
  GAP("gap", false, 3, 5, Set.of("period"), "gap INDICATOR [SEX] AREA vs AREA [period=PERIOD]"),
  COMPARISON("comparison", false, 2, 3, Set.of(), "comparison INDICATOR AREA [SEX]"),
  TREND("trend", false, 2, 3, Set.of(), "trend INDICATOR AREA [SEX]"),
  PERIOD("period", false, 1, 2, Set.of(), "period INDICATOR [SEX]"),
  TITLE("title", false, 1, 2, Set.of(), "title INDICATOR [SEX]"),
  DEFINITION("definition", false, 1, 1, Set.of(), "definition INDICATOR"),
  SOURCE("source", false, 1, 1, Set.of(), "source INDICATOR"),
  OUTCOME("outcome", false, 1, 1, Set.of(), "outcome NUMBER"),
  AMBITION("ambition", false, 1, 1, Set.of(), "ambition NUMBER"),
  FRAMEWORK("framework", false, 0, 0, Set.of(), "framework"),
  DATE("date", false, 0, 0, Set.of(), "date"),
  AS_OF("as-of", false, 0, 0, Set.of(), "as-of"),
  /** A sentence counting, from the data, what the framework's figures can and cannot say. */
  SUMMARY("summary", false, 1, 1, Set.of(), "summary freshness|comparisons|trends|computed"),
  /**
   * Progress since the strategy's baseline in a sentence: a focus area's change with its verdict,
   * or one of framework.yaml's headline gaps then and now; or the words "Progress since 2023", from
   * framework.yaml's baseline-date.
   */
  PROGRESS(
      "progress",
      false,
      1,
      6,
      Set.of(),
      "progress INDICATOR AREA [SEX]"
          + " | progress gap INDICATOR [SEX] AREA vs AREA | progress heading"),
  /** {@code {{NAME}}} for a loop variable: its number, or its indicator's title. */
  VARIABLE("", false, 0, 0, Set.of(), "NAME (a loop variable)"),
  TABLE(
      "table",
      true,
      1,
      4,
      Set.of(),
      "table ambition N | table outcome N | table outcomes | table progress N"
          + " | table indicators | table wards INDICATOR AREA [SEX]"),
  CHART(
      "chart",
      true,
      1,
      6,
      Set.of("alt"),
      "chart NAME | chart trend INDICATOR [SEX]"
          + " | chart wards INDICATOR AREA [SEX] | chart map INDICATOR AREA [SEX]"
          + " | chart gap INDICATOR [SEX] AREA vs AREA"
          + " | chart spine AREA, each with [alt=\"TEXT\"]"),
  CHANGES("changes", true, 0, 0, Set.of(), "changes"),
  FRESHNESS("freshness", true, 0, 0, Set.of(), "freshness");

  private final String word;
  private final boolean block;
  private final int minArgs;
  private final int maxArgs;
  private final Set<String> options;
  private final String usage;

  Kind(String word, boolean block, int minArgs, int maxArgs, Set<String> options, String usage) {
    this.word = word;
    this.block = block;
    this.minArgs = minArgs;
    this.maxArgs = maxArgs;
    this.options = options;
    this.usage = usage;
  }

  /** The word that starts the placeholder ("value"). */
  public String word() {
    return word;
  }

  /** True for a placeholder that stands alone on its line and makes a block of the paper. */
  public boolean block() {
    return block;
  }

  public int minArgs() {
    return minArgs;
  }

  public int maxArgs() {
    return maxArgs;
  }

  public Set<String> options() {
    return options;
  }

  /** How it is written, for error messages: {@code {{value INDICATOR AREA [SEX]}}}. */
  public String usage() {
    return "{{" + usage + "}}";
  }

  static Optional<Kind> byWord(String word) {
    return Arrays.stream(values()).filter(k -> k != VARIABLE && k.word.equals(word)).findFirst();
  }

  /** The words a template may start a placeholder with, for "use one of" messages. */
  static List<String> words() {
    return Arrays.stream(values()).filter(k -> k != VARIABLE).map(Kind::word).toList();
  }
}
