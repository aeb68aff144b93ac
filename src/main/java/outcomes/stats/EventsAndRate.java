package outcomes.stats;

import java.util.OptionalDouble;

/**
 * One area's rate for a funnel plot. The funnel works from the events and the rate: the denominator
 * is derived as multiplier · events / rate, except for a crude rate on 0 events, which needs the
 * population supplied.
 *
 * @param events events, zero or more
 * @param rate the rate (crude or directly standardised) at the funnel's multiplier; may be absent
 *     only where there are no events
 * @param denominator the population, needed only for a crude rate on 0 events
 */
public record EventsAndRate(double events, OptionalDouble rate, OptionalDouble denominator) {
  public EventsAndRate {
    Arguments.requireCount(events, "events");
    Estimate.requireFiniteIfPresent(rate, "rate");
    Estimate.requireFiniteIfPresent(denominator, "denominator");
    rate.ifPresent(r -> Arguments.requireCount(r, "rate"));
    denominator.ifPresent(d -> Arguments.requirePositive(d, "denominator"));
    if (events > 0 && !(rate.isPresent() && rate.getAsDouble() > 0)) {
      throw new IllegalArgumentException(
          "a rate above zero is needed where there are events (" + Arguments.plain(events) + ")");
    }
  }

  /** Events and rate, with no population. */
  public static EventsAndRate of(double events, double rate) {
    return new EventsAndRate(events, OptionalDouble.of(rate), OptionalDouble.empty());
  }

  /**
   * The population behind the rate: multiplier · events / rate, or the supplied denominator for a
   * crude rate on 0 events. Absent for a DSR on 0 events, which has no population to derive.
   */
  OptionalDouble derivedDenominator(RateType type, double multiplier) {
    if (events > 0) {
      return OptionalDouble.of(multiplier * events / rate.getAsDouble());
    }
    if (type == RateType.DSR) {
      return OptionalDouble.empty();
    }
    if (denominator.isEmpty()) {
      throw new IllegalArgumentException(
          "a crude rate on 0 events needs its denominator for the funnel");
    }
    return denominator;
  }
}
