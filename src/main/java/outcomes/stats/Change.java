package outcomes.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.model.Polarity;
import outcomes.model.Rounding;

/**
 * How far a figure has moved from its baseline: latest − baseline with a 95% interval, and a
 * verdict with its reason. The two figures are taken as independent estimates, each with a standard
 * error recovered from its published 95% limits, exactly as a gap between two areas is ({@link
 * Gap#differenceInterval}); the change is significant when its interval excludes 0, the limits
 * first cleaned of binary noise ({@link Rounding#clean}), so an interval that touches 0 is no
 * significant change. Without limits on both figures the change has no interval and cannot be
 * judged, though its size is still given.
 *
 * @param difference latest − baseline, absent when either figure has no value
 * @param ci95 the interval of the difference, absent without limits on both figures
 * @param reason why the verdict is what it is, in words, always given
 */
public record Change(
    OptionalDouble difference, Optional<Interval> ci95, ChangeVerdict verdict, String reason) {
  public Change {
    Objects.requireNonNull(verdict, "verdict");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a verdict on a change says why");
    }
  }

  /** No verdict can be given, for the reason said. */
  public static Change cannotBeJudged(String reason) {
    return new Change(
        OptionalDouble.empty(), Optional.empty(), ChangeVerdict.CANNOT_BE_JUDGED, reason);
  }

  /**
   * The change from the baseline figure to the latest, judged by polarity; the reason's numbers are
   * written to {@code decimals} places.
   */
  public static Change between(
      Observation baseline, Observation latest, Polarity polarity, int decimals) {
    if (!baseline.hasValue() || !latest.hasValue()) {
      Observation none = baseline.hasValue() ? latest : baseline;
      return cannotBeJudged(
          "no value for "
              + none.period().label()
              + (none.valueNote().isEmpty() ? "" : " (" + none.valueNote() + ")"));
    }
    double d = latest.value().getAsDouble() - baseline.value().getAsDouble();
    Optional<Interval> ci =
        Gap.differenceInterval(d, latest.ci95(), baseline.ci95())
            .map(i -> new Interval(Rounding.clean(i.lower()), Rounding.clean(i.upper())));
    if (ci.isEmpty()) {
      List<String> without = new ArrayList<>();
      for (Observation o : List.of(baseline, latest)) {
        if (o.ci95().isEmpty()) {
          without.add(o.period().label());
        }
      }
      return new Change(
          OptionalDouble.of(d),
          ci,
          ChangeVerdict.CANNOT_BE_JUDGED,
          "no 95% limits are published for "
              + String.join(" or ", without)
              + ", so whether the change is more than chance cannot be told");
    }
    Interval i = ci.get();
    String range = Rounding.text(i.lower(), decimals) + " to " + Rounding.text(i.upper(), decimals);
    if (i.contains(0)) {
      return new Change(
          OptionalDouble.of(d),
          ci,
          ChangeVerdict.NO_SIGNIFICANT_CHANGE,
          "the 95% interval of the change, " + range + ", includes 0");
    }
    return new Change(
        OptionalDouble.of(d),
        ci,
        ChangeVerdict.significant(i.lower() > 0 ? 1 : -1, polarity),
        "the 95% interval of the change, " + range + ", excludes 0");
  }
}
