package outcomes.model;

import java.util.Locale;

/**
 * The Fingertips comparator methods (methods.md §2), with Fingertips' own method numbers so an
 * analyst can match them to an indicator's metadata. An indicator's file names its method ({@code
 * comparison:}); the judging itself is in {@code stats.Benchmarking}.
 */
public enum ComparisonMethod {
  /** 1: the benchmark value inside the area's 95% interval is similar. The Fingertips default. */
  CI_OVERLAP(
      "ci-overlap",
      1,
      "the benchmark's value inside the area's 95% confidence interval is similar"),
  /** 17: as 1, and a difference outside the 99.8% interval is labelled at that level. */
  TWO_LEVEL(
      "two-level",
      17,
      "as method 1, and a difference that holds at the 99.8% confidence interval too is labelled"
          + " at that level"),
  /** 12: the area's and the benchmark's 95% intervals overlapping is similar. */
  DOUBLE_OVERLAP(
      "double-overlap",
      12,
      "the area's and the benchmark's 95% confidence intervals overlapping is similar"),
  /** 5: the area's proportion against control limits around the benchmark proportion. */
  SPC_PROPORTION(
      "spc-proportion",
      5,
      "the area's proportion against 95% control limits around the benchmark's proportion"),
  /** 15: the quintile of the area's value among all areas of its type. */
  QUINTILES("quintiles", 15, "the quintile of the area's value among all areas of its type"),
  /** -1: no comparison. */
  NONE("none", -1, "not compared");

  private final String label;
  private final int fingertipsId;
  private final String description;

  ComparisonMethod(String label, int fingertipsId, String description) {
    this.label = label;
    this.fingertipsId = fingertipsId;
    this.description = description;
  }

  public String label() {
    return label;
  }

  public int fingertipsId() {
    return fingertipsId;
  }

  /** What the method judges, in a reader's words: "the area's and the benchmark's … similar". */
  public String description() {
    return description;
  }

  /** Accepts the label or Fingertips' method number. */
  public static ComparisonMethod parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (ComparisonMethod m : values()) {
      if (m.label.equals(t) || String.valueOf(m.fingertipsId).equals(t)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown comparison method '" + text + "': use " + labels());
  }

  public static String labels() {
    StringBuilder b = new StringBuilder();
    for (ComparisonMethod m : values()) {
      b.append(b.length() == 0 ? "" : ", ").append(m.label);
    }
    return b.toString();
  }
}
