package outcomes.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import outcomes.model.Comparison;
import outcomes.model.ComparisonMethod;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.model.Polarity;

/**
 * Compares an area's figure with its benchmark's by the Fingertips rules (methods.md §2). The
 * judgement uses the limits published with the figures, as Fingertips does: it never recomputes
 * them. A figure without a value or the limits its method needs is not compared.
 */
public final class Benchmarking {
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
    // Exhaustive: a new method fails to compile here until it is judged.
    return switch (method) {
      case CI_OVERLAP -> ciOverlap(area, benchmark, polarity);
      case TWO_LEVEL -> twoLevel(area, benchmark, polarity);
      case DOUBLE_OVERLAP -> doubleOverlap(area, benchmark, polarity);
      case SPC_PROPORTION -> spcProportion(area, benchmark, polarity);
      case QUINTILES ->
          throw new IllegalArgumentException(
              "quintiles compare all areas at once: use Benchmarking.quintiles");
      case NONE -> Judgement.NOT_COMPARED;
    };
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
      result.add(
          q.isPresent() ? Judgement.of(Comparison.quintile(q.getAsInt())) : Judgement.NOT_COMPARED);
    }
    return result;
  }

  /** Method 1: the benchmark value inside the area's 95% interval is similar. */
  static Judgement ciOverlap(Observation area, Observation benchmark, Polarity polarity) {
    double b = benchmark.value().getAsDouble();
    return area.ci95()
        .map(ci -> Judgement.of(Comparison.of(outside(ci, b), polarity)))
        .orElse(Judgement.NOT_COMPARED);
  }

  /** +1 when the interval lies above the benchmark value, -1 below, 0 when it contains it. */
  private static int outside(Interval ci, double benchmark) {
    return ci.lower() > benchmark ? 1 : ci.upper() < benchmark ? -1 : 0;
  }

  static Judgement twoLevel(Observation area, Observation b, Polarity polarity) {
    double benchmark = b.value().getAsDouble();
    if (area.ci95().isEmpty() || area.ci998().isEmpty()) {
      return Judgement.NOT_COMPARED;
    }
    int at95 = outside(area.ci95().get(), benchmark);
    int at998 = outside(area.ci998().get(), benchmark);
    Comparison c = Comparison.of(at95, polarity);
    return new Judgement(c, at998 != 0 ? "99.8" : "95");
  }

  static Judgement doubleOverlap(Observation area, Observation benchmark, Polarity polarity) {
    if (area.ci95().isEmpty() || benchmark.ci95().isEmpty()) {
      return Judgement.NOT_COMPARED;
    }
    Interval a = area.ci95().get();
    Interval b = benchmark.ci95().get();
    int direction = a.lower() > b.upper() ? 1 : a.upper() < b.lower() ? -1 : 0;
    return Judgement.of(Comparison.of(direction, polarity));
  }

  /**
   * Method 5: control limits around the count the area would have at the benchmark's proportion
   * (Wilson's limits for E = N·P₀ events in N), at 95% as Fingertips' comparator confidence
   * defaults to.
   */
  static Judgement spcProportion(Observation area, Observation benchmark, Polarity polarity) {
    if (area.count().isEmpty()
        || area.denominator().isEmpty()
        || benchmark.count().isEmpty()
        || benchmark.denominator().isEmpty()) {
      return Judgement.NOT_COMPARED;
    }
    double n = area.denominator().getAsDouble();
    double bn = benchmark.denominator().getAsDouble();
    double p0 = benchmark.count().getAsDouble() / bn;
    if (n <= 0 || bn <= 0 || p0 > 1) {
      return Judgement.NOT_COMPARED;
    }
    Limits control = ConfidenceLimits.wilson(n * p0, n, 0.95);
    double p = area.count().getAsDouble() / n;
    int direction =
        p > control.upper().getAsDouble() ? 1 : p < control.lower().getAsDouble() ? -1 : 0;
    return Judgement.of(Comparison.of(direction, polarity));
  }
}
