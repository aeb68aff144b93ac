package outcomes.stats;

import java.util.OptionalDouble;

/**
 * A mean and the summaries it came from.
 *
 * @param sum the sum of the values
 * @param count how many values
 * @param standardDeviation the sample standard deviation (n − 1); absent for a single value
 * @param estimate the mean with its limits
 */
public record Mean(double sum, int count, OptionalDouble standardDeviation, Estimate estimate) {}
