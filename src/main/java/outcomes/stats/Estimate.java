package outcomes.stats;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A statistic with its confidence limits, as PHEindicatormethods reports it.
 *
 * <p>A value or limit is absent when the method gives none: an input was missing, the statistic is
 * suppressed (a DSR on fewer than 10 events, a life expectancy with too wide an interval), or a
 * limit does not exist. {@code note} then says why; it is empty when nothing is absent.
 *
 * @param value the statistic, if there is one
 * @param intervals limits at each requested confidence level, in the order requested
 * @param statistic what the value is, such as "rate per 100000" or "dsr NA for total count &lt; 10"
 * @param method how the limits were found, such as "Wilson", "Byars" or "Exact"
 * @param note why something is absent, or empty
 */
public record Estimate(
    OptionalDouble value, List<Limits> intervals, String statistic, String method, String note) {

  public Estimate {
    requireFiniteIfPresent(value, "value");
    intervals = List.copyOf(intervals);
    requireText(statistic, "statistic");
    requireText(method, "method");
    requireText(note, "note");
  }

  /** The limits at one level (a fraction or a percentage), if they were requested. */
  public Optional<Limits> at(double confidence) {
    double fraction = ConfidenceLevels.normalise(confidence);
    return intervals.stream().filter(i -> i.confidence() == fraction).findFirst();
  }

  /** The lower limit at one level; absent if not requested or not defined. */
  public OptionalDouble lower(double confidence) {
    return at(confidence).map(Limits::lower).orElse(OptionalDouble.empty());
  }

  /** The upper limit at one level; absent if not requested or not defined. */
  public OptionalDouble upper(double confidence) {
    return at(confidence).map(Limits::upper).orElse(OptionalDouble.empty());
  }

  /** An estimate with no value and no limits at any of the levels, for the reason given. */
  static Estimate absent(ConfidenceLevels levels, String statistic, String method, String note) {
    List<Limits> none = levels.fractions().stream().map(Limits::absent).toList();
    return new Estimate(OptionalDouble.empty(), none, statistic, method, note);
  }

  /** A computed number, absent when the arithmetic gives NaN or infinity. */
  static OptionalDouble finite(double x) {
    return Double.isFinite(x) ? OptionalDouble.of(x) : OptionalDouble.empty();
  }

  static void requireFiniteIfPresent(OptionalDouble x, String what) {
    if (x == null) {
      throw new IllegalArgumentException(what + " must be an OptionalDouble, not null");
    }
    if (x.isPresent() && !Double.isFinite(x.getAsDouble())) {
      throw new IllegalArgumentException(what + " must be finite, or absent: " + x.getAsDouble());
    }
  }

  private static void requireText(String text, String what) {
    if (text == null) {
      throw new IllegalArgumentException(what + " must be text (empty if none), not null");
    }
  }
}
