package outcomes.report.chart;

import java.util.Optional;
import outcomes.model.Sex;
import outcomes.model.TimePeriod;

/**
 * The period progress is measured from, for an indicator and sex, for a trend chart to mark ({@code
 * ProgressView::baselinePeriod}). The charts ask for it rather than work it out: the baseline is
 * the progress view's, chosen once, so the chart and the paper's words agree.
 */
@FunctionalInterface
public interface BaselinePeriods {
  /** No baselines: nothing is marked. */
  BaselinePeriods NONE = (id, sex) -> Optional.empty();

  Optional<TimePeriod> of(String indicatorId, Sex sex);
}
