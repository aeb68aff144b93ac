package outcomes.stats;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import outcomes.model.Area;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.model.Rounding;
import outcomes.model.TimePeriod;

/**
 * Whether the gap between two areas (a borough and England, or two wards) has narrowed or widened
 * since the baseline: the gap A − B then and now, each as {@link Gap} computes it, and the change
 * in the gap with a 95% interval. All four figures are taken as independent estimates, so the
 * change's standard error is the root of the sum of the squares of the four recovered from their
 * limits ({@link Gap#differenceInterval} applied to the two gaps). Significant when the interval
 * excludes 0; narrowed or widened by the size of the gap, reversed when the areas changed sides.
 *
 * @param figures the figures behind it, baseline A and B then latest A and B, those there are
 */
public record GapChange(
    Area a,
    Area b,
    Optional<TimePeriod> baselinePeriod,
    Optional<TimePeriod> latestPeriod,
    Optional<Gap> baseline,
    Optional<Gap> latest,
    OptionalDouble change,
    Optional<Interval> ci95,
    GapVerdict verdict,
    String reason,
    List<Observation> figures) {

  public GapChange {
    Objects.requireNonNull(verdict, "verdict");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a verdict on a gap says why");
    }
    figures = List.copyOf(figures);
  }

  /**
   * True when every figure behind it is real: a change from any illustrative figure is labelled so.
   */
  public boolean real() {
    return figures.stream().allMatch(Observation::isReal);
  }

  /**
   * The change in the gap A − B between the baseline figures (a0, b0) and the latest (a1, b1), the
   * reason's numbers written to {@code decimals} places; without all four it cannot be judged.
   */
  public static GapChange of(
      Area a,
      Area b,
      Optional<Observation> a0,
      Optional<Observation> b0,
      Optional<Observation> a1,
      Optional<Observation> b1,
      int decimals) {
    List<Observation> figures = Stream.of(a0, b0, a1, b1).flatMap(Optional::stream).toList();
    Optional<TimePeriod> p0 = a0.or(() -> b0).map(Observation::period);
    Optional<TimePeriod> p1 = a1.or(() -> b1).map(Observation::period);
    Optional<Gap> g0 =
        a0.isPresent() && b0.isPresent() ? Gap.between(a0.get(), b0.get()) : Optional.empty();
    Optional<Gap> g1 =
        a1.isPresent() && b1.isPresent() ? Gap.between(a1.get(), b1.get()) : Optional.empty();
    if (g0.isEmpty() || g1.isEmpty()) {
      String which = g0.isEmpty() ? "at the baseline" : "in the latest period";
      return new GapChange(
          a,
          b,
          p0,
          p1,
          g0,
          g1,
          OptionalDouble.empty(),
          Optional.empty(),
          GapVerdict.CANNOT_BE_JUDGED,
          "no figure for both " + a.name() + " and " + b.name() + " " + which,
          figures);
    }
    double d = g1.get().difference() - g0.get().difference();
    Optional<Interval> ci =
        Gap.differenceInterval(d, g1.get().ci95(), g0.get().ci95())
            .map(i -> new Interval(Rounding.clean(i.lower()), Rounding.clean(i.upper())));
    if (ci.isEmpty()) {
      return new GapChange(
          a,
          b,
          p0,
          p1,
          g0,
          g1,
          OptionalDouble.of(d),
          ci,
          GapVerdict.CANNOT_BE_JUDGED,
          "not every figure has published 95% limits, so whether the gap moved by more than chance cannot be"
              + " told",
          figures);
    }
    String range =
        Rounding.text(ci.get().lower(), decimals)
            + " to "
            + Rounding.text(ci.get().upper(), decimals);
    if (ci.get().contains(0)) {
      return new GapChange(
          a,
          b,
          p0,
          p1,
          g0,
          g1,
          OptionalDouble.of(d),
          ci,
          GapVerdict.NO_SIGNIFICANT_CHANGE,
          "the 95% interval of the change in the gap, " + range + ", includes 0",
          figures);
    }
    return new GapChange(
        a,
        b,
        p0,
        p1,
        g0,
        g1,
        OptionalDouble.of(d),
        ci,
        GapVerdict.significant(g0.get().difference(), g1.get().difference()),
        "the 95% interval of the change in the gap, " + range + ", excludes 0",
        figures);
  }

  /** No verdict, for the reason given (a boundary change, no baseline). */
  public static GapChange cannotBeJudged(Area a, Area b, String reason, List<Observation> figures) {
    return new GapChange(
        a,
        b,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        OptionalDouble.empty(),
        Optional.empty(),
        GapVerdict.CANNOT_BE_JUDGED,
        reason,
        figures);
  }
}
