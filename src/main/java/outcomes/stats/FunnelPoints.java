package outcomes.stats;

import java.util.List;
import java.util.OptionalDouble;

/** {@code calculate_funnel_points}: where each area's rate sits on a rate funnel. */
public final class FunnelPoints {
  private FunnelPoints() {}

  /**
   * Each area's rate and its population per year (the derived denominator over {@code years}). DSRs
   * on fewer than 10 events get neither.
   */
  public static List<RateFunnelPoint> forRates(
      List<EventsAndRate> areas, RateType type, double multiplier, int years) {
    Arguments.requireMultiplier(multiplier);
    FunnelLimits.requireYears(years);
    return areas.stream().map(area -> point(area, type, multiplier, years)).toList();
  }

  private static RateFunnelPoint point(
      EventsAndRate area, RateType type, double multiplier, int years) {
    if (type == RateType.DSR && area.events() < ConfidenceLimits.EXACT_BELOW) {
      return new RateFunnelPoint(OptionalDouble.empty(), OptionalDouble.empty());
    }
    double perYear = area.derivedDenominator(type, multiplier).getAsDouble() / years;
    return new RateFunnelPoint(area.rate(), OptionalDouble.of(perYear));
  }
}
