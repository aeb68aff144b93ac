package outcomes.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import outcomes.freshness.Freshness;
import outcomes.freshness.Status;
import outcomes.freshness.Verdict;
import outcomes.model.Area;
import outcomes.model.Cadence;
import outcomes.model.DeclaredBaseline;
import outcomes.model.Framework;
import outcomes.model.GapPair;
import outcomes.model.Indicator;
import outcomes.model.Observation;
import outcomes.model.OutcomesException;
import outcomes.model.Problem;
import outcomes.model.Sex;
import outcomes.model.TimePeriod;
import outcomes.report.ProgressView;
import outcomes.stats.Baseline;
import outcomes.stats.GapChange;
import outcomes.stats.Progress;

/**
 * Are the strategy's ambitions being met: for each indicator, sex and focus area, the change since
 * the baseline with its verdict, the gap to each benchmark then and now, and the latest figure
 * against the indicator's goal; and the strategy's headline ward gaps since the baseline. The
 * report and the paper call {@link #of} on data they have loaded; `outcomes progress` calls {@link
 * #run}.
 */
public final class ProgressJob {
  /**
   * @param asOf the day freshness is judged on (a stale figure is never called the latest)
   */
  public record Request(Path indicators, Path data, LocalDate asOf) {
    public Request {
      Objects.requireNonNull(asOf, "asOf");
    }
  }

  /** The view, and the data-quality policy's warnings met reading the data. */
  public record Result(ProgressView view, List<Problem> warnings) {}

  private ProgressJob() {}

  public static Result run(Request r) {
    FrameworkData data = FrameworkData.load(r.indicators(), r.data());
    return new Result(of(data, r.asOf()), data.warnings());
  }

  /** Progress in data already loaded, as the report and the paper compute it. */
  public static ProgressView of(FrameworkData data, LocalDate asOf) {
    Framework fw = data.catalogue().framework();
    List<ProgressView.Item> items = new ArrayList<>();
    List<IndicatorData> ordered = new ArrayList<>(data.indicators());
    ordered.sort(
        Comparator.comparingInt((IndicatorData d) -> d.indicator().outcome())
            .thenComparingInt(d -> d.indicator().ambition())
            .thenComparing(d -> d.indicator().id()));
    for (IndicatorData d : ordered) {
      Verdict freshness = FreshnessJob.verdict(d, Optional.empty(), asOf);
      boolean stale = freshness.status() == Status.STALE;
      String words = freshness.status().label() + ": " + freshness.reason();
      for (Sex sex : ReportViews.headlineSexes(d)) {
        List<Observation> headline =
            d.observations().isEmpty()
                ? List.of()
                : HeadlineFigures.of(d, Optional.of(sex)).observations();
        Baseline baseline = baseline(d.indicator(), fw, headline);
        List<Area> benchmarks = d.indicator().benchmarks().stream().map(c -> area(fw, c)).toList();
        for (String code : fw.focusAreas()) {
          items.add(
              new ProgressView.Item(
                  Progress.of(d.indicator(), sex, area(fw, code), baseline, headline, benchmarks),
                  stale,
                  words));
        }
      }
    }
    return new ProgressView(asOf, fw.baselineDate(), items, wardGaps(data));
  }

  /**
   * The indicator's baseline: declared, or the latest of the focus areas' periods whose release the
   * cadence expects before the framework's baseline date.
   */
  static Baseline baseline(Indicator ind, Framework fw, List<Observation> headline) {
    TreeSet<TimePeriod> periods =
        new TreeSet<>(Comparator.comparing(TimePeriod::end).thenComparing(TimePeriod::start));
    headline.stream()
        .filter(o -> o.hasValue() && fw.focusAreas().contains(o.area().code()))
        .forEach(o -> periods.add(o.period()));
    return Baseline.choose(
        ind.baseline().map(DeclaredBaseline::period),
        fw.baselineDate(),
        periods,
        p -> releasedFrom(ind.cadence(), p));
  }

  /** The first day of the month the cadence expects a period's release in. */
  static LocalDate releasedFrom(Cadence cadence, TimePeriod p) {
    return Freshness.release(cadence, p.end().minusMonths(cadence.months()), 1).dueFrom();
  }

  /**
   * The framework's headline gaps (framework.yaml) from the baseline to the latest period both
   * areas have. Wards of a boundary set that ended before the baseline cannot be judged: no series
   * joins two sets.
   */
  private static List<ProgressView.WardGap> wardGaps(FrameworkData data) {
    List<ProgressView.WardGap> out = new ArrayList<>();
    for (GapPair pair : data.catalogue().framework().headlineGaps()) {
      Optional<IndicatorData> d = data.indicator(pair.indicator());
      if (d.isEmpty()) {
        continue;
      }
      Indicator ind = d.get().indicator();
      GapJob.Result gaps;
      try {
        gaps =
            GapJob.gaps(
                d.get(),
                new GapJob.Request(
                    null, null, ind.id(), pair.area(), pair.vs(), pair.sex(), "all"));
      } catch (OutcomesException e) {
        continue; // the data cannot draw this pair: validate warns of it (HeadlineGapCheck)
      }
      List<Observation> headline =
          HeadlineFigures.of(d.get(), Optional.of(gaps.sex())).observations();
      Baseline baseline = baseline(ind, data.catalogue().framework(), headline);
      out.add(new ProgressView.WardGap(ind, gaps.sex(), wardGap(ind, gaps, baseline)));
    }
    return out;
  }

  private static GapChange wardGap(Indicator ind, GapJob.Result r, Baseline baseline) {
    List<GapJob.PeriodGap> all = r.gaps();
    GapJob.PeriodGap last = all.get(all.size() - 1);
    if (baseline.period().isEmpty()) {
      return GapChange.cannotBeJudged(
          r.areaA(), r.areaB(), baseline.basis(), List.of(last.a(), last.b()));
    }
    TimePeriod p = baseline.period().get();
    Optional<GapJob.PeriodGap> base = all.stream().filter(g -> g.period().equals(p)).findFirst();
    Optional<GapJob.PeriodGap> latest =
        all.stream()
            .filter(g -> g.period().end().isAfter(p.end()) && g.period().years() == p.years())
            .reduce((a, b) -> b);
    if (base.isEmpty()) {
      String set = r.areaA().boundarySet().isEmpty() ? "" : " (" + r.areaA().boundarySet() + ")";
      return GapChange.cannotBeJudged(
          r.areaA(),
          r.areaB(),
          "these wards"
              + set
              + " have figures for "
              + all.get(0).period().label()
              + " to "
              + last.period().label()
              + ", not for the baseline "
              + p.label()
              + ": their boundaries were replaced, and no series joins two boundary sets",
          List.of(last.a(), last.b()));
    }
    if (latest.isEmpty()) {
      return GapChange.cannotBeJudged(
          r.areaA(),
          r.areaB(),
          "no figure for both wards after the baseline " + p.label(),
          List.of(base.get().a(), base.get().b()));
    }
    return GapChange.of(
        r.areaA(),
        r.areaB(),
        Optional.of(base.get().a()),
        Optional.of(base.get().b()),
        Optional.of(latest.get().a()),
        Optional.of(latest.get().b()),
        ind.unit().decimals());
  }

  private static Area area(Framework fw, String code) {
    return fw.area(code).orElse(new Area(code, code, "", ""));
  }
}
