package outcomes.stats;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/** {@code phe_sii}: the slope and relative indices of inequality, with Monte Carlo limits. */
public final class SlopeIndex {
  public static final int MINIMUM_QUANTILES = 5;
  public static final int MAXIMUM_QUANTILES = 100;

  private SlopeIndex() {}

  /**
   * The SII and RII over the quantiles of one group. Each quantile needs a standard error or 95%
   * limits (limits only when transforming: the error is then taken from them on the log or logit
   * scale). The limits are simulated, so they vary with the seed within Monte Carlo error.
   *
   * @throws IllegalArgumentException if there are not 5 to 100 distinct quantiles, a quantile has
   *     neither error nor limits, or a value or limit does not fit the value type's scale
   */
  public static Sii calculate(List<SiiQuantile> quantiles, SiiOptions options) {
    List<SiiQuantile> sorted = sortedDistinct(quantiles);
    SiiValueType type = options.valueType();
    double[] populations = sorted.stream().mapToDouble(SiiQuantile::population).toArray();
    double[] centres = new double[sorted.size()];
    double[] errors = new double[sorted.size()];
    double[] fitted = new double[sorted.size()];
    for (int k = 0; k < sorted.size(); k++) {
      SiiQuantile q = sorted.get(k);
      centres[k] = onScale(type, q.value(), "value", q);
      errors[k] = standardError(q, options);
      fitted[k] = options.transform() ? centres[k] : q.value();
    }
    RankFit fit = new RankFit(populations);
    RankFit.Line line = fit.fit(fitted);
    SiiSimulation simulation = new SiiSimulation(fit, centres, errors, line, options);
    String method = "Monte Carlo simulation, " + options.repetitions() + " repetitions";
    Estimate sii =
        new Estimate(
            OptionalDouble.of(options.siiOf(line)),
            simulation.siiLimits(options.levels()),
            "sii",
            method,
            "");
    OptionalDouble riiValue = Estimate.finite(options.riiOf(line));
    Estimate rii =
        new Estimate(
            riiValue,
            simulation.riiLimits(options.levels()),
            "rii",
            method,
            riiValue.isPresent()
                ? ""
                : "rii NA: the modelled value at one end of the ordering is 0");
    double intercept =
        options.transform()
            ? options.bottom(line) * Math.abs(options.multiplier())
            : line.intercept();
    return new Sii(sii, rii, intercept);
  }

  private static List<SiiQuantile> sortedDistinct(List<SiiQuantile> quantiles) {
    if (quantiles == null
        || quantiles.size() < MINIMUM_QUANTILES
        || quantiles.size() > MAXIMUM_QUANTILES) {
      throw new IllegalArgumentException(
          "the SII needs "
              + MINIMUM_QUANTILES
              + " to "
              + MAXIMUM_QUANTILES
              + " quantiles, got "
              + (quantiles == null ? 0 : quantiles.size()));
    }
    Set<Integer> seen = new HashSet<>();
    for (SiiQuantile q : quantiles) {
      if (!seen.add(q.quantile())) {
        throw new IllegalArgumentException("quantile " + q.quantile() + " appears twice");
      }
    }
    return quantiles.stream().sorted(Comparator.comparingInt(SiiQuantile::quantile)).toList();
  }

  /** The given error, or (f(U) − f(L)) / (2 · z₉₅) from the 95% limits. */
  private static double standardError(SiiQuantile q, SiiOptions options) {
    if (options.transform() && q.standardError().isPresent()) {
      throw new IllegalArgumentException(
          "quantile "
              + q.quantile()
              + ": with transform, give 95% limits rather than a standard error");
    }
    if (q.standardError().isPresent()) {
      return q.standardError().getAsDouble();
    }
    if (!q.hasLimits()) {
      throw new IllegalArgumentException(
          "quantile " + q.quantile() + " needs a standard error or 95% limits");
    }
    SiiValueType type = options.valueType();
    double lower = onScale(type, q.lower95().getAsDouble(), "lower limit", q);
    double upper = onScale(type, q.upper95().getAsDouble(), "upper limit", q);
    return (upper - lower) / (2 * Distributions.z(0.95));
  }

  private static double onScale(SiiValueType type, double x, String what, SiiQuantile q) {
    if (!type.accepts(x)) {
      throw new IllegalArgumentException(
          "quantile "
              + q.quantile()
              + ": "
              + what
              + " "
              + Arguments.plain(x)
              + " does not suit value type "
              + type);
    }
    return type.toScale(x);
  }
}
