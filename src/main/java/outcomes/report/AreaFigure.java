package outcomes.report;

import java.util.Optional;
import outcomes.model.Area;
import outcomes.model.Comparison;
import outcomes.model.Observation;

/**
 * One area's figure in a report row: the figure itself (absent when the source has none for the
 * period), how it compares with England, and its recent trend ("" where none is shown).
 */
public record AreaFigure(Area area, Optional<Observation> figure, Comparison comparison, String trend) {
  public AreaFigure {
    trend = trend == null ? "" : trend;
  }
}
