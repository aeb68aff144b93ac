package outcomes.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import outcomes.model.Comparison;
import outcomes.model.Observation;
import outcomes.model.Polarity;
import outcomes.stats.Judgement;

/**
 * Holds our judgements against the extract's own: the "Compared to England" column when the
 * benchmark is England, otherwise the parent column for rows whose parent is the benchmark.
 */
final class Checker {
  private static final String ENGLAND = "E92000001";

  private final String benchmark;
  private final List<String> differences = new ArrayList<>();
  private long checked;
  private long agreed;
  private long unjudged;
  private boolean parentColumnUsed;

  Checker(String benchmark) {
    this.benchmark = benchmark;
  }

  /** Checks one row's judgement; a row the extract left blank is counted apart, not checked. */
  void check(Observation o, Judgement ours, Polarity polarity) {
    String theirs;
    if (benchmark.equals(ENGLAND)) {
      theirs = o.labels().comparedToEngland();
    } else if (benchmark.equals(o.area().parentCode())) {
      theirs = o.labels().comparedToParent();
      parentColumnUsed = true;
    } else {
      return;
    }
    if (theirs.isBlank()) {
      unjudged++;
      return;
    }
    checked++;
    if (agree(theirs, ours, polarity)) {
      agreed++;
    } else if (differences.size() < CompareJob.DIFFERENCES_SHOWN) {
      differences.add(
          o.provenance().location()
              + ": "
              + o.area()
              + " "
              + o.period()
              + ": ours '"
              + ours.label()
              + "', the extract's '"
              + theirs
              + "'");
    }
  }

  /**
   * Whether the extract's words say what ours do: "Same" is Similar, and a quintile may be named by
   * polarity ("Best quintile"); otherwise the words, with any level, must be the same.
   */
  private static boolean agree(String theirs, Judgement ours, Polarity polarity) {
    Comparison read = Comparison.fromLabel(theirs, polarity);
    if (ours.comparison().isQuintile() || read.isQuintile()) {
      return read == ours.comparison();
    }
    return normal(theirs).equals(normal(ours.label()));
  }

  /** Fingertips writes "Same" in some exports, and a level with a % sign in others. */
  private static String normal(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    l = l.endsWith("%") ? l.substring(0, l.length() - 1) : l;
    return l.equals("same") ? "similar" : l;
  }

  CompareJob.Agreement agreement() {
    String column =
        benchmark.equals(ENGLAND)
            ? "Compared to England value or percentiles"
            : parentColumnUsed ? "Compared to <parent> value or percentiles" : "";
    return new CompareJob.Agreement(column, checked, agreed, unjudged, differences);
  }
}
