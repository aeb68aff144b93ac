package outcomes.stats;

/**
 * One point of a rate funnel: the events and, for each control limit, the population per year at
 * which they sit on it, and the rate there.
 *
 * @param events the events at this point
 * @param lower2s the lower 95% limit
 * @param upper2s the upper 95% limit
 * @param lower3s the lower 99.8% limit
 * @param upper3s the upper 99.8% limit
 * @param baseline the average rate, Σ events / Σ denominators, times the multiplier
 */
public record RateFunnelRow(
    double events,
    FunnelLimit lower2s,
    FunnelLimit upper2s,
    FunnelLimit lower3s,
    FunnelLimit upper3s,
    double baseline) {}
