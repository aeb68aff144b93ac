package outcomes.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * {@code phe_life_expectancy}: life expectancy at every start age by Chiang's method II, with
 * Silcocks' confidence limits, and PHE's suppression rules.
 */
public final class LifeExpectancy {

  /** The start ages of the 20 bands: 0, 1, 5, 10, …, 85, 90 (90+). */
  public static final List<Integer> START_AGES =
      List.of(0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);

  /** The whole group is suppressed unless its total population is above this. */
  public static final double MINIMUM_TOTAL_POPULATION = 5000;

  /** A value is suppressed, its limits kept, when its 95% interval is wider than 20 years. */
  public static final double MAXIMUM_HALF_WIDTH = 10;

  static final String STATISTIC = "life expectancy";
  static final String METHOD = "Chiang, using Silcocks et al for confidence limits";

  private LifeExpectancy() {}

  /**
   * Life expectancy at the start of each band supplied, youngest first. When the group breaks a
   * suppression rule (not all 20 bands, negative deaths, a population of 0 or less, more deaths
   * than people, a total population of 5000 or less) every value and limit is absent and the note
   * says why; this is a result, not an error.
   *
   * @throws IllegalArgumentException if there are no bands or a start age appears twice
   */
  public static List<LifeExpectancyRow> calculate(
      List<LifeTableBand> bands, ConfidenceLevels levels) {
    List<LifeTableBand> sorted = sortedDistinct(bands);
    String reason = groupSuppression(sorted);
    List<Estimate> estimates =
        reason.isEmpty() ? computed(sorted, levels) : suppressed(sorted.size(), levels, reason);
    List<LifeExpectancyRow> rows = new ArrayList<>();
    double populationUsed = 0;
    double deathsUsed = 0;
    for (int i = sorted.size() - 1; i >= 0; i--) {
      populationUsed += sorted.get(i).population();
      deathsUsed += sorted.get(i).deaths();
      rows.add(
          0,
          new LifeExpectancyRow(
              sorted.get(i).startAge(), estimates.get(i), populationUsed, deathsUsed));
    }
    return List.copyOf(rows);
  }

  private static List<LifeTableBand> sortedDistinct(List<LifeTableBand> bands) {
    if (bands == null || bands.isEmpty()) {
      throw new IllegalArgumentException("life expectancy needs age bands");
    }
    Set<Integer> seen = new HashSet<>();
    for (LifeTableBand band : bands) {
      if (!seen.add(band.startAge())) {
        throw new IllegalArgumentException("start age " + band.startAge() + " appears twice");
      }
    }
    return bands.stream().sorted(Comparator.comparingInt(LifeTableBand::startAge)).toList();
  }

  /** Why the whole group is suppressed, or empty if it is not. */
  private static String groupSuppression(List<LifeTableBand> bands) {
    if (bands.size() != START_AGES.size()) {
      return "life expectancy NA: " + bands.size() + " age bands given, all 20 are needed";
    }
    if (bands.stream().anyMatch(b -> b.deaths() < 0)) {
      return "life expectancy NA: negative deaths in a band";
    }
    if (bands.stream().anyMatch(b -> b.population() <= 0)) {
      return "life expectancy NA: population of zero or less in a band";
    }
    if (bands.stream().anyMatch(b -> b.deaths() > b.population())) {
      return "life expectancy NA: more deaths than population in a band";
    }
    double total = bands.stream().mapToDouble(LifeTableBand::population).sum();
    if (total <= MINIMUM_TOTAL_POPULATION) {
      return "life expectancy NA: total population 5000 or less";
    }
    return "";
  }

  private static List<Estimate> suppressed(int count, ConfidenceLevels levels, String reason) {
    Estimate absent = Estimate.absent(levels, STATISTIC, METHOD, reason);
    return Collections.nCopies(count, absent);
  }

  private static List<Estimate> computed(List<LifeTableBand> bands, ConfidenceLevels levels) {
    double[] populations = bands.stream().mapToDouble(LifeTableBand::population).toArray();
    double[] deaths = bands.stream().mapToDouble(LifeTableBand::deaths).toArray();
    ChiangLifeTable table = new ChiangLifeTable(populations, deaths);
    double z95 = Distributions.z(0.95);
    List<Estimate> estimates = new ArrayList<>();
    for (int i = 0; i < bands.size(); i++) {
      double e = table.expectancy[i];
      double se = table.standardError[i];
      List<Limits> intervals =
          levels.fractions().stream()
              .map(
                  c -> Limits.computed(c, e - Distributions.z(c) * se, e + Distributions.z(c) * se))
              .toList();
      estimates.add(estimate(e, z95 * se > MAXIMUM_HALF_WIDTH, intervals));
    }
    return estimates;
  }

  private static Estimate estimate(double e, boolean tooWide, List<Limits> intervals) {
    if (!Double.isFinite(e)) {
      return new Estimate(
          OptionalDouble.empty(),
          intervals,
          STATISTIC,
          METHOD,
          "life expectancy NA: no deaths in the 90+ band");
    }
    if (tooWide) {
      return new Estimate(
          OptionalDouble.empty(),
          intervals,
          STATISTIC,
          METHOD,
          "value suppressed: 95% confidence interval wider than 20 years (limits kept)");
    }
    return new Estimate(OptionalDouble.of(e), intervals, STATISTIC, METHOD, "");
  }
}
