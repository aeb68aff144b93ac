package outcomes.stats;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** {@code calculate_funnel_limits}: 100-point control-limit tables for funnel plots. */
public final class FunnelLimits {
  private static final double TWO_SIGMA_TAIL = 1 - ProportionFunnel.TWO_SIGMA;
  private static final double THREE_SIGMA_TAIL = 1 - ProportionFunnel.THREE_SIGMA;

  private FunnelLimits() {}

  /** Limits around the average proportion, times the multiplier, along the denominators. */
  public static List<ProportionFunnelRow> forProportions(
      List<NumeratorAndDenominator> areas, double multiplier) {
    Arguments.requireMultiplier(multiplier);
    double average = ProportionFunnel.average(areas);
    double[] denominators =
        areas.stream().mapToDouble(NumeratorAndDenominator::denominator).toArray();
    double max = max(denominators);
    double[] axis =
        FunnelAxis.points(FunnelAxis.start(min(denominators), max), FunnelAxis.end(max), false);
    List<ProportionFunnelRow> rows = new ArrayList<>();
    for (double n : axis) {
      rows.add(
          new ProportionFunnelRow(
              n,
              ProportionFunnel.limit(ProportionFunnel.TWO_SIGMA, n, average, false, multiplier),
              ProportionFunnel.limit(ProportionFunnel.TWO_SIGMA, n, average, true, multiplier),
              ProportionFunnel.limit(ProportionFunnel.THREE_SIGMA, n, average, false, multiplier),
              ProportionFunnel.limit(ProportionFunnel.THREE_SIGMA, n, average, true, multiplier),
              average * multiplier));
    }
    return List.copyOf(rows);
  }

  /**
   * Limits for ratios along the expected counts, as O/E − 1 ({@link RatioType#COUNT}) or O/E times
   * the multiplier ({@link RatioType#ISR}).
   */
  public static List<RatioFunnelRow> forRatios(
      List<ObservedAndExpected> areas, RatioType type, double multiplier) {
    Arguments.requireMultiplier(multiplier);
    double[] expected = areas.stream().mapToDouble(ObservedAndExpected::expected).toArray();
    double max = max(expected);
    double[] axis =
        FunnelAxis.points(FunnelAxis.start(min(expected), max), FunnelAxis.end(max), true);
    List<RatioFunnelRow> rows = new ArrayList<>();
    for (double o : axis) {
      rows.add(
          new RatioFunnelRow(
              o,
              ratioLimit(o, TWO_SIGMA_TAIL, true, type, multiplier),
              ratioLimit(o, TWO_SIGMA_TAIL, false, type, multiplier),
              ratioLimit(o, THREE_SIGMA_TAIL, true, type, multiplier),
              ratioLimit(o, THREE_SIGMA_TAIL, false, type, multiplier)));
    }
    return List.copyOf(rows);
  }

  /**
   * Limits for rates over {@code years} years of data, along event counts that span the areas'
   * yearly populations. Denominators are derived from events and rates (see {@link EventsAndRate});
   * DSRs on 0 events take no part.
   */
  public static RateFunnel forRates(
      List<EventsAndRate> areas, RateType type, double multiplier, int years) {
    Arguments.requireMultiplier(multiplier);
    requireYears(years);
    double events = 0;
    List<Double> perYear = new ArrayList<>();
    for (EventsAndRate area : areas) {
      OptionalDouble d = area.derivedDenominator(type, multiplier);
      if (d.isPresent()) {
        events += area.events();
        perYear.add(d.getAsDouble() / years);
      }
    }
    double[] populations = perYear.stream().mapToDouble(Double::doubleValue).toArray();
    double average = events / (sum(populations) * years);
    double max = max(populations);
    double start = FunnelAxis.start(min(populations), max) * years;
    double end = FunnelAxis.end(max) * years;
    double[] axis = FunnelAxis.points(Math.floor(start * average), Math.ceil(end * average), false);
    List<RateFunnelRow> rows = new ArrayList<>();
    for (double o : axis) {
      rows.add(
          new RateFunnelRow(
              o,
              rateLimit(o, TWO_SIGMA_TAIL, true, average, multiplier, years),
              rateLimit(o, TWO_SIGMA_TAIL, false, average, multiplier, years),
              rateLimit(o, THREE_SIGMA_TAIL, true, average, multiplier, years),
              rateLimit(o, THREE_SIGMA_TAIL, false, average, multiplier, years),
              average * multiplier));
    }
    String statistic = "rate (" + type.label() + " per " + grouped(multiplier) + ")";
    return new RateFunnel(statistic, "Poisson", rows);
  }

  /** A lower limit is where O is improbably high for E: the high side of the Poisson search. */
  private static FunnelLimit ratioLimit(
      double observed, double tail, boolean lower, RatioType type, double multiplier) {
    double expected = PoissonFunnel.expected(observed, tail, lower);
    double ratio = observed / expected;
    return new FunnelLimit(expected, type == RatioType.COUNT ? ratio - 1 : ratio * multiplier);
  }

  private static FunnelLimit rateLimit(
      double events, double tail, boolean lower, double average, double multiplier, int years) {
    double population = PoissonFunnel.expected(events, tail, lower) / average;
    return new FunnelLimit(population / years, events / population * multiplier);
  }

  static void requireYears(int years) {
    if (years < 1) {
      throw new IllegalArgumentException("years of data " + years + " must be 1 or more");
    }
  }

  /** The multiplier as R formats it in the statistic: 100,000. */
  private static String grouped(double multiplier) {
    DecimalFormat format =
        new DecimalFormat("#,##0.########", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(multiplier);
  }

  private static double min(double[] values) {
    requireAreas(values);
    double min = Double.POSITIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
    }
    return min;
  }

  private static double max(double[] values) {
    requireAreas(values);
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      max = Math.max(max, v);
    }
    return max;
  }

  private static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }

  private static void requireAreas(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("a funnel needs at least one area");
    }
  }
}
