package outcomes.report.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import outcomes.model.Unit;

/**
 * The gap between two areas over time, such as male life expectancy in Westbourne and in
 * Knightsbridge and Belgravia: each area's value with its 95% interval in each period, the space
 * between them shaded, and the gap written at the first and the latest period both have.
 */
public record GapView(
    ChartText text, Unit unit, List<String> periods, Series first, Series second) {

  /** One area's values. */
  public record Series(String area, List<PeriodValue> points) {
    public Series {
      Objects.requireNonNull(area, "area");
      points = List.copyOf(points);
    }
  }

  public GapView {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    periods = List.copyOf(periods);
    HashSet<String> known = new HashSet<>(periods);
    if (known.size() != periods.size()) {
      throw new IllegalArgumentException("a period is listed twice");
    }
    TrendView.checkPoints(first.area(), first.points(), known);
    TrendView.checkPoints(second.area(), second.points(), known);
  }
}
