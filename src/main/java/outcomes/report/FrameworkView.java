package outcomes.report;

import java.time.LocalDate;
import java.util.List;
import outcomes.model.Framework;

/**
 * The whole outcomes framework as the report shows it.
 *
 * @param dataDate the date the data run to: the end of the latest period in them
 * @param asOf the day freshness is judged on (today, or --as-of)
 */
public record FrameworkView(
    Framework framework, List<IndicatorView> indicators, LocalDate dataDate, LocalDate asOf) {
  public FrameworkView {
    indicators = List.copyOf(indicators);
  }

  public boolean illustrative() {
    return indicators.stream().anyMatch(IndicatorView::illustrative);
  }
}
