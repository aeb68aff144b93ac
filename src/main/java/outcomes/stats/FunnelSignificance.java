package outcomes.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * {@code assign_funnel_significance}: where each area lies against a funnel's 95% (2s) and 99.8%
 * (3s) control limits.
 */
public enum FunnelSignificance {
  HIGH_3S("High (0.001)"),
  HIGH_2S("High (0.025)"),
  LOW_3S("Low (0.001)"),
  LOW_2S("Low (0.025)"),
  NOT_SIGNIFICANT("Not significant"),
  /** DSRs on fewer than 10 events are not compared. */
  NOT_APPLICABLE("Not applicable for events less than 10 for dsrs");

  private final String label;

  FunnelSignificance(String label) {
    this.label = label;
  }

  /** The label as PHEindicatormethods writes it, such as "High (0.001)". */
  public String label() {
    return label;
  }

  /** Each proportion against the proportion funnel around Σ numerators / Σ denominators. */
  public static List<FunnelSignificance> forProportions(List<NumeratorAndDenominator> areas) {
    double average = ProportionFunnel.average(areas);
    return areas.stream().map(a -> proportion(a, average)).toList();
  }

  /** Each ratio O/E against 1, using exact (O &lt; 10) or Byar's limits on O. */
  public static List<FunnelSignificance> forRatios(List<ObservedAndExpected> areas) {
    return areas.stream().map(a -> poisson(a.observed(), a.expected(), 1)).toList();
  }

  /**
   * Each rate against the average rate Σ events / Σ derived denominators, using exact or Byar's
   * limits on the events. DSRs on fewer than 10 events are {@link #NOT_APPLICABLE}.
   */
  public static List<FunnelSignificance> forRates(
      List<EventsAndRate> areas, RateType type, double multiplier) {
    Arguments.requireMultiplier(multiplier);
    List<OptionalDouble> denominators = new ArrayList<>();
    double events = 0;
    double population = 0;
    for (EventsAndRate area : areas) {
      OptionalDouble d = area.derivedDenominator(type, multiplier);
      denominators.add(d);
      if (d.isPresent()) {
        events += area.events();
        population += d.getAsDouble();
      }
    }
    double average = events / population;
    List<FunnelSignificance> result = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      double count = areas.get(i).events();
      boolean excluded = type == RateType.DSR && count < ConfidenceLimits.EXACT_BELOW;
      result.add(
          excluded ? NOT_APPLICABLE : poisson(count, denominators.get(i).getAsDouble(), average));
    }
    return List.copyOf(result);
  }

  private static FunnelSignificance proportion(NumeratorAndDenominator area, double average) {
    double p = area.numerator() / area.denominator();
    double n = area.denominator();
    if (p < ProportionFunnel.limit(ProportionFunnel.THREE_SIGMA, n, average, false, 1)) {
      return LOW_3S;
    }
    if (p < ProportionFunnel.limit(ProportionFunnel.TWO_SIGMA, n, average, false, 1)) {
      return LOW_2S;
    }
    if (p > ProportionFunnel.limit(ProportionFunnel.THREE_SIGMA, n, average, true, 1)) {
      return HIGH_3S;
    }
    if (p > ProportionFunnel.limit(ProportionFunnel.TWO_SIGMA, n, average, true, 1)) {
      return HIGH_2S;
    }
    return NOT_SIGNIFICANT;
  }

  /** The limits on the count, divided by the divisor, against the reference value. */
  private static FunnelSignificance poisson(double count, double divisor, double reference) {
    Limits at998 = ConfidenceLimits.poisson(count, 0.998);
    Limits at95 = ConfidenceLimits.poisson(count, 0.95);
    if (at998.lower().orElse(0) / divisor > reference) {
      return HIGH_3S;
    }
    if (at95.lower().orElse(0) / divisor > reference) {
      return HIGH_2S;
    }
    if (at998.upper().getAsDouble() / divisor < reference) {
      return LOW_3S;
    }
    if (at95.upper().getAsDouble() / divisor < reference) {
      return LOW_2S;
    }
    return NOT_SIGNIFICANT;
  }
}
