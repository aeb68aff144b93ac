package outcomes.stats;

/**
 * One age band of an abridged life table.
 *
 * @param startAge the band's first year of age: 0, 1, 5, 10, …, 85 or 90 (90+)
 * @param population the band's population (mid-year estimate, summed over the years used)
 * @param deaths deaths in the band over the same years
 */
public record LifeTableBand(int startAge, double population, double deaths) {
  public LifeTableBand {
    if (LifeExpectancy.START_AGES.indexOf(startAge) < 0) {
      throw new IllegalArgumentException(
          "start age "
              + startAge
              + " is not one of the life-table bands "
              + LifeExpectancy.START_AGES);
    }
    Arguments.requireFinite(population, "population");
    Arguments.requireFinite(deaths, "deaths");
  }
}
