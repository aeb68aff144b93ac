package outcomes.report;

import java.util.Optional;
import outcomes.model.Area;
import outcomes.model.Observation;
import outcomes.model.TimePeriod;
import outcomes.stats.Spread;

/** The wards of one borough in one period, ranked, each judged against the borough's figure. */
public record WardTable(
    Area parent, Optional<Observation> parentFigure, TimePeriod period, Spread spread) {
  /** Whether any ward's figure is illustrative. */
  public boolean illustrative() {
    return spread.ranked().stream().anyMatch(o -> !o.isReal());
  }
}
