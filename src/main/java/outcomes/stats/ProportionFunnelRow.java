package outcomes.stats;

/**
 * One point of a proportion funnel, at the funnel's multiplier (100 for percentages).
 *
 * @param population the denominator on the x axis
 * @param lower2s the lower 95% control limit
 * @param upper2s the upper 95% control limit
 * @param lower3s the lower 99.8% control limit
 * @param upper3s the upper 99.8% control limit
 * @param baseline the average proportion, Σ numerators / Σ denominators
 */
public record ProportionFunnelRow(
    double population,
    double lower2s,
    double upper2s,
    double lower3s,
    double upper3s,
    double baseline) {}
