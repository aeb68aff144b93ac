package outcomes.report;

import java.time.LocalDate;
import java.util.List;
import outcomes.model.Framework;

/**
 * The whole outcomes framework as the report shows it.
 *
 * @param dataDate the date the report stands at: the --as-of date, or the end of the latest
 *     period in the data, so that the same inputs give the same file
 */
public record FrameworkView(Framework framework, List<IndicatorView> indicators, LocalDate dataDate) {
  public FrameworkView {
    indicators = List.copyOf(indicators);
  }

  public boolean illustrative() {
    return indicators.stream().anyMatch(IndicatorView::illustrative);
  }
}
