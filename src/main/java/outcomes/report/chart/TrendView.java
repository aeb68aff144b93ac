package outcomes.report.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import outcomes.model.Unit;

/**
 * One indicator over time: the focus areas (the boroughs) with their 95% confidence intervals
 * shaded, against comparator lines (London) and the benchmark (England). Periods are the x axis in
 * the order given, labelled as given ("2001 - 03", "2021/22"); every point's period must be one of
 * them. A period an area has no value for leaves a break in its line.
 *
 * @param baseline the strategy's baseline period, marked with a labelled line, when it is on the
 *     axis
 */
public record TrendView(
    ChartText text,
    Unit unit,
    List<String> periods,
    List<Line> lines,
    Optional<PeriodMarker> baseline) {

  /** How a line is drawn: focus areas solid with their band, comparators and benchmark dashed. */
  public enum Role {
    /** A focus area: solid line in the palette's colours, with its confidence band. */
    FOCUS,
    /** A comparator such as London: dashed orange, no band. */
    COMPARATOR,
    /** The benchmark, England: dotted dark grey, no band. */
    BENCHMARK
  }

  /** One area's series. */
  public record Line(String area, Role role, List<PeriodValue> points) {
    public Line {
      Objects.requireNonNull(area, "area");
      Objects.requireNonNull(role, "role");
      points = List.copyOf(points);
    }
  }

  public TrendView {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unit, "unit");
    periods = List.copyOf(periods);
    lines = List.copyOf(lines);
    Set<String> known = new HashSet<>();
    for (String p : periods) {
      if (!known.add(p)) {
        throw new IllegalArgumentException("period " + p + " is listed twice");
      }
    }
    for (Line line : lines) {
      checkPoints(line.area(), line.points(), known);
    }
    Objects.requireNonNull(baseline, "baseline");
    if (baseline.isPresent() && !known.contains(baseline.get().period())) {
      throw new IllegalArgumentException(
          "the baseline " + baseline.get().period() + " is not one of the periods");
    }
  }

  /** A trend with no baseline marked. */
  public TrendView(ChartText text, Unit unit, List<String> periods, List<Line> lines) {
    this(text, unit, periods, lines, Optional.empty());
  }

  static void checkPoints(String area, List<PeriodValue> points, Set<String> periods) {
    Set<String> seen = new HashSet<>();
    for (PeriodValue p : points) {
      if (!periods.contains(p.period())) {
        throw new IllegalArgumentException(
            area + " has a value for " + p.period() + ", which is not one of the periods");
      }
      if (!seen.add(p.period())) {
        throw new IllegalArgumentException(area + " has two values for " + p.period());
      }
    }
  }
}
