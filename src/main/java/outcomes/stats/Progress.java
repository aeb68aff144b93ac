package outcomes.stats;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import outcomes.model.Area;
import outcomes.model.Goal;
import outcomes.model.Indicator;
import outcomes.model.Observation;
import outcomes.model.Sex;
import outcomes.model.TimePeriod;
import outcomes.stats.spc.ProcessChart;

/**
 * Progress of one indicator, for one sex, in one of the framework's areas: its baseline figure and
 * its latest, the change between them with its verdict ({@link Change}), whether its gap to each
 * benchmark (England, London) has narrowed or widened ({@link GapChange}), how the latest figure
 * stands against the indicator's goal, and, for a monthly or quarterly series long enough, the
 * Making Data Count chart ({@link ProcessChart}).
 *
 * <p>The latest figure compared is the latest for a period as long as the baseline's (a three-year
 * figure is never set against a five-year one from another source). A change cannot be judged where
 * there is no baseline, no figure for it, none after it, no published limits, or where the two
 * figures come from different publications (a change of definition).
 *
 * @param latest the latest figure shown: the one compared with the baseline where there is one,
 *     else the area's latest figure of any kind
 * @param goal the latest figure against the goal, when the indicator has one
 * @param chart the process control chart, or empty with {@code chartReason} saying why
 */
public record Progress(
    Indicator indicator,
    Sex sex,
    Area area,
    Baseline baseline,
    Optional<Observation> baselineFigure,
    Optional<Observation> latest,
    Change change,
    List<GapChange> benchmarkGaps,
    Optional<Goal.Judged> goal,
    Optional<ProcessChart> chart,
    String chartReason) {

  public Progress {
    Objects.requireNonNull(change, "change");
    benchmarkGaps = List.copyOf(benchmarkGaps);
    chartReason = chartReason == null ? "" : chartReason;
  }

  /** True when every figure shown is real; a change made from an illustrative figure says so. */
  public boolean real() {
    return Stream.concat(
            Stream.of(baselineFigure, latest).flatMap(Optional::stream),
            benchmarkGaps.stream().flatMap(g -> g.figures().stream()))
        .allMatch(Observation::isReal);
  }

  /**
   * The progress of {@code area} from the indicator's headline figures for one sex (every area and
   * period), against the benchmarks given.
   */
  public static Progress of(
      Indicator ind,
      Sex sex,
      Area area,
      Baseline baseline,
      List<Observation> headline,
      List<Area> benchmarks) {
    List<Observation> series = series(headline, area.code());
    Optional<Observation> anyLatest =
        series.stream().filter(Observation::hasValue).reduce((a, b) -> b);
    Optional<Observation> base = baseline.period().flatMap(p -> at(series, p));
    Optional<Observation> latest = baseline.period().flatMap(p -> latestLike(series, p));
    Change change = change(ind, area, baseline, series, base, latest);
    Optional<Observation> shown = latest.isPresent() ? latest : anyLatest;
    List<GapChange> gaps = new ArrayList<>();
    if (base.isPresent() && latest.isPresent()) {
      for (Area b : benchmarks) {
        List<Observation> bs = series(headline, b.code());
        gaps.add(
            GapChange.of(
                area,
                b,
                base,
                at(bs, base.get().period()),
                latest,
                at(bs, latest.get().period()),
                ind.unit().decimals()));
      }
    }
    Optional<Goal.Judged> goal =
        ind.goal()
            .map(
                g ->
                    g.judge(
                        shown.map(Observation::value).orElse(OptionalDouble.empty()),
                        shown.flatMap(Observation::ci95),
                        ind.polarity(),
                        ind.unit()));
    List<Observation> regular = series.stream().filter(Observation::hasValue).toList();
    Optional<String> notCharted = ProcessChart.eligibility(regular);
    Optional<ProcessChart> chart =
        notCharted.isPresent()
            ? Optional.empty()
            : Optional.of(ProcessChart.of(regular, ind.polarity(), ind.goal()));
    return new Progress(
        ind, sex, area, baseline, base, shown, change, gaps, goal, chart, notCharted.orElse(""));
  }

  private static Change change(
      Indicator ind,
      Area area,
      Baseline baseline,
      List<Observation> series,
      Optional<Observation> base,
      Optional<Observation> latest) {
    if (baseline.period().isEmpty()) {
      return Change.cannotBeJudged(baseline.basis());
    }
    TimePeriod p = baseline.period().get();
    if (base.isEmpty()) {
      return Change.cannotBeJudged(
          "no figure for " + area.name() + " for the baseline period " + p.label() + held(series));
    }
    if (latest.isEmpty()) {
      return Change.cannotBeJudged(
          "no figure for "
              + area.name()
              + " after the baseline period "
              + p.label()
              + " for a period as long as it"
              + held(series));
    }
    String from = ind.sourceOf(base.get());
    String to = ind.sourceOf(latest.get());
    if (!from.equals(to)) {
      return Change.cannotBeJudged(
          "the baseline figure ("
              + from
              + ") and the latest ("
              + to
              + ") are from"
              + " different publications, whose definitions may differ");
    }
    if (base.get().isReal() != latest.get().isReal()) {
      return Change.cannotBeJudged("one figure is real and the other illustrative");
    }
    return Change.between(base.get(), latest.get(), ind.polarity(), ind.unit().decimals());
  }

  /** " (the data hold 2017 to 2018)", what an area's series runs over, for a reason. */
  private static String held(List<Observation> series) {
    List<Observation> valued = series.stream().filter(Observation::hasValue).toList();
    if (valued.isEmpty()) {
      return " (the data hold no figure for it)";
    }
    String first = valued.get(0).period().label();
    String last = valued.get(valued.size() - 1).period().label();
    return first.equals(last)
        ? " (the data hold " + first + " only)"
        : " (the data hold " + first + " to " + last + ")";
  }

  /** An area's figures in time order: by end, then start. */
  private static List<Observation> series(List<Observation> headline, String code) {
    return headline.stream()
        .filter(o -> o.area().code().equals(code))
        .sorted(
            Comparator.comparing((Observation o) -> o.period().end())
                .thenComparing(o -> o.period().start()))
        .toList();
  }

  private static Optional<Observation> at(List<Observation> series, TimePeriod p) {
    return series.stream().filter(o -> o.period().equals(p)).findFirst();
  }

  /** The latest figure with a value for a period as long as p and ending after it. */
  private static Optional<Observation> latestLike(List<Observation> series, TimePeriod p) {
    long months = months(p);
    return series.stream()
        .filter(
            o -> o.hasValue() && months(o.period()) == months && o.period().end().isAfter(p.end()))
        .reduce((a, b) -> b);
  }

  private static long months(TimePeriod p) {
    return ChronoUnit.MONTHS.between(p.start(), p.end()) + 1;
  }
}
