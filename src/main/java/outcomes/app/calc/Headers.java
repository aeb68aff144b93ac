package outcomes.app.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import outcomes.stats.ConfidenceLevels;

/** Output column names, as PHEindicatormethods names them. */
final class Headers {
  static final List<String> DESCRIPTION = List.of("statistic", "method", "note");

  private Headers() {}

  /** value, then lower and upper limit per level: lower95_0cl, upper95_0cl, lower99_8cl, … */
  static List<String> limits(ConfidenceLevels levels) {
    List<String> names = new ArrayList<>();
    names.add("value");
    for (double c : levels.fractions()) {
      String level = level(c);
      names.add("lower" + level + "cl");
      names.add("upper" + level + "cl");
    }
    return names;
  }

  /** 95_0 for 0.95, 99_8 for 0.998, as R's format(100 * c, nsmall = 1) with _ for the point. */
  static String level(double fraction) {
    BigDecimal percent = BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros();
    if (percent.scale() <= 0) {
      percent = percent.setScale(1);
    }
    return percent.toPlainString().replace('.', '_');
  }

  /** The names joined in order. */
  @SafeVarargs
  static List<String> of(List<String>... parts) {
    List<String> all = new ArrayList<>();
    for (List<String> p : parts) {
      all.addAll(p);
    }
    return List.copyOf(all);
  }
}
