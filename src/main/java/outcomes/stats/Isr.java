package outcomes.stats;

import java.util.OptionalDouble;

/**
 * An indirectly standardised ratio or rate with the counts it was built from.
 *
 * @param observed the observed events O
 * @param expected the expected events E from the reference rates
 * @param referenceRate the reference rate times the multiplier (rates only)
 * @param estimate the ratio or rate with its limits
 */
public record Isr(
    double observed, double expected, OptionalDouble referenceRate, Estimate estimate) {}
