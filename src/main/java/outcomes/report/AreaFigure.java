package outcomes.report;

import java.util.Optional;
import outcomes.model.Area;
import outcomes.model.Comparison;
import outcomes.model.Observation;

/**
 * One area's figure in a report row: the figure itself (absent when the source has none for the
 * period), how it compares with England, and its recent trend ("" where none is shown).
 *
 * @param noTrendBecause why the trend cannot be calculated, in the stats core's words ("no counts",
 *     "fewer than five single-year points"), or "" where a trend is given or none is shown
 */
public record AreaFigure(
    Area area,
    Optional<Observation> figure,
    Comparison comparison,
    String trend,
    String noTrendBecause) {
  public AreaFigure {
    trend = trend == null ? "" : trend;
    noTrendBecause = noTrendBecause == null ? "" : noTrendBecause;
  }

  /** A figure shown without a trend, or with one that needs no reason. */
  public AreaFigure(Area area, Optional<Observation> figure, Comparison comparison, String trend) {
    this(area, figure, comparison, trend, "");
  }
}
