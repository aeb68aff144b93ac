package outcomes.stats;

/**
 * A directly standardised rate with the totals it was built from.
 *
 * @param totalCount the events summed over the bands
 * @param totalPopulation the population summed over the bands
 * @param estimate the rate and its limits; absent when the total count is under 10
 */
public record Dsr(double totalCount, double totalPopulation, Estimate estimate) {}
