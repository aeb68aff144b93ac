package outcomes.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import outcomes.model.Indicator;
import outcomes.model.Observation;
import outcomes.model.Sex;
import outcomes.model.TimePeriod;
import outcomes.stats.Gap;

/**
 * One row of the framework at a glance and the sheet behind it: an indicator for one sex, its
 * latest figures for the focus areas and the benchmarks, the ward tables, and the whole series.
 *
 * @param latest the latest period with a figure for a focus area, if any
 * @param series every figure of the indicator (all sexes, areas and periods), for the tidy table
 * @param headlineFigures the figures with a value that the report shows: this sex, no category, all
 *     ages (or the indicator's one age group)
 * @param freshness how fresh the data are: when the next release is expected, and with an as-of
 *     date, whether it is fresh, due or stale
 * @param nextRelease the same judgement as a date and status, absent where there are no real data
 *     to judge from
 */
public record IndicatorView(
    Indicator indicator,
    Sex sex,
    Optional<TimePeriod> latest,
    List<AreaFigure> focus,
    List<AreaFigure> benchmarks,
    List<WardTable> wardTables,
    List<Observation> series,
    List<Observation> headlineFigures,
    String freshness,
    Optional<NextRelease> nextRelease) {

  public IndicatorView {
    focus = List.copyOf(focus);
    benchmarks = List.copyOf(benchmarks);
    wardTables = List.copyOf(wardTables);
    series = List.copyOf(series);
    headlineFigures = List.copyOf(headlineFigures);
    nextRelease = nextRelease == null ? Optional.empty() : nextRelease;
  }

  /** A view whose next release is not given as a date. */
  public IndicatorView(
      Indicator indicator,
      Sex sex,
      Optional<TimePeriod> latest,
      List<AreaFigure> focus,
      List<AreaFigure> benchmarks,
      List<WardTable> wardTables,
      List<Observation> series,
      List<Observation> headlineFigures,
      String freshness) {
    this(
        indicator,
        sex,
        latest,
        focus,
        benchmarks,
        wardTables,
        series,
        headlineFigures,
        freshness,
        Optional.empty());
  }

  /** The widest gap between a borough's best and worst ward, if any borough has wards. */
  public Optional<WardTable> widestWardGap() {
    return wardTables.stream()
        .filter(t -> t.spread().widest().isPresent())
        .max(Comparator.comparingDouble(t -> t.spread().widest().map(Gap::magnitude).orElse(0.0)));
  }

  /** True when any figure shown is illustrative, so the row and sheet must say so. */
  public boolean illustrative() {
    return series.stream().anyMatch(o -> !o.isReal());
  }

  /**
   * Whether any of the headline figures (the focus areas' and the benchmarks' latest) is
   * illustrative: a row of the framework is labelled by its own figures, not by its ward gap.
   */
  public boolean figuresIllustrative() {
    return java.util.stream.Stream.concat(focus.stream(), benchmarks.stream())
        .anyMatch(f -> f.figure().map(o -> !o.isReal()).orElse(false));
  }

  /** The indicator's title with the sex where the indicator is split by it. */
  public String label() {
    return sex == Sex.PERSONS
        ? indicator.title()
        : indicator.title() + " (" + sex.label().toLowerCase(java.util.Locale.ROOT) + ")";
  }

  /**
   * The figures a trend shows: the headline figures for periods as long as the latest one, so a
   * trend of three-year figures never runs on into five-year pooled ones from another source.
   */
  public List<Observation> trendFigures() {
    int span = latest.map(TimePeriod::years).orElse(-1);
    return headlineFigures().stream().filter(o -> o.period().years() == span).toList();
  }
}
