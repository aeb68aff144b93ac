package outcomes.stats;

/**
 * A slope index of inequality with its relative index.
 *
 * @param sii the slope index: the modelled gap between the top and the bottom of the ordering,
 *     times the multiplier, with simulated limits
 * @param rii the relative index: the modelled top over the modelled bottom (inverted when the
 *     multiplier is negative), with simulated limits
 * @param intercept the modelled value at the bottom of the ordering (on the value scale, times
 *     |multiplier|, when transformed)
 */
public record Sii(Estimate sii, Estimate rii, double intercept) {}
