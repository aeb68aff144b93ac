package outcomes.stats;

/**
 * One standardisation category (usually an age band) of a directly standardised rate.
 *
 * @param count events in the band; a missing count is 0, as in PHEindicatormethods
 * @param population the band's population, greater than zero
 * @param standardPopulation the standard population weight for the band, such as an ESP2013 value
 */
public record DsrBand(double count, double population, double standardPopulation) {
  public DsrBand {
    Arguments.requireCount(count, "count");
    Arguments.requirePositive(population, "population");
    Arguments.requirePositive(standardPopulation, "standard population");
  }
}
