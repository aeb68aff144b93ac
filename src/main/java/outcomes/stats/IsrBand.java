package outcomes.stats;

/**
 * One standardisation category (usually an age band) of an indirectly standardised ratio or rate.
 * As in PHEindicatormethods, a missing count, population or reference count counts as 0.
 *
 * @param count observed events in the band
 * @param population the band's population (may be 0)
 * @param referenceCount events in the reference population's band
 * @param referencePopulation the reference population's band, greater than zero
 */
public record IsrBand(
    double count, double population, double referenceCount, double referencePopulation) {
  public IsrBand {
    Arguments.requireCount(count, "count");
    Arguments.requireCount(population, "population");
    Arguments.requireCount(referenceCount, "reference count");
    Arguments.requirePositive(referencePopulation, "reference population");
  }
}
