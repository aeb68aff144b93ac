package outcomes.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import outcomes.model.DeclaredBaseline;
import outcomes.model.Goal;
import outcomes.model.Polarity;
import outcomes.model.TimePeriod;

/**
 * Reads what progress is measured from and towards: an indicator's {@code baseline:} (the period
 * the strategy cites) and {@code goal:}, and framework.yaml's {@code baseline-date:}. Every problem
 * is recorded at its line, as for the rest of the catalogue.
 */
final class ProgressTerms {
  static final Set<String> GOAL_KEYS = Set.of("limit", "lower", "upper", "use-ci", "by", "source");

  private final Fields f;

  ProgressTerms(Fields f) {
    this.f = f;
  }

  /** The declared baseline period, if the file gives one and it can be read. */
  Optional<DeclaredBaseline> baseline(JsonNode root) {
    String text = f.text("", root, "baseline", false);
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new DeclaredBaseline(TimePeriod.parse(text), f.at("/baseline")));
    } catch (IllegalArgumentException e) {
      f.problem(
          "/baseline",
          "'baseline' must be a period as the data write it (\"2018 - 20\", \"2020/21\"): "
              + e.getMessage());
      return Optional.empty();
    }
  }

  /** framework.yaml's baseline-date, if given and a date. */
  Optional<LocalDate> baselineDate(JsonNode root) {
    String text = f.text("", root, "baseline-date", false);
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      f.problem(
          "/baseline-date",
          "'baseline-date' must be a date written YYYY-MM-DD (the day the strategy"
              + " began, such as 2023-04-01), not '"
              + text
              + "'");
      return Optional.empty();
    }
  }

  /**
   * The goal, if the file declares one and it is whole: a limit or a range, who set it, and an
   * indicator polarity to read it by. A goal with a problem is left out, with the problem said.
   */
  Optional<Goal> goal(JsonNode root, Polarity polarity) {
    JsonNode g = f.object("", root, "goal", false);
    if (g == null) {
      return Optional.empty();
    }
    f.onlyKeys("/goal", g, GOAL_KEYS);
    boolean ok = true;
    if (polarity == Polarity.NO_JUDGEMENT) {
      f.problem(
          "/goal",
          "a goal needs a polarity (high-is-good or low-is-good) to say which side of it is"
              + " better; this indicator's is no-judgement");
      ok = false;
    }
    Goal.Threshold threshold = threshold(g);
    Boolean useCi = flag(g, "use-ci");
    Integer by = g.has("by") ? f.integer("/goal", g, "by", false, 2000, 2100) : null;
    String source = f.text("/goal", g, "source", false);
    if (source == null) {
      if (g.get("source") == null || g.get("source").isValueNode()) {
        f.problem(
            "/goal",
            "'source' is missing: say who set the goal and where (a goal nobody set is never"
                + " shown)");
      }
      ok = false;
    }
    if (threshold instanceof Goal.Range && Boolean.TRUE.equals(useCi)) {
      f.problem(
          "/goal/use-ci",
          "'use-ci' goes with a single 'limit': a range is judged on the value, as"
              + " Fingertips judges it");
      ok = false;
    }
    if (!ok
        || threshold == null
        || useCi == null
        || (g.has("by") && by == null)
        || polarity == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Goal(threshold, useCi, by == null ? OptionalInt.empty() : OptionalInt.of(by), source));
  }

  private Goal.Threshold threshold(JsonNode g) {
    boolean limit = g.has("limit");
    boolean lower = g.has("lower");
    boolean upper = g.has("upper");
    if (limit && (lower || upper)) {
      f.problem(
          "/goal", "give either 'limit' (one value) or 'lower' and 'upper' (a range), not both");
      return null;
    }
    if (limit) {
      Double v = number(g, "limit");
      return v == null ? null : new Goal.Limit(v);
    }
    if (!lower && !upper) {
      f.problem("/goal", "'goal' needs 'limit' (one value) or 'lower' and 'upper' (a range)");
      return null;
    }
    if (lower != upper) {
      f.problem(
          "/goal/" + (lower ? "lower" : "upper"),
          "a range needs both 'lower' and 'upper'; a single value" + " is 'limit'");
      return null;
    }
    Double lo = number(g, "lower");
    Double hi = number(g, "upper");
    if (lo == null || hi == null) {
      return null;
    }
    if (lo > hi) {
      f.problem(
          "/goal/lower",
          "the range's lower bound "
              + g.get("lower").asText()
              + " is above its upper bound "
              + g.get("upper").asText()
              + ": swap them");
      return null;
    }
    return new Goal.Range(lo, hi);
  }

  private Double number(JsonNode g, String key) {
    String t = f.text("/goal", g, key, true);
    if (t == null) {
      return null;
    }
    // plain decimals only: Java would also read 0x1p3, 66.7f and Infinity
    if (t.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
      double v = Double.parseDouble(t);
      if (Double.isFinite(v)) {
        return v;
      }
    }
    f.problem("/goal/" + key, "'" + key + "' must be a number, such as 66.7, not '" + t + "'");
    return null;
  }

  /** true or false; absent is false. */
  private Boolean flag(JsonNode g, String key) {
    String t = f.text("/goal", g, key, false);
    if (t == null) {
      return Boolean.FALSE;
    }
    if (t.equals("true") || t.equals("false")) {
      return Boolean.valueOf(t);
    }
    f.problem("/goal/" + key, "'" + key + "' must be true or false, not '" + t + "'");
    return null;
  }
}
