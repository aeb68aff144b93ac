package outcomes.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** {@code calculate_dsr}: directly standardised rates with Dobson limits. */
public final class DirectlyStandardisedRates {

  /** The European Standard Population 2013: 19 bands, 0–4, 5–9, …, 85–89, 90+. */
  public static final List<Double> ESP2013 =
      List.of(
          5000.0, 5500.0, 5500.0, 5500.0, 6000.0, 6000.0, 6500.0, 7000.0, 7000.0, 7000.0, 7000.0,
          6500.0, 6000.0, 5500.0, 5000.0, 4000.0, 2500.0, 1500.0, 1000.0);

  /** Below this many events in total the DSR and its limits are suppressed. */
  public static final int MINIMUM_TOTAL_COUNT = 10;

  static final String SUPPRESSED = "dsr NA for total count < 10";

  private DirectlyStandardisedRates() {}

  /**
   * The DSR over the bands, times the multiplier (such as 100000), with Dobson limits from Byar's
   * limits on the total count. Suppressed (value and limits absent) below 10 events.
   *
   * @throws IllegalArgumentException if there are no bands or the multiplier is not positive
   */
  public static Dsr calculate(List<DsrBand> bands, double multiplier, ConfidenceLevels levels) {
    requireBands(bands);
    double[] events = bands.stream().mapToDouble(DsrBand::count).toArray();
    double[] populations = bands.stream().mapToDouble(DsrBand::population).toArray();
    double[] standard = bands.stream().mapToDouble(DsrBand::standardPopulation).toArray();
    return dobson(events, events, populations, standard, multiplier, levels, "Dobson");
  }

  /**
   * As {@link #calculate}, for events that are not independent (one person may have several): the
   * variance counts each person's events squared, so the limits are wider.
   */
  public static Dsr calculateNonIndependent(
      List<DsrPersonsBand> bands, double multiplier, ConfidenceLevels levels) {
    requireBands(bands);
    double[] events = bands.stream().mapToDouble(DsrPersonsBand::events).toArray();
    double[] variance = bands.stream().mapToDouble(DsrPersonsBand::varianceWeight).toArray();
    double[] populations = bands.stream().mapToDouble(DsrPersonsBand::population).toArray();
    double[] standard = bands.stream().mapToDouble(DsrPersonsBand::standardPopulation).toArray();
    return dobson(
        events,
        variance,
        populations,
        standard,
        multiplier,
        levels,
        "Dobson, with confidence adjusted for non-independent events");
  }

  /**
   * Bands from parallel lists of counts, populations and standard populations (such as {@link
   * #ESP2013}), checking that the three have one entry per band. A null (missing) count is 0, as in
   * PHEindicatormethods.
   *
   * @throws IllegalArgumentException if the lists differ in length or a band is invalid
   */
  public static List<DsrBand> bands(
      List<Double> counts, List<Double> populations, List<Double> standardPopulation) {
    if (counts.size() != standardPopulation.size()
        || populations.size() != standardPopulation.size()) {
      throw new IllegalArgumentException(
          counts.size()
              + " counts and "
              + populations.size()
              + " populations do not match the "
              + standardPopulation.size()
              + " bands of the standard population");
    }
    List<DsrBand> bands = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      Double count = counts.get(i);
      Double population = populations.get(i);
      if (population == null) {
        throw new IllegalArgumentException("the population of band " + (i + 1) + " is missing");
      }
      bands.add(new DsrBand(count == null ? 0 : count, population, standardPopulation.get(i)));
    }
    return List.copyOf(bands);
  }

  private static Dsr dobson(
      double[] events,
      double[] varianceWeights,
      double[] populations,
      double[] standard,
      double multiplier,
      ConfidenceLevels levels,
      String method) {
    Arguments.requireMultiplier(multiplier);
    Totals t = Totals.of(events, varianceWeights, populations, standard);
    if (t.observed < MINIMUM_TOTAL_COUNT) {
      return new Dsr(
          t.observed, t.population, Estimate.absent(levels, SUPPRESSED, method, SUPPRESSED));
    }
    double dsr = t.weightedRate / t.standard;
    double spread = Math.sqrt(t.variance / (t.standard * t.standard) / t.observed);
    List<Limits> intervals =
        levels.fractions().stream()
            .map(c -> limits(t.observed, dsr, spread, multiplier, c))
            .toList();
    Estimate estimate =
        new Estimate(
            OptionalDouble.of(dsr * multiplier),
            intervals,
            "dsr per " + Arguments.plain(multiplier),
            method,
            "");
    return new Dsr(t.observed, t.population, estimate);
  }

  /** Sums over the bands; the variance term still needs dividing by (Σw)². */
  private record Totals(
      double observed, double population, double standard, double weightedRate, double variance) {
    static Totals of(
        double[] events, double[] varianceWeights, double[] populations, double[] standard) {
      double observed = 0;
      double population = 0;
      double totalStandard = 0;
      double weightedRate = 0;
      double variance = 0;
      for (int i = 0; i < events.length; i++) {
        double weight = standard[i] / populations[i];
        observed += events[i];
        population += populations[i];
        totalStandard += standard[i];
        weightedRate += events[i] * weight;
        variance += varianceWeights[i] * weight * weight;
      }
      return new Totals(observed, population, totalStandard, weightedRate, variance);
    }
  }

  /** Dobson: the DSR moved by the Byar's limits' distance from O, rescaled by √(var/O). */
  private static Limits limits(
      double observed, double dsr, double spread, double multiplier, double confidence) {
    Limits count = ConfidenceLimits.byars(observed, confidence);
    double lower = count.lower().orElse(Double.NaN);
    double upper = count.upper().orElse(Double.NaN);
    return Limits.computed(
        confidence,
        (dsr + spread * (lower - observed)) * multiplier,
        (dsr + spread * (upper - observed)) * multiplier);
  }

  private static void requireBands(List<?> bands) {
    if (bands == null || bands.isEmpty()) {
      throw new IllegalArgumentException("a DSR needs at least one band");
    }
  }
}
