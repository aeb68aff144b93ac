package outcomes.app.calc;

import java.nio.file.Path;
import java.util.List;
import outcomes.stats.ConfidenceLevels;

/**
 * One run of calc.
 *
 * @param in the input CSV (UTF-8, header on the first row)
 * @param groups columns whose values form the groups, in order; empty for one group of all rows
 * @param levels the confidence levels whose limits are written, lowest first
 * @param method the method, with the columns and options it needs
 */
public record CalcRequest(
    Path in, List<String> groups, ConfidenceLevels levels, CalcMethod method) {

  public CalcRequest {
    if (in == null || levels == null || method == null) {
      throw new IllegalArgumentException("an input, confidence levels and a method are needed");
    }
    groups = List.copyOf(groups);
    // limits are written from the lowest level up, whatever order they were asked for in
    levels = new ConfidenceLevels(levels.fractions().stream().sorted().toList());
    if (groups.stream().distinct().count() != groups.size()) {
      throw new IllegalArgumentException("a --group column is named twice");
    }
  }
}
