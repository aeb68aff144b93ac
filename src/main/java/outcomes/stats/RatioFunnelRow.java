package outcomes.stats;

/**
 * One point of a ratio funnel: the observed events and, for each control limit, the expected events
 * at which they sit on it.
 *
 * @param observedEvents the events on the x axis
 * @param lower2s the lower 95% limit
 * @param upper2s the upper 95% limit
 * @param lower3s the lower 99.8% limit
 * @param upper3s the upper 99.8% limit
 */
public record RatioFunnelRow(
    double observedEvents,
    FunnelLimit lower2s,
    FunnelLimit upper2s,
    FunnelLimit lower3s,
    FunnelLimit upper3s) {}
