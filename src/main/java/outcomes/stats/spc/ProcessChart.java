package outcomes.stats.spc;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import outcomes.model.Goal;
import outcomes.model.Observation;
import outcomes.model.Polarity;
import outcomes.model.TimePeriod;

/**
 * A statistical process control (XmR) chart of one area's monthly or quarterly series, judged by
 * NHS England's "Making Data Count" rules: the process limits ({@link XmrLimits}), the
 * special-cause signals on each point ({@link Signal}), the variation icon of the latest point
 * ({@link Variation}) and, with a single-limit goal, the assurance icon ({@link Assurance}).
 *
 * <p>The method needs a regular series of short periods: at least {@value #FEWEST_POINTS} points,
 * each a month or a quarter long, one after another without gaps. Rolling twelve-month figures or
 * yearly ones are not charted (their points overlap or are too few), and {@link #eligibility} says
 * why.
 *
 * @param signals each point's special-cause signals, in the order of the points (empty for common
 *     cause)
 * @param assurance against the goal, when the indicator has a single-limit goal and a polarity
 */
public record ProcessChart(
    List<TimePeriod> periods,
    List<Double> values,
    XmrLimits limits,
    List<Set<Signal>> signals,
    Variation variation,
    Optional<Assurance> assurance) {

  /** The fewest points Making Data Count draws process limits from. */
  public static final int FEWEST_POINTS = 15;

  public ProcessChart {
    periods = List.copyOf(periods);
    values = List.copyOf(values);
    signals = signals.stream().map(Set::copyOf).toList();
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(variation, "variation");
    if (periods.size() != values.size() || values.size() != signals.size()) {
      throw new IllegalArgumentException("one period and one set of signals per value");
    }
  }

  /** Empty when the series can be charted; otherwise why not, in words. */
  public static Optional<String> eligibility(List<Observation> series) {
    if (series.size() < FEWEST_POINTS) {
      return Optional.of(
          "statistical process control needs a monthly or quarterly series of "
              + FEWEST_POINTS
              + " points or more; this one has "
              + series.size());
    }
    long months = months(series.get(0).period());
    for (int i = 0; i < series.size(); i++) {
      TimePeriod p = series.get(i).period();
      if (months(p) != months || (months != 1 && months != 3)) {
        return Optional.of(
            "statistical process control needs monthly or quarterly figures; "
                + p.label()
                + " is "
                + months(p)
                + " months long");
      }
      if (!series.get(i).hasValue()) {
        return Optional.of(
            "statistical process control needs a value for every period; "
                + p.label()
                + " has none");
      }
      if (i > 0 && !series.get(i - 1).period().end().plusMonths(1).equals(p.start())) {
        return Optional.of(
            "statistical process control needs periods one after another; the series jumps from "
                + series.get(i - 1).period().label()
                + " to "
                + p.label());
      }
    }
    return Optional.empty();
  }

  /**
   * The chart of a series ({@link #eligibility} must be empty), with limits from every point and
   * every moving range kept, as the Making Data Count tools draw it.
   */
  public static ProcessChart of(List<Observation> series, Polarity polarity, Optional<Goal> goal) {
    eligibility(series)
        .ifPresent(
            why -> {
              throw new IllegalArgumentException(why);
            });
    List<Double> values = new ArrayList<>();
    series.forEach(o -> values.add(o.value().getAsDouble()));
    return of(
        series.stream().map(Observation::period).toList(),
        values,
        XmrLimits.of(values),
        polarity,
        goal);
  }

  /**
   * The chart of these values with these limits: the rules applied, as the conformance cases call
   * it.
   */
  static ProcessChart of(
      List<TimePeriod> periods,
      List<Double> values,
      XmrLimits limits,
      Polarity polarity,
      Optional<Goal> goal) {
    List<Set<Signal>> signals = SpecialCause.signals(values, limits);
    int last = values.size() - 1;
    Variation variation =
        signals.get(last).isEmpty()
            ? Variation.COMMON_CAUSE
            : Variation.special(high(values, limits, last), polarity);
    return new ProcessChart(
        periods, values, limits, signals, variation, assurance(limits, polarity, goal));
  }

  /** Above the mean; a point on the mean (only a trend can mark one) takes the trend's way. */
  private static boolean high(List<Double> values, XmrLimits limits, int i) {
    double v = values.get(i);
    if (v != limits.mean() || i == 0) {
      return v > limits.mean();
    }
    return v > values.get(i - 1);
  }

  /**
   * Where a single-limit goal lies against the process limits; a limit on a process limit is hit
   * and miss.
   */
  private static Optional<Assurance> assurance(
      XmrLimits limits, Polarity polarity, Optional<Goal> goal) {
    if (polarity == Polarity.NO_JUDGEMENT
        || goal.isEmpty()
        || !(goal.get().threshold() instanceof Goal.Limit)) {
      return Optional.empty();
    }
    double target = ((Goal.Limit) goal.get().threshold()).limit();
    boolean highIsGood = polarity == Polarity.HIGH_IS_GOOD;
    if (target > limits.upper()) {
      return Optional.of(highIsGood ? Assurance.CONSISTENTLY_FAIL : Assurance.CONSISTENTLY_PASS);
    }
    if (target < limits.lower()) {
      return Optional.of(highIsGood ? Assurance.CONSISTENTLY_PASS : Assurance.CONSISTENTLY_FAIL);
    }
    return Optional.of(Assurance.HIT_AND_MISS);
  }

  private static long months(TimePeriod p) {
    return ChronoUnit.MONTHS.between(p.start(), p.end()) + 1;
  }
}
