package outcomes.stats;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One standardisation category for a DSR whose events are not independent: the people in the band
 * are counted by how many events each had, so repeat events by one person widen the limits.
 *
 * @param population the band's population, greater than zero
 * @param standardPopulation the standard population weight for the band
 * @param personsByEventCount people with exactly f events, by f ≥ 1; a missing entry is 0
 */
public record DsrPersonsBand(
    double population, double standardPopulation, Map<Integer, Double> personsByEventCount) {

  public DsrPersonsBand {
    Arguments.requirePositive(population, "population");
    Arguments.requirePositive(standardPopulation, "standard population");
    personsByEventCount.forEach(
        (frequency, persons) -> {
          if (frequency == null || frequency < 1) {
            throw new IllegalArgumentException(
                "event frequency " + frequency + " must be 1 or more");
          }
          if (persons == null) {
            throw new IllegalArgumentException(
                "persons with " + frequency + " events is null; leave a missing frequency out");
          }
          Arguments.requireCount(persons, "persons with " + frequency + " events");
        });
    // sorted, so that sums run in one order and results do not depend on hash order
    personsByEventCount = Collections.unmodifiableMap(new TreeMap<>(personsByEventCount));
  }

  /** All events in the band: Σ f · persons with f events. */
  double events() {
    return personsByEventCount.entrySet().stream()
        .mapToDouble(e -> e.getKey() * e.getValue())
        .sum();
  }

  /** Σ f² · persons with f events: the band's share of the variance, in place of its count. */
  double varianceWeight() {
    return personsByEventCount.entrySet().stream()
        .mapToDouble(e -> (double) e.getKey() * e.getKey() * e.getValue())
        .sum();
  }
}
