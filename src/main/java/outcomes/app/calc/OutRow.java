package outcomes.app.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import outcomes.stats.ConfidenceLevels;
import outcomes.stats.Estimate;

/** One output row, built cell by cell; numbers written by {@link NumberText}, absent as "". */
final class OutRow {
  private final List<String> cells = new ArrayList<>();

  OutRow text(String cell) {
    cells.add(cell);
    return this;
  }

  OutRow texts(List<String> more) {
    cells.addAll(more);
    return this;
  }

  OutRow number(double x) {
    cells.add(NumberText.of(x));
    return this;
  }

  OutRow number(OptionalDouble x) {
    cells.add(x.isPresent() ? NumberText.of(x.getAsDouble()) : "");
    return this;
  }

  /** The value and its limits at each level, in the order of {@link Headers#limits}. */
  OutRow estimate(Estimate e, ConfidenceLevels levels) {
    number(e.value());
    for (double c : levels.fractions()) {
      number(e.lower(c));
      number(e.upper(c));
    }
    return this;
  }

  /** The statistic, method and note, in the order of {@link Headers#DESCRIPTION}. */
  OutRow description(Estimate e) {
    return text(e.statistic()).text(e.method()).text(e.note());
  }

  List<String> cells() {
    return List.copyOf(cells);
  }
}
