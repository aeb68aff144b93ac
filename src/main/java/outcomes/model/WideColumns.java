package outcomes.model;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How a wide file names its value columns: a regular expression over each column's name (its
 * whitespace and line breaks folded to single spaces) with named groups for the period, sex, age,
 * category and measure, and which measure text is which field. The GLA's {@code 2010-14;Male;95%
 * Lower} reads with {@code (?<period>[^;]+);(?<sex>[^;]+);(?<measure>.+)} and {@code measures:
 * {lower-95: 95% Lower, …}}. Without a measure group every matching column is a value.
 */
public record WideColumns(String pattern, Map<Field, String> measures) {
  /** The named groups a pattern may use, and the fields they give. */
  public static final Map<String, Field> GROUPS =
      Map.of(
          "period", Field.PERIOD, "sex", Field.SEX, "age", Field.AGE, "category", Field.CATEGORY);

  public static final String MEASURE = "measure";

  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  public WideColumns {
    measures = Map.copyOf(measures);
    Set<String> groups = groups(pattern);
    for (String g : groups) {
      if (!GROUPS.containsKey(g) && !g.equals(MEASURE)) {
        throw new IllegalArgumentException(
            "the pattern's group (?<"
                + g
                + ">…) is not one of"
                + " period, sex, age, category or measure");
      }
    }
    if (groups.contains(MEASURE) && measures.isEmpty()) {
      throw new IllegalArgumentException(
          "the pattern has a (?<measure>…) group: say under"
              + " 'measures' which measure is which field (value: …, lower-95: …)");
    }
    if (!groups.contains(MEASURE) && !measures.isEmpty()) {
      throw new IllegalArgumentException("'measures' needs a (?<measure>…) group in the pattern");
    }
    for (Field f : measures.keySet()) {
      if (!f.isNumber() && f != Field.VALUE_NOTE) {
        throw new IllegalArgumentException(
            "a measure gives a number or the value note, not " + f.key());
      }
    }
  }

  /** The pattern compiled. */
  public Pattern compiled() {
    return compile(pattern);
  }

  /** The named groups the pattern uses, in order. */
  public Set<String> groups() {
    return groups(pattern);
  }

  /** The fields the pattern's groups give (period, sex, age, category). */
  public Set<Field> groupFields() {
    Set<Field> out = new LinkedHashSet<>();
    groups()
        .forEach(
            g -> {
              if (GROUPS.containsKey(g)) {
                out.add(GROUPS.get(g));
              }
            });
    return out;
  }

  private static Pattern compile(String pattern) {
    if (pattern == null || pattern.isBlank()) {
      throw new IllegalArgumentException("a wide layout needs a pattern over its column names");
    }
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "the pattern is not a valid regular expression: "
              + e.getDescription()
              + " at character "
              + (e.getIndex() + 1));
    }
  }

  private static Set<String> groups(String pattern) {
    compile(pattern);
    Set<String> out = new LinkedHashSet<>();
    Matcher m = GROUP_NAME.matcher(pattern);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
