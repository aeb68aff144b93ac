package outcomes.stats;

/**
 * Life expectancy at one start age.
 *
 * @param startAge the age from which the expectancy is measured
 * @param estimate the expectancy in years with its limits; see {@link Estimate#note()} when absent
 * @param populationUsed the population summed from this age up
 * @param deathsUsed the deaths summed from this age up
 */
public record LifeExpectancyRow(
    int startAge, Estimate estimate, double populationUsed, double deathsUsed) {}
