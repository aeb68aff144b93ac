package outcomes.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A goal someone has set for an indicator, judged as Fingertips judges its "Compared to goal"
 * column (fingertips-open, PholioVisualisation.Analysis: SingleValueTargetComparer and
 * RangeTargetComparer), read through the indicator's polarity:
 *
 * <ul>
 *   <li>a single limit: a value on the better side of the limit, or equal to it, is Green,
 *       otherwise Red. With {@code useCi}, the 95% interval decides: an interval whose lower limit
 *       is at or above the limit lies above it, one whose upper limit is below the limit lies below
 *       it (Green or Red by polarity), and any other interval includes the limit (Amber). So an
 *       interval that touches the limit from above lies above it, and one that touches it from
 *       below includes it, as Fingertips has it.
 *   <li>a range: below the lower bound is one side, at or above the upper bound the other, and in
 *       between (the lower bound included) Amber; Green is the better side by polarity. The value
 *       decides, never the interval, as in Fingertips.
 * </ul>
 *
 * <p>An indicator without a polarity, or a figure without a value (or without limits where the
 * interval decides), is not compared. The terms come from the indicator file ({@code goal:}); who
 * set the goal is said in {@code source}, since a goal nobody set must never appear in a paper.
 *
 * @param by the year the goal is to be met by, if it has one
 * @param source who set the goal and where, in words
 */
public record Goal(Threshold threshold, boolean useCi, OptionalInt by, String source) {

  public Goal {
    Objects.requireNonNull(threshold, "threshold");
    by = by == null ? OptionalInt.empty() : by;
    source = source == null ? "" : source.strip();
    if (source.isEmpty()) {
      throw new IllegalArgumentException("a goal needs a source: who set it");
    }
    if (useCi && threshold instanceof Range) {
      throw new IllegalArgumentException(
          "a range is judged on the value: use-ci goes with a single limit");
    }
  }

  /** The bounds a figure is judged against: one limit, or a range. */
  public sealed interface Threshold permits Limit, Range {
    /** The status of a value, with {@code highIsGood} saying which side is better. */
    Judged byValue(double value, boolean highIsGood, Unit unit);

    /** The goal in words: "66.7% or more", "10 µg/m³ or less", "19% to 21%". */
    String terms(boolean highIsGood, Unit unit);
  }

  /** A single limit: the better side of it, or the limit itself, meets the goal. */
  public record Limit(double limit) implements Threshold {
    public Limit {
      if (!Double.isFinite(limit)) {
        throw new IllegalArgumentException("a goal's limit must be a number");
      }
    }

    @Override
    public Judged byValue(double value, boolean highIsGood, Unit unit) {
      boolean met = highIsGood ? value >= limit : value <= limit;
      return met
          ? new Judged(GoalStatus.GREEN, "meets the goal of " + terms(highIsGood, unit))
          : new Judged(GoalStatus.RED, "does not meet the goal of " + terms(highIsGood, unit));
    }

    /** Fingertips' interval rule: on or above the limit, below it, or including it. */
    Judged byInterval(Interval ci, boolean highIsGood, Unit unit) {
      String goal = " the goal of " + terms(highIsGood, unit);
      if (ci.lower() >= limit) {
        return highIsGood
            ? new Judged(
                GoalStatus.GREEN,
                "meets" + goal + ": its 95% interval lies at or above " + written(limit, unit))
            : new Judged(
                GoalStatus.RED,
                "does not meet"
                    + goal
                    + ": its 95% interval lies at or above "
                    + written(limit, unit));
      }
      if (ci.upper() < limit) {
        return highIsGood
            ? new Judged(
                GoalStatus.RED,
                "does not meet" + goal + ": its 95% interval lies below " + written(limit, unit))
            : new Judged(
                GoalStatus.GREEN,
                "meets" + goal + ": its 95% interval lies below " + written(limit, unit));
      }
      return new Judged(
          GoalStatus.AMBER,
          "cannot be told from" + goal + ": its 95% interval includes " + written(limit, unit));
    }

    @Override
    public String terms(boolean highIsGood, Unit unit) {
      return written(limit, unit) + (highIsGood ? " or more" : " or less");
    }
  }

  /** A range: the better side of it is Green, inside it Amber, the worse side Red. */
  public record Range(double lower, double upper) implements Threshold {
    public Range {
      if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
        throw new IllegalArgumentException("a goal's bounds must be numbers");
      }
      if (lower > upper) {
        throw new IllegalArgumentException(
            "a goal's lower bound " + lower + " is above its upper bound " + upper);
      }
    }

    @Override
    public Judged byValue(double value, boolean highIsGood, Unit unit) {
      String range = " the goal's range, " + terms(highIsGood, unit);
      if (value < lower) {
        return highIsGood
            ? new Judged(GoalStatus.RED, "is below" + range)
            : new Judged(GoalStatus.GREEN, "is below" + range);
      }
      if (value >= upper) {
        return highIsGood
            ? new Judged(GoalStatus.GREEN, "is at or above the top of" + range)
            : new Judged(GoalStatus.RED, "is at or above the top of" + range);
      }
      return new Judged(GoalStatus.AMBER, "is within" + range);
    }

    @Override
    public String terms(boolean highIsGood, Unit unit) {
      return written(lower, unit) + " to " + written(upper, unit);
    }
  }

  /** A status with the words that must go with its colour. */
  public record Judged(GoalStatus status, String words) {
    public Judged {
      Objects.requireNonNull(status, "status");
      words = words == null ? "" : words;
    }
  }

  /** A figure against this goal, read through the indicator's polarity. */
  public Judged judge(OptionalDouble value, Optional<Interval> ci95, Polarity polarity, Unit unit) {
    if (polarity == Polarity.NO_JUDGEMENT) {
      return new Judged(
          GoalStatus.NOT_COMPARED,
          "not compared: the indicator has no polarity, so neither side of a goal is better");
    }
    boolean highIsGood = polarity == Polarity.HIGH_IS_GOOD;
    if (value.isEmpty()) {
      return new Judged(GoalStatus.NOT_COMPARED, "not compared: no figure");
    }
    if (useCi) {
      // the constructor allows use-ci with a single limit only
      return ci95.map(ci -> ((Limit) threshold).byInterval(ci, highIsGood, unit))
          .orElse(
              new Judged(
                  GoalStatus.NOT_COMPARED,
                  "not compared: this goal is judged on the 95% interval, and the"
                      + " figure has none"));
    }
    return threshold.byValue(value.getAsDouble(), highIsGood, unit);
  }

  /** The goal in words with its date and who set it: "66.7% or more (NHS England)". */
  public String describe(Polarity polarity, Unit unit) {
    String terms = threshold.terms(polarity != Polarity.LOW_IS_GOOD, unit);
    return terms + (by.isPresent() ? " by " + by.getAsInt() : "") + " (" + source + ")";
  }

  /**
   * A goal's number as it was set (10, 66.7), with its unit; never rounded to the decimals shown.
   */
  static String written(double x, Unit unit) {
    String v = BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    return unit.label().isEmpty() ? v : unit.label().equals("%") ? v + "%" : v + " " + unit.label();
  }
}
