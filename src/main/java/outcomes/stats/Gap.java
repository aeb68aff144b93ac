package outcomes.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import outcomes.model.Interval;
import outcomes.model.Observation;

/**
 * The gap between two areas' figures for one period: the difference A − B with a 95% interval, and
 * the ratio A / B (absent when B is 0). The two figures are taken as independent estimates, each
 * with a standard error recovered from its 95% limits ((upper − lower) / (2 × 1.96)), so the
 * difference's standard error is the root of the sum of their squares. The gap is significant when
 * its interval excludes 0. Without limits on both figures the difference has no interval and no
 * significance is claimed.
 */
public record Gap(
    double valueA,
    double valueB,
    double difference,
    Optional<Interval> ci95,
    OptionalDouble ratio,
    Optional<Boolean> significant) {

  private static final double Z95 = Distributions.z(0.95);

  /** The gap A − B, or empty when either figure has no value. */
  public static Optional<Gap> between(Observation a, Observation b) {
    if (a.value().isEmpty() || b.value().isEmpty()) {
      return Optional.empty();
    }
    double va = a.value().getAsDouble();
    double vb = b.value().getAsDouble();
    double difference = va - vb;
    Optional<Interval> ci = differenceInterval(difference, a.ci95(), b.ci95());
    OptionalDouble ratio = vb == 0 ? OptionalDouble.empty() : OptionalDouble.of(va / vb);
    Optional<Boolean> significant = ci.map(i -> !i.contains(0));
    return Optional.of(new Gap(va, vb, difference, ci, ratio, significant));
  }

  /**
   * The 95% interval of a difference x − y between independent estimates with these 95% intervals
   * (each symmetric or not, its standard error taken as its width / 3.92), or empty when either has
   * none. The one formula for every difference: a gap, a change since a baseline, and a change in a
   * gap (whose own interval is symmetric, so its standard error is recovered exactly).
   */
  static Optional<Interval> differenceInterval(
      double difference, Optional<Interval> x, Optional<Interval> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return Optional.empty();
    }
    double se = Math.hypot(standardError(x.get()), standardError(y.get()));
    return Optional.of(new Interval(difference - Z95 * se, difference + Z95 * se));
  }

  private static double standardError(Interval ci) {
    return (ci.upper() - ci.lower()) / (2 * Z95);
  }

  /** The size of the gap whichever way it runs, as a sentence puts it ("14.0 years less"). */
  public double magnitude() {
    return Math.abs(difference);
  }
}
