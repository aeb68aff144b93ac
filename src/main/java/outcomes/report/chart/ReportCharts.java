package outcomes.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import outcomes.model.Area;
import outcomes.model.Observation;
import outcomes.model.TimePeriod;
import outcomes.model.ValueType;
import outcomes.report.AreaFigure;
import outcomes.report.FrameworkView;
import outcomes.report.HeadlineGap;
import outcomes.report.IndicatorView;
import outcomes.report.TrendPeriods;
import outcomes.report.WardMap;
import outcomes.report.WardTable;

/**
 * The report's charts, named for their files: for each indicator its trend against London and
 * England, its wards ranked within each borough and on a map; the headline gaps over time; and a
 * spine chart per borough across indicators. Names come from indicator ids and area codes, never
 * from data text, so they cannot steer a path.
 */
public final class ReportCharts {
  /** A chart and the file name (without extension) it is written under. */
  public record Named(String name, Chart chart) {}

  private static final String ENGLAND = "E92000001";

  private ReportCharts() {}

  public static List<Named> of(FrameworkView view, List<HeadlineGap> gaps) {
    return of(view, gaps, List.of(), BaselinePeriods.NONE);
  }

  /** The charts, with each indicator's ward maps ({@link ReportMaps}) after its ranked wards. */
  public static List<Named> of(FrameworkView view, List<HeadlineGap> gaps, List<WardMap> maps) {
    return of(view, gaps, maps, BaselinePeriods.NONE);
  }

  /** The charts, each trend marking the strategy's baseline period where its axis has it. */
  public static List<Named> of(
      FrameworkView view, List<HeadlineGap> gaps, BaselinePeriods baselines) {
    return of(view, gaps, List.of(), baselines);
  }

  /**
   * The charts: each trend marking the strategy's baseline period where its axis has it, and each
   * indicator's ward maps after its ranked wards.
   */
  public static List<Named> of(
      FrameworkView view, List<HeadlineGap> gaps, List<WardMap> maps, BaselinePeriods baselines) {
    List<Named> charts = new ArrayList<>();
    for (IndicatorView v : view.indicators()) {
      trend(v, baselines)
          .ifPresent(t -> charts.add(new Named(stem(v) + "-trend", Charts.trend(t))));
      for (WardTable t : v.wardTables()) {
        wards(v, t)
            .ifPresent(
                w ->
                    charts.add(
                        new Named(stem(v) + "-wards-" + safe(t.parent().code()), Charts.wards(w))));
      }
      charts.addAll(ReportMaps.of(v, maps));
    }
    for (HeadlineGap g : gaps) {
      gap(g)
          .ifPresent(
              c ->
                  charts.add(
                      new Named(
                          "gap-"
                              + stem(g.indicator())
                              + "-"
                              + safe(g.a().code())
                              + "-"
                              + safe(g.b().code()),
                          Charts.gap(c))));
    }
    for (String code : view.framework().focusAreas()) {
      spine(view, code)
          .ifPresent(s -> charts.add(new Named("spine-" + safe(code), Charts.spine(s))));
    }
    return charts;
  }

  /** The start of an indicator's chart names: its id, and its sex where it is split by sex. */
  public static String stem(IndicatorView v) {
    String sex =
        v.sex() == outcomes.model.Sex.PERSONS ? "" : "-" + v.sex().label().toLowerCase(Locale.ROOT);
    return safe(v.indicator().id() + sex);
  }

  /** A file-name part: letters, digits, '.', '_' and '-' only, never starting with a dot. */
  static String safe(String part) {
    return part.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^\\.", "_");
  }

  private static Optional<TrendView> trend(IndicatorView v, BaselinePeriods baselines) {
    List<AreaFigure> areas = new ArrayList<>(v.focus());
    areas.addAll(v.benchmarks());
    Map<String, List<Observation>> byArea = new LinkedHashMap<>();
    TreeSet<TimePeriod> periods = new TreeSet<>();
    for (Observation o : v.trendFigures()) {
      if (areas.stream().anyMatch(a -> a.area().code().equals(o.area().code()))) {
        byArea.computeIfAbsent(o.area().code(), k -> new ArrayList<>()).add(o);
        periods.add(o.period());
      }
    }
    if (periods.isEmpty()) {
      return Optional.empty();
    }
    List<TrendView.Line> lines = new ArrayList<>();
    boolean illustrative = false;
    for (AreaFigure a : areas) {
      List<Observation> obs = byArea.getOrDefault(a.area().code(), List.of());
      if (obs.isEmpty()) {
        continue;
      }
      illustrative |= obs.stream().anyMatch(o -> !o.isReal());
      TrendView.Role role =
          v.focus().contains(a)
              ? TrendView.Role.FOCUS
              : a.area().code().equals(ENGLAND)
                  ? TrendView.Role.BENCHMARK
                  : TrendView.Role.COMPARATOR;
      lines.add(new TrendView.Line(a.area().name(), role, points(obs, periods)));
    }
    String focus = String.join(" and ", v.focus().stream().map(f -> f.area().name()).toList());
    List<Observation> plotted = new ArrayList<>();
    byArea.values().forEach(plotted::addAll);
    boolean one = periods.size() == 1;
    Optional<PeriodMarker> baseline = one ? Optional.empty() : baseline(v, baselines, periods);
    ChartText text =
        new ChartText(
            v.label() + ": " + focus + (one ? ", " + periods.first().label() : " over time"),
            v.indicator().unit().label()
                + ", "
                + (one
                    ? periods.first().label() + ", the one period published"
                    : periods.first().label() + " to " + periods.last().label())
                + withComparators(lines)
                + baseline
                    .map(b -> "; the strategy's baseline, " + b.period() + ", marked")
                    .orElse(""),
            sources(v, plotted),
            illustrative);
    return Optional.of(
        new TrendView(
            text, v.indicator().unit(), labels(TrendPeriods.of(periods)), lines, baseline));
  }

  /**
   * The baseline's place on the axis, labelled as the axis labels it; none where the data have no
   * figure for it (the paper's words then say that progress cannot be judged, and why).
   */
  private static Optional<PeriodMarker> baseline(
      IndicatorView v, BaselinePeriods baselines, TreeSet<TimePeriod> periods) {
    return baselines
        .of(v.indicator().id(), v.sex())
        .filter(periods::contains)
        .map(p -> periods.ceiling(p).label())
        .map(label -> new PeriodMarker(label, "Baseline " + label));
  }

  /** ", with London and England": the comparators the chart has lines for, or nothing. */
  private static String withComparators(List<TrendView.Line> lines) {
    List<String> names =
        lines.stream()
            .filter(l -> l.role() != TrendView.Role.FOCUS)
            .map(TrendView.Line::area)
            .toList();
    return names.isEmpty() ? "" : ", with " + String.join(" and ", names);
  }

  /**
   * Each figure at its period's place on the axis, labelled as the axis labels it: two sources may
   * write one period differently (DWP's FYE 2025, ONS's 2024/25), and the axis has one label each.
   */
  private static List<PeriodValue> points(List<Observation> obs, TreeSet<TimePeriod> axis) {
    List<Observation> sorted = new ArrayList<>(obs);
    sorted.sort(Comparator.comparing(Observation::period));
    List<PeriodValue> points = new ArrayList<>();
    for (Observation o : sorted) {
      points.add(
          new PeriodValue(axis.ceiling(o.period()).label(), o.value().getAsDouble(), o.ci95()));
    }
    return points;
  }

  private static List<String> labels(List<TimePeriod> periods) {
    return periods.stream().map(TimePeriod::label).toList();
  }

  private static Optional<WardsView> wards(IndicatorView v, WardTable t) {
    if (t.parentFigure().filter(Observation::hasValue).isEmpty()) {
      return Optional.empty();
    }
    List<WardsView.Ward> wards = new ArrayList<>();
    for (int i = 0; i < t.spread().ranked().size(); i++) {
      Observation o = t.spread().ranked().get(i);
      wards.add(
          new WardsView.Ward(
              o.area().name(),
              o.value().getAsDouble(),
              o.ci95(),
              t.spread().judgements().get(i).comparison()));
    }
    Area parent = t.parent();
    double parentValue = t.parentFigure().get().value().getAsDouble();
    Optional<WardsView.Reference> england =
        v.headlineFigures().stream()
            .filter(o -> o.area().code().equals(ENGLAND) && o.period().equals(t.period()))
            .findFirst()
            .map(o -> new WardsView.Reference("England", o.value().getAsDouble()));
    boolean illustrative = t.illustrative();
    ChartText text =
        new ChartText(
            v.label() + ": the wards of " + parent.name() + " compared with the borough",
            v.indicator().unit().label()
                + ", "
                + t.period().label()
                + ", wards ranked"
                + (t.spread().ranked().stream().anyMatch(o -> o.ci95().isPresent())
                    ? ", with 95% confidence intervals"
                    : "; the source publishes no confidence intervals, so no ward is compared")
                + mixed(
                    illustrative,
                    parent.name(),
                    t.parentFigure().get().isReal(),
                    england.isPresent()
                        && v.headlineFigures().stream()
                            .filter(
                                o ->
                                    o.area().code().equals(ENGLAND)
                                        && o.period().equals(t.period()))
                            .allMatch(Observation::isReal)),
            sources(v, concat(t.spread().ranked(), List.of(t.parentFigure().get()))),
            illustrative);
    return Optional.of(
        new WardsView(
            text,
            v.indicator().unit(),
            v.indicator().polarity(),
            wards,
            new WardsView.Reference(parent.name(), parentValue),
            england));
  }

  /**
   * Where illustrative wards are drawn against real lines (the borough, England), the subtitle says
   * which are which: a reader must not take the synthetic wards for published ones.
   */
  private static String mixed(
      boolean illustrativeWards, String borough, boolean boroughReal, boolean englandReal) {
    if (!illustrativeWards || !(boroughReal || englandReal)) {
      return "";
    }
    String real =
        boroughReal && englandReal
            ? "the " + borough + " and England lines are"
            : boroughReal ? "the " + borough + " line is" : "the England line is";
    return "; the wards are illustrative, " + real + " real published figures";
  }

  private static Optional<GapView> gap(HeadlineGap g) {
    TreeSet<TimePeriod> periods = new TreeSet<>();
    g.figuresA().forEach(o -> periods.add(o.period()));
    g.figuresB().forEach(o -> periods.add(o.period()));
    if (periods.isEmpty()) {
      return Optional.empty();
    }
    IndicatorView v = g.indicator();
    ChartText text =
        new ChartText(
            v.label() + ": " + g.a().name() + " and " + g.b().name() + " over time",
            v.indicator().unit().label()
                + ", "
                + periods.first().label()
                + " to "
                + periods.last().label()
                + (concat(g.figuresA(), g.figuresB()).stream().allMatch(o -> o.ci95().isPresent())
                    ? ", with 95% confidence intervals"
                    : "")
                + " ("
                + g.a().code()
                + ", "
                + g.b().code()
                + ")",
            sources(v, concat(g.figuresA(), g.figuresB())),
            g.illustrative());
    return Optional.of(
        new GapView(
            text,
            v.indicator().unit(),
            labels(TrendPeriods.of(periods)),
            new GapView.Series(g.a().name(), points(g.figuresA(), periods)),
            new GapView.Series(g.b().name(), points(g.figuresB(), periods))));
  }

  /** The borough across indicators, each against the spread of areas of its own type. */
  private static Optional<SpineView> spine(FrameworkView view, String code) {
    List<SpineView.Row> rows = new ArrayList<>();
    String name = code;
    boolean illustrative = false;
    for (IndicatorView v : view.indicators()) {
      Optional<AreaFigure> f =
          v.focus().stream().filter(a -> a.area().code().equals(code)).findFirst();
      // A count (people sleeping rough) cannot be set against England's total.
      if (v.indicator().valueType() == ValueType.COUNT
          || f.isEmpty()
          || f.get().figure().filter(Observation::hasValue).isEmpty()
          || v.latest().isEmpty()) {
        continue;
      }
      name = f.get().area().name();
      Observation figure = f.get().figure().get();
      List<Observation> latest =
          v.headlineFigures().stream().filter(o -> o.period().equals(v.latest().get())).toList();
      Optional<Observation> england =
          latest.stream().filter(o -> o.area().code().equals(ENGLAND)).findFirst();
      double[] peers =
          latest.stream()
              .filter(o -> isLocalAuthority(o.area()))
              .mapToDouble(o -> o.value().getAsDouble())
              .sorted()
              .toArray();
      if (england.isEmpty() || peers.length < 5) {
        continue;
      }
      illustrative |= !figure.isReal();
      rows.add(
          new SpineView.Row(
              v.label(),
              v.latest().get().label(),
              v.indicator().unit(),
              v.indicator().polarity(),
              england.get().value().getAsDouble(),
              new SpineView.Spread(
                  peers[0], quantile(peers, 0.25), quantile(peers, 0.75), peers[peers.length - 1]),
              OptionalDouble.of(figure.value().getAsDouble()),
              f.get().comparison()));
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    ChartText text =
        new ChartText(
            name + " across the outcomes framework, compared with England",
            "Most recent period in the data for each indicator with figures for five or more local authorities",
            "the indicators' sources, listed in the workbook",
            illustrative);
    return Optional.of(new SpineView(text, name, "England", "local authorities in England", rows));
  }

  /** Who published the figures drawn, each once, in the order first met. */
  static String sources(IndicatorView v, List<Observation> figures) {
    return String.join(
        "; ", figures.stream().map(o -> v.indicator().sourceOf(o)).distinct().toList());
  }

  private static List<Observation> concat(List<Observation> a, List<Observation> b) {
    List<Observation> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * A district, unitary authority, metropolitan or London borough (E06–E09): the areas a borough is
   * ranked among. Source area types differ ("UA", "London borough"), codes do not.
   */
  private static boolean isLocalAuthority(Area a) {
    return a.code().matches("E0[6-9]\\d{6}");
  }

  /** Linear interpolation between order statistics (R's type 7, Excel's QUARTILE.INC). */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
