package outcomes.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.model.Polarity;
import outcomes.model.RecentTrend;
import outcomes.model.TimePeriod;
import outcomes.model.ValueType;

/**
 * Fingertips' recent-trend rule (methods.md §2): a test for trend over the five latest points of a
 * series, significant when χ² exceeds the 99.8% point of χ²₁ and the slope keeps its sign when each
 * point in turn is left out.
 */
public final class RecentTrends {
  /** The number of points the rule looks at. */
  public static final int POINTS = 5;

  /** χ² with one degree of freedom at 99.8%. */
  static final double CRITICAL = 9.54953570608324;

  private RecentTrends() {}

  /**
   * A trend and, when it cannot be calculated, why ("fewer than five single-year points", "no
   * counts", "not a proportion or rate"…), so the output can say so.
   */
  public record Assessment(RecentTrend trend, String reason) {
    static Assessment of(RecentTrend trend) {
      return new Assessment(trend, "");
    }

    static Assessment cannot(String reason) {
      return new Assessment(RecentTrend.CANNOT_BE_CALCULATED, reason);
    }

    /** The label, with the reason after it: "Cannot be calculated (no counts)". */
    public String describe() {
      return reason.isEmpty() ? trend.label() : trend.label() + " (" + reason + ")";
    }
  }

  /**
   * The trend of a series ending at its latest point. Proportions are tested on their counts (the
   * Armitage χ² for trend, direction from the slope of the log-odds); other types by
   * inverse-variance weighted regression on the value, with weights from the 95% limits.
   *
   * @param series one series (one area, sex, age and category), in any order
   */
  public static RecentTrend assess(List<Observation> series, ValueType type, Polarity polarity) {
    return judge(series, type, polarity).trend();
  }

  /** As {@link #assess}, saying why a trend cannot be calculated. */
  public static Assessment judge(List<Observation> series, ValueType type, Polarity polarity) {
    if (!eligible(type)) {
      return Assessment.cannot("not a proportion or rate");
    }
    return judge(series, type == ValueType.PROPORTION, polarity);
  }

  /**
   * The trend of a series whose value type is not known (a bare extract): the weighted regression
   * on the 95% limits, which suits any type whose limits are roughly symmetric.
   */
  public static RecentTrend assessFromLimits(List<Observation> series, Polarity polarity) {
    return judgeFromLimits(series, polarity).trend();
  }

  /** As {@link #assessFromLimits}, saying why a trend cannot be calculated. */
  public static Assessment judgeFromLimits(List<Observation> series, Polarity polarity) {
    return judge(series, false, polarity);
  }

  private static Assessment judge(List<Observation> series, boolean counts, Polarity polarity) {
    List<Observation> sorted = new ArrayList<>(series);
    sorted.sort(Comparator.comparing(Observation::period));
    String unfit = unfit(sorted);
    if (!unfit.isEmpty()) {
      return Assessment.cannot(unfit);
    }
    List<Observation> points = sorted.subList(sorted.size() - POINTS, sorted.size());
    for (Observation o : points) {
      String missing = counts ? countsMissing(o) : hasLimits(o) ? "" : "no 95% limits";
      if (!missing.isEmpty()) {
        return Assessment.cannot(missing);
      }
    }
    Fit full = fit(points, new int[] {1, 2, 3, 4, 5}, counts);
    if (!(full.chiSquared > CRITICAL)) {
      return Assessment.of(RecentTrend.NO_SIGNIFICANT_CHANGE);
    }
    boolean up = full.slope >= 0;
    for (int leave = 0; leave < points.size(); leave++) {
      // Fingertips keeps each point's own time (1 to 5) when it leaves one out: the four left
      // are not renumbered 1 to 4
      List<Observation> rest = new ArrayList<>(points);
      rest.remove(leave);
      int[] times = new int[rest.size()];
      for (int i = 0, k = 0; i < points.size(); i++) {
        if (i != leave) {
          times[k++] = i + 1;
        }
      }
      Fit f = fit(rest, times, counts);
      if ((f.slope >= 0) != up) {
        return Assessment.of(RecentTrend.NO_SIGNIFICANT_CHANGE);
      }
    }
    return Assessment.of(RecentTrend.of(up ? 1 : -1, polarity));
  }

  private static boolean eligible(ValueType type) {
    return type == ValueType.PROPORTION
        || type == ValueType.CRUDE_RATE
        || type == ValueType.DIRECTLY_STANDARDISED_RATE;
  }

  /**
   * Why the five latest points (oldest first) cannot be tested, or "": each must have a value and
   * be a single year, and the five must run unbroken to the latest.
   */
  private static String unfit(List<Observation> sorted) {
    if (sorted.size() < POINTS) {
      return "fewer than five single-year points";
    }
    List<Observation> run = sorted.subList(sorted.size() - POINTS, sorted.size());
    for (int i = 0; i < run.size(); i++) {
      TimePeriod p = run.get(i).period();
      if (!p.isSingleYear()) {
        return "fewer than five single-year points";
      }
      if (!run.get(i).hasValue()) {
        return "a point without a value";
      }
      if (i > 0 && !run.get(i - 1).period().start().plusYears(1).equals(p.start())) {
        return "the five latest years are not consecutive";
      }
    }
    return "";
  }

  /** Why a point cannot be tested on its counts, or "". */
  private static String countsMissing(Observation o) {
    if (o.count().isEmpty() || o.denominator().isEmpty()) {
      return "no counts";
    }
    double r = o.count().getAsDouble();
    double n = o.denominator().getAsDouble();
    if (r == n) {
      return "a count equal to its denominator";
    }
    if (r > n) {
      return "a count above its denominator";
    }
    return n > 0 && r >= 0 ? "" : "no counts";
  }

  private static boolean hasLimits(Observation o) {
    return o.ci95().map(ci -> ci.upper() > ci.lower()).orElse(false);
  }

  private record Fit(double slope, double chiSquared) {}

  /** The fit of the points at the given times (1 = the oldest of the five). */
  private static Fit fit(List<Observation> points, int[] times, boolean counts) {
    return counts ? armitage(points, times) : weighted(points, times);
  }

  /** Armitage's χ² for trend in proportions; the direction from OLS on the log-odds. */
  private static Fit armitage(List<Observation> points, int[] times) {
    double bigN = 0, bigR = 0, rt = 0, nt = 0, nt2 = 0;
    double[] t = new double[points.size()];
    double[] y = new double[points.size()];
    for (int i = 0; i < points.size(); i++) {
      double r = points.get(i).count().getAsDouble();
      double n = points.get(i).denominator().getAsDouble();
      t[i] = times[i];
      bigN += n;
      bigR += r;
      rt += r * t[i];
      nt += n * t[i];
      nt2 += n * t[i] * t[i];
      y[i] = Math.log(r / (n - r));
    }
    double numerator = bigN * Math.pow(bigN * rt - bigR * nt, 2);
    double denominator = bigR * (bigN - bigR) * (bigN * nt2 - nt * nt);
    double chi = denominator > 0 ? numerator / denominator : 0;
    return new Fit(olsSlope(t, y), chi);
  }

  private static double olsSlope(double[] x, double[] y) {
    double mx = 0, my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i] / x.length;
      my += y[i] / y.length;
    }
    double sxy = 0, sxx = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxy / sxx;
  }

  /** Inverse-variance weighted least squares, the standard errors from the 95% limits. */
  private static Fit weighted(List<Observation> points, int[] times) {
    double sw = 0, swt = 0, swy = 0, swt2 = 0, swty = 0;
    for (int i = 0; i < points.size(); i++) {
      Interval ci = points.get(i).ci95().orElseThrow();
      double se = (ci.upper() - ci.lower()) / 3.92;
      double w = 1 / (se * se);
      double t = times[i];
      double y = points.get(i).value().getAsDouble();
      sw += w;
      swt += w * t;
      swy += w * y;
      swt2 += w * t * t;
      swty += w * t * y;
    }
    double d = sw * swt2 - swt * swt;
    double slope = (sw * swty - swt * swy) / d;
    double se = Math.sqrt(sw / d);
    return new Fit(slope, Math.pow(slope / se, 2));
  }
}
