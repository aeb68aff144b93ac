package outcomes.app;

import java.util.List;
import outcomes.model.Indicator;
import outcomes.model.Observation;

/** An indicator with every observation its data files hold, duplicates removed. */
public record IndicatorData(Indicator indicator, List<Observation> observations) {
  public IndicatorData {
    observations = List.copyOf(observations);
  }
}
