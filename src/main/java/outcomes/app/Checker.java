package outcomes.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import outcomes.model.Observation;
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
  private boolean parentColumnUsed;

  Checker(String benchmark) {
    this.benchmark = benchmark;
  }

  void check(Observation o, Judgement ours) {
    String theirs;
    if (benchmark.equals(ENGLAND)) {
      theirs = o.labels().comparedToEngland();
    } else if (benchmark.equals(o.area().parentCode())) {
      theirs = o.labels().comparedToParent();
      parentColumnUsed = true;
    } else {
      return;
    }
    checked++;
    if (normal(theirs).equals(normal(ours.label()))) {
      agreed++;
    } else if (differences.size() < CompareJob.DIFFERENCES_SHOWN) {
      differences.add(o.provenance().location() + ": " + o.area() + " " + o.period() + ": ours '"
          + ours.label() + "', the extract's '" + theirs + "'");
    }
  }

  /** Fingertips writes "Same" in some exports and leaves a cell empty where nothing was compared. */
  private static String normal(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    return l.isEmpty() ? "not compared" : l.equals("same") ? "similar" : l;
  }

  CompareJob.Agreement agreement() {
    String column = benchmark.equals(ENGLAND) ? "Compared to England value or percentiles"
        : parentColumnUsed ? "Compared to <parent> value or percentiles" : "";
    return new CompareJob.Agreement(column, checked, agreed, differences);
  }
}
