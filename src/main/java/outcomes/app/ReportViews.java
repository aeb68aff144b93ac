package outcomes.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import outcomes.freshness.Verdict;
import outcomes.model.Area;
import outcomes.model.Comparison;
import outcomes.model.ComparisonMethod;
import outcomes.model.Framework;
import outcomes.model.Indicator;
import outcomes.model.Observation;
import outcomes.model.Sex;
import outcomes.model.TimePeriod;
import outcomes.report.AreaFigure;
import outcomes.report.FrameworkView;
import outcomes.report.IndicatorView;
import outcomes.report.NextRelease;
import outcomes.report.WardTable;
import outcomes.stats.Benchmarking;
import outcomes.stats.RecentTrends;
import outcomes.stats.Spread;

/**
 * Builds what the report shows from the loaded framework: for each indicator and sex, the focus
 * areas' latest figures judged against England with their recent trend, the benchmarks, and the
 * wards of each focus area ranked against it. Every number comes from the stats core.
 */
public final class ReportViews {
  public static final String ENGLAND = "E92000001";

  private ReportViews() {}

  public static FrameworkView of(FrameworkData data, LocalDate asOf) {
    List<IndicatorView> views = new ArrayList<>();
    List<IndicatorData> ordered = new ArrayList<>(data.indicators());
    ordered.sort(
        Comparator.comparingInt((IndicatorData d) -> d.indicator().outcome())
            .thenComparingInt(d -> d.indicator().ambition()));
    for (IndicatorData ind : ordered) {
      Verdict verdict = FreshnessJob.verdict(ind, Optional.empty(), asOf);
      String freshness = freshness(verdict);
      Optional<NextRelease> next =
          verdict.next().map(r -> new NextRelease(verdict.status(), r.expectedBy()));
      List<Sex> sexes = headlineSexes(ind);
      for (Sex sex : sexes) {
        views.add(view(data.catalogue().framework(), ind, sex, sexes.size() > 1, freshness, next));
      }
    }
    return new FrameworkView(data.catalogue().framework(), views, dataDate(data), asOf);
  }

  /**
   * The freshness status as `outcomes freshness` gives it on the as-of day, so a stale source is
   * called stale beside its figure, with when its next release is expected.
   */
  private static String freshness(Verdict v) {
    if (v.next().isEmpty()) {
      return "no real data to judge from";
    }
    return v.status().label() + ": next release expected by " + v.next().get().expectedBy();
  }

  /** Persons where the indicator has them; otherwise each sex it has, as Fingertips lists them. */
  static List<Sex> headlineSexes(IndicatorData ind) {
    Set<Sex> sexes = new TreeSet<>();
    ind.observations().forEach(o -> sexes.add(o.sex()));
    if (sexes.isEmpty() || sexes.contains(Sex.PERSONS)) {
      return List.of(Sex.PERSONS);
    }
    return new ArrayList<>(sexes);
  }

  /**
   * One indicator's view for one sex. Where each sex has a sheet of its own ({@code perSex}), its
   * figures are that sex's only: a "Male" sheet never holds female rows.
   */
  private static IndicatorView view(
      Framework fw,
      IndicatorData ind,
      Sex sex,
      boolean perSex,
      String freshness,
      Optional<NextRelease> next) {
    Indicator indicator = ind.indicator();
    List<Observation> headline =
        ind.observations().isEmpty()
            ? List.of()
            : HeadlineFigures.of(ind, Optional.of(sex)).observations();
    Optional<TimePeriod> latest =
        headline.stream()
            .filter(o -> o.hasValue() && fw.focusAreas().contains(o.area().code()))
            .map(Observation::period)
            .max(Comparator.naturalOrder());
    List<AreaFigure> focus = new ArrayList<>();
    List<AreaFigure> benchmarks = new ArrayList<>();
    List<WardTable> wards = new ArrayList<>();
    Optional<Observation> england = latest.flatMap(p -> figure(headline, ENGLAND, p));
    for (String code : fw.focusAreas()) {
      Area area = area(fw, code);
      Optional<Observation> f = latest.flatMap(p -> figure(headline, code, p));
      Optional<RecentTrends.Assessment> trend = trend(headline, code, indicator, latest);
      focus.add(
          new AreaFigure(
              area,
              f,
              comparison(f, england, indicator),
              trend.map(RecentTrends.Assessment::describe).orElse(""),
              trend.map(RecentTrends.Assessment::reason).orElse("")));
      wardTable(headline, area, indicator).ifPresent(wards::add);
    }
    // The framework's comparators for every indicator, so the report's columns line up.
    for (String code : comparators(fw)) {
      benchmarks.add(
          new AreaFigure(
              area(fw, code),
              latest.flatMap(p -> figure(headline, code, p)),
              Comparison.NOT_COMPARED,
              ""));
    }
    List<Observation> figures =
        perSex
            ? ind.observations().stream().filter(o -> o.sex() == sex).toList()
            : ind.observations();
    return new IndicatorView(
        indicator,
        sex,
        latest,
        focus,
        benchmarks,
        wards,
        figures,
        headline.stream().filter(Observation::hasValue).toList(),
        freshness,
        next);
  }

  private static List<String> comparators(Framework fw) {
    return fw.areas().stream().map(Area::code).filter(c -> !fw.focusAreas().contains(c)).toList();
  }

  private static Area area(Framework fw, String code) {
    return fw.area(code).orElse(new Area(code, code, "", ""));
  }

  private static Optional<Observation> figure(List<Observation> obs, String code, TimePeriod p) {
    return obs.stream()
        .filter(o -> o.area().code().equals(code) && o.period().equals(p))
        .findFirst();
  }

  /**
   * Our judgement by the indicator's method from the published figures; where the source gives no
   * limits but prints its own judgement (a Fingertips-derived file), the publisher's; otherwise not
   * compared.
   */
  private static Comparison comparison(
      Optional<Observation> f, Optional<Observation> england, Indicator ind) {
    if (f.isEmpty() || !f.get().hasValue()) {
      return Comparison.NOT_COMPARED;
    }
    if (ind.comparison() == ComparisonMethod.NONE) {
      return Comparison.NOT_COMPARED;
    }
    if (england.isPresent()) {
      Comparison ours =
          Benchmarking.compare(f.get(), england.get(), ind.polarity(), ind.comparison())
              .comparison();
      // Figures with limits are ours to judge even where the method cannot (no England value);
      // only a figure published without them takes the publisher's word.
      if (ours != Comparison.NOT_COMPARED || f.get().ci95().isPresent()) {
        return ours;
      }
    }
    return Comparison.fromLabel(f.get().labels().comparedToEngland());
  }

  private static Optional<RecentTrends.Assessment> trend(
      List<Observation> obs, String code, Indicator ind, Optional<TimePeriod> latest) {
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    // One kind of period only, as the trend chart shows: pooled figures from another source
    // never count among the five latest points.
    int span = latest.get().years();
    List<Observation> series =
        obs.stream()
            .filter(o -> o.area().code().equals(code) && o.period().years() == span)
            .toList();
    return Optional.of(RecentTrends.judge(series, ind.valueType(), ind.polarity()));
  }

  /** The wards of a focus area in their own latest period, if the data have two or more. */
  private static Optional<WardTable> wardTable(
      List<Observation> headline, Area parent, Indicator ind) {
    Optional<TimePeriod> period =
        headline.stream()
            .filter(o -> o.hasValue() && o.area().parentCode().equals(parent.code()))
            .map(Observation::period)
            .max(Comparator.naturalOrder());
    if (period.isEmpty()) {
      return Optional.empty();
    }
    List<Observation> wards =
        headline.stream()
            .filter(
                o -> o.area().parentCode().equals(parent.code()) && o.period().equals(period.get()))
            .toList();
    if (wards.size() < 2) {
      return Optional.empty();
    }
    Optional<Observation> borough = figure(headline, parent.code(), period.get());
    return Optional.of(
        new WardTable(
            parent,
            borough,
            period.get(),
            Spread.of(wards, borough, ind.polarity(), ind.comparison())));
  }

  /** The end of the latest period in the data, so an undated report is dated by what it holds. */
  private static LocalDate dataDate(FrameworkData data) {
    return data.indicators().stream()
        .flatMap(d -> d.observations().stream())
        .map(o -> o.period().end().atEndOfMonth())
        .max(Comparator.naturalOrder())
        .orElse(LocalDate.of(2023, 1, 1));
  }
}
