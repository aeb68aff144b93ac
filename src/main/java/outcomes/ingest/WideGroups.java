package outcomes.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import outcomes.model.Field;
import outcomes.model.Location;
import outcomes.model.OutcomesException;
import outcomes.model.WideColumns;

/**
 * Splits a wide file's header into groups of columns, one observation each per row: the columns
 * whose names give the same period, sex, age and category, each column one measure of the group
 * (value, limits, count…). {@code 2010-14;Male;Life expectancy at birth}, {@code 2010-14;Male;95%
 * Lower} and {@code 2010-14;Male;95% Upper} make one group. Columns the pattern does not match, or
 * whose measure the mapping does not name, are not read.
 */
final class WideGroups {
  private WideGroups() {}

  static List<ResolvedMapping> of(
      ResolvedMapping base, WideColumns wide, List<String> header, String file, long line) {
    Pattern pattern = wide.compiled();
    Set<String> named = wide.groups();
    boolean hasMeasure = named.contains(WideColumns.MEASURE);
    Map<String, Field> measures = new HashMap<>();
    wide.measures().forEach((f, text) -> measures.put(ResolvedMapping.normalise(text), f));
    Map<Map<Field, String>, Map<Field, Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).replace('\uFEFF', ' ').strip().replaceAll("\\s+", " ");
      Matcher m = pattern.matcher(name);
      if (base.reads(i) || !m.matches()) {
        continue;
      }
      Field measure =
          hasMeasure
              ? measures.get(ResolvedMapping.normalise(m.group(WideColumns.MEASURE)))
              : Field.VALUE;
      if (measure == null) {
        continue;
      }
      Map<Field, String> key = new EnumMap<>(Field.class);
      WideColumns.GROUPS.forEach(
          (group, field) -> {
            if (named.contains(group)) {
              key.put(field, m.group(group) == null ? "" : m.group(group).strip());
            }
          });
      Integer before =
          groups.computeIfAbsent(key, k -> new EnumMap<>(Field.class)).putIfAbsent(measure, i);
      if (before != null) {
        throw OutcomesException.badInput(
            new Location(file, line, i + 1),
            "columns "
                + (before + 1)
                + " and "
                + (i + 1)
                + " both give the "
                + measure.key()
                + " for "
                + describe(key)
                + ": make the pattern tell them apart");
      }
    }
    if (groups.isEmpty()) {
      throw OutcomesException.badInput(
          new Location(file, line, 0),
          "the wide pattern '"
              + wide.pattern()
              + "' matches no column name of the header"
              + (hasMeasure ? " with a measure named under 'measures'" : ""));
    }
    List<ResolvedMapping> out = new ArrayList<>();
    groups.forEach(
        (key, cols) -> {
          if (!cols.containsKey(Field.VALUE) && !cols.containsKey(Field.COUNT)) {
            int first = cols.values().iterator().next();
            throw OutcomesException.badInput(
                new Location(file, line, first + 1),
                "the columns for "
                    + describe(key)
                    + " hold no value or count, only "
                    + keys(cols)
                    + ": check the measure names under 'measures'");
          }
          out.add(base.forGroup(cols, key));
        });
    return out;
  }

  private static String describe(Map<Field, String> key) {
    if (key.isEmpty()) {
      return "the file";
    }
    List<String> parts = new ArrayList<>();
    key.forEach((f, text) -> parts.add(f.key() + " '" + text + "'"));
    return String.join(", ", parts);
  }

  private static String keys(Map<Field, Integer> cols) {
    return String.join(", ", cols.keySet().stream().map(Field::key).toList());
  }
}
