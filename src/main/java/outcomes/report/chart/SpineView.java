package outcomes.report.chart;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import outcomes.model.Comparison;
import outcomes.model.Polarity;
import outcomes.model.Unit;

/**
 * A spine chart in the Fingertips manner: one area across indicators, each row showing the spread
 * of the comparable areas (the range as a light bar, the interquartile range darker), the benchmark
 * (England) as the spine down the middle, and the area's marker coloured by its comparison with the
 * benchmark. Rows are scaled as Fingertips scales them: the benchmark in the centre, worst on the
 * left and best on the right (lowest and highest for an indicator without a judgement).
 */
public record SpineView(
    ChartText text, String area, String benchmark, String spreadOf, List<Row> rows) {

  /** One indicator. */
  public record Row(
      String indicator,
      String period,
      Unit unit,
      Polarity polarity,
      double benchmarkValue,
      Spread spread,
      OptionalDouble areaValue,
      Comparison comparison) {
    public Row {
      Objects.requireNonNull(indicator, "indicator");
      period = period == null ? "" : period.strip();
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(polarity, "polarity");
      Objects.requireNonNull(spread, "spread");
      Objects.requireNonNull(comparison, "comparison");
      areaValue = areaValue == null ? OptionalDouble.empty() : areaValue;
      if (!Double.isFinite(benchmarkValue)) {
        throw new IllegalArgumentException(indicator + ": the benchmark value must be finite");
      }
      if (areaValue.isPresent() && !Double.isFinite(areaValue.getAsDouble())) {
        throw new IllegalArgumentException(indicator + ": the area's value must be finite");
      }
    }
  }

  /** The comparable areas' lowest, lower quartile, upper quartile and highest values. */
  public record Spread(double min, double q1, double q3, double max) {
    public Spread {
      if (!(Double.isFinite(min)
          && Double.isFinite(max)
          && Double.isFinite(q1)
          && Double.isFinite(q3))) {
        throw new IllegalArgumentException("the spread of areas must be finite numbers");
      }
      if (!(min <= q1 && q1 <= q3 && q3 <= max)) {
        throw new IllegalArgumentException(
            "the spread must run min <= q1 <= q3 <= max, not "
                + min
                + ", "
                + q1
                + ", "
                + q3
                + ", "
                + max);
      }
    }
  }

  public SpineView {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(benchmark, "benchmark");
    spreadOf = spreadOf == null ? "" : spreadOf.strip();
    rows = List.copyOf(rows);
  }
}
