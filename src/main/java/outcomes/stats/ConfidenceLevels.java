package outcomes.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The confidence levels at which limits are wanted, as fractions (0.95, 0.998).
 *
 * <p>Percentages are accepted as PHEindicatormethods accepts them: a level in (1, 100] is divided
 * by 100. Every level must then lie in [0.9, 1]. Any such levels may be combined: R allows only the
 * pair 0.95 and 0.998 for most methods because of its column names, which results here do not
 * depend on, and the SII is commonly run at 0.95 with 0.98 or 0.99.
 *
 * @param fractions the levels, normalised to fractions, in the order given, without repeats
 */
public record ConfidenceLevels(List<Double> fractions) {

  /** 95% and 99.8%, the two levels Fingertips publishes. */
  public static final ConfidenceLevels STANDARD = of(0.95, 0.998);

  /** 95% only. */
  public static final ConfidenceLevels NINETY_FIVE = of(0.95);

  public ConfidenceLevels {
    if (fractions == null || fractions.isEmpty()) {
      throw new IllegalArgumentException("at least one confidence level is needed");
    }
    List<Double> normalised = new ArrayList<>();
    for (Double level : fractions) {
      if (level == null) {
        throw new IllegalArgumentException("a confidence level is missing");
      }
      double fraction = normalise(level);
      if (normalised.contains(fraction)) {
        throw new IllegalArgumentException(
            "confidence level " + Arguments.plain(level) + " is given twice");
      }
      normalised.add(fraction);
    }
    fractions = List.copyOf(normalised);
  }

  /** The given levels, as fractions or percentages. */
  public static ConfidenceLevels of(double... levels) {
    List<Double> list = new ArrayList<>();
    for (double level : levels) {
      list.add(level);
    }
    return new ConfidenceLevels(list);
  }

  /**
   * One level as a fraction in [0.9, 1].
   *
   * @throws IllegalArgumentException if the level is outside [0.9, 1] and [90, 100]
   */
  public static double normalise(double level) {
    double fraction = level > 1 && level <= 100 ? level / 100 : level;
    if (!(fraction >= 0.9 && fraction <= 1)) {
      throw new IllegalArgumentException(
          "confidence level "
              + Arguments.plain(level)
              + " must be between 0.9 and 1, or between 90 and 100");
    }
    return fraction;
  }
}
