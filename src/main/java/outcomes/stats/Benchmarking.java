package outcomes.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import outcomes.model.Comparison;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.model.Polarity;

/**
 * Compares an area's figure with its benchmark's by the Fingertips rules (methods.md §2). The
 * judgement uses the limits published with the figures, as Fingertips does: it never recomputes
 * them. A figure without a value or the limits its method needs is not compared.
 */
public final class Benchmarking {
  private static final double Z95 = Distributions.z(0.95);

  private Benchmarking() {}

  /**
   * The area's figure against the benchmark's, for every method but quintiles, which need all the
   * areas at once ({@link #quintiles}).
   */
  public static Judgement compare(
      Observation area, Observation benchmark, Polarity polarity, ComparisonMethod method) {
    if (area.value().isEmpty() || benchmark.value().isEmpty()) {
      return Judgement.NOT_COMPARED;
    }
    double b = benchmark.value().getAsDouble();
    switch (method) {
      case CI_OVERLAP:
        return area.ci95()
            .map(ci -> Judgement.of(Comparison.of(outside(ci, b), polarity)))
            .orElse(Judgement.NOT_COMPARED);
      case TWO_LEVEL:
        return twoLevel(area, b, polarity);
      case DOUBLE_OVERLAP:
        return doubleOverlap(area.ci95(), benchmark.ci95(), polarity);
      case SPC_PROPORTION:
        return spcProportion(area, benchmark, polarity);
      case QUINTILES:
        throw new IllegalArgumentException("quintiles compare all areas at once: use quintiles()");
      default:
        return Judgement.NOT_COMPARED;
    }
  }

  /**
   * The quintile of each area's value among the figures given (all areas of one type, in one
   * period), in the order given; figures without a value, or fewer than five, are not compared.
   */
  public static List<Judgement> quintiles(List<Observation> areas) {
    List<OptionalDouble> values = new ArrayList<>();
    areas.forEach(o -> values.add(o.value()));
    List<Judgement> result = new ArrayList<>();
    for (OptionalInt q : Quantiles.assign(values, 5, false)) {
      result.add(q.isPresent() ? Judgement.of(Comparison.quintile(q.getAsInt())) : Judgement.NOT_COMPARED);
    }
    return result;
  }

  /** +1 when the interval lies above the benchmark value, -1 below, 0 when it contains it. */
  private static int outside(Interval ci, double benchmark) {
    return ci.lower() > benchmark ? 1 : ci.upper() < benchmark ? -1 : 0;
  }

  private static Judgement twoLevel(Observation area, double benchmark, Polarity polarity) {
    if (area.ci95().isEmpty() || area.ci998().isEmpty()) {
      return Judgement.NOT_COMPARED;
    }
    int at95 = outside(area.ci95().get(), benchmark);
    int at998 = outside(area.ci998().get(), benchmark);
    Comparison c = Comparison.of(at95, polarity);
    return new Judgement(c, at998 != 0 ? "99.8" : "95");
  }

  private static Judgement doubleOverlap(
      Optional<Interval> area, Optional<Interval> benchmark, Polarity polarity) {
    if (area.isEmpty() || benchmark.isEmpty()) {
      return Judgement.NOT_COMPARED;
    }
    Interval a = area.get();
    Interval b = benchmark.get();
    int direction = a.lower() > b.upper() ? 1 : a.upper() < b.lower() ? -1 : 0;
    return Judgement.of(Comparison.of(direction, polarity));
  }

  /**
   * Control limits around the count the area would have at the benchmark's proportion (Wilson's
   * form with E = N·P₀), at 95% as Fingertips' comparator confidence defaults to.
   */
  private static Judgement spcProportion(Observation area, Observation benchmark, Polarity polarity) {
    if (area.count().isEmpty() || area.denominator().isEmpty()
        || benchmark.count().isEmpty() || benchmark.denominator().isEmpty()) {
      return Judgement.NOT_COMPARED;
    }
    double n = area.denominator().getAsDouble();
    double bn = benchmark.denominator().getAsDouble();
    if (n <= 0 || bn <= 0) {
      return Judgement.NOT_COMPARED;
    }
    double p0 = benchmark.count().getAsDouble() / bn;
    double e = n * p0;
    double z2 = Z95 * Z95;
    double spread = Z95 * Math.sqrt(z2 + 4 * e * (1 - e / n));
    double lower = (2 * e + z2 - spread) / (2 * (n + z2));
    double upper = (2 * e + z2 + spread) / (2 * (n + z2));
    double p = area.count().getAsDouble() / n;
    int direction = p > upper ? 1 : p < lower ? -1 : 0;
    return Judgement.of(Comparison.of(direction, polarity));
  }
}
