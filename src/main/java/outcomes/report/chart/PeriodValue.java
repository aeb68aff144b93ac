package outcomes.report.chart;

import java.util.Objects;
import java.util.Optional;
import outcomes.model.Interval;

/**
 * One area's value in one period, with its 95% confidence interval where there is one. A period
 * without a value has no PeriodValue: the line breaks there.
 */
public record PeriodValue(String period, double value, Optional<Interval> ci95) {
  public PeriodValue {
    Objects.requireNonNull(period, "period");
    period = period.strip();
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("the value for " + period + " must be a finite number");
    }
    ci95 = ci95 == null ? Optional.empty() : ci95;
  }

  public static PeriodValue of(String period, double value) {
    return new PeriodValue(period, value, Optional.empty());
  }

  public static PeriodValue of(String period, double value, double lower95, double upper95) {
    return new PeriodValue(period, value, Optional.of(new Interval(lower95, upper95)));
  }
}
