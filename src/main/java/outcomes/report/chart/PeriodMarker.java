package outcomes.report.chart;

import java.util.Objects;

/**
 * A labelled vertical line at one period of a chart's axis: the strategy's baseline on a trend
 * chart ("Baseline 2018 - 20"), so that a reader sees where progress is measured from.
 *
 * @param period the axis label of the period marked; it must be one of the chart's periods
 * @param label the words written beside the line
 */
public record PeriodMarker(String period, String label) {
  public PeriodMarker {
    Objects.requireNonNull(period, "period");
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("a marker says what it marks");
    }
  }
}
