package outcomes.stats;

/**
 * One control limit at one point of a Poisson funnel.
 *
 * @param denominator the size at which the point's events sit on the limit: expected events for a
 *     ratio funnel, population per year for a rate funnel
 * @param limit the ratio or rate on the limit
 */
public record FunnelLimit(double denominator, double limit) {}
