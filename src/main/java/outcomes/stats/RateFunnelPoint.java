package outcomes.stats;

import java.util.OptionalDouble;

/**
 * Where one area sits on a rate funnel plot. Both are absent for a DSR on fewer than 10 events,
 * which is not charted.
 *
 * @param rate the rate to chart
 * @param denominator the population per year behind it
 */
public record RateFunnelPoint(OptionalDouble rate, OptionalDouble denominator) {
  public RateFunnelPoint {
    Estimate.requireFiniteIfPresent(rate, "rate");
    Estimate.requireFiniteIfPresent(denominator, "denominator");
  }
}
