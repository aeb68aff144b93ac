package outcomes.app.paper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import outcomes.app.GapJob;
import outcomes.app.ReportJob;
import outcomes.app.WardMaps;
import outcomes.report.FrameworkView;
import outcomes.report.HeadlineGap;
import outcomes.report.IndicatorView;
import outcomes.report.PaperView.Figure;
import outcomes.report.WardMap;
import outcomes.report.WardTable;
import outcomes.report.chart.Chart;
import outcomes.report.chart.ChartText;
import outcomes.report.chart.ReportCharts;
import outcomes.report.chart.ReportMaps;
import outcomes.template.Template.Arg;
import outcomes.template.Template.Placeholder;

/**
 * The charts a template asks for, by the names `outcomes report` gives their files ({@code
 * life-expectancy-male-trend}, {@code child-poverty-wards-E09000033}, {@code
 * child-poverty-map-E09000033}, {@code life-expectancy-male-map-E09000033-2010-14}, {@code
 * gap-life-expectancy-male-E05000648-E05000637}, {@code spine-E09000033}) or by kind and indicator
 * ({@code trend i}, {@code wards i Westminster}, {@code map i Westminster}, {@code gap i Male A vs
 * B}, {@code spine Westminster}), which name the same charts. All come from {@link ReportCharts},
 * so the paper and the report draw each chart one way.
 */
final class PaperCharts {
  private final PaperContext ctx;
  private final PaperFigures figures;
  private Map<String, Chart> charts;
  private List<WardMap> maps = List.of();

  PaperCharts(PaperContext ctx, PaperFigures figures) {
    this.ctx = ctx;
    this.figures = figures;
  }

  private Map<String, Chart> charts() {
    if (charts == null) {
      charts = new LinkedHashMap<>();
      maps = WardMaps.of(ctx.view, ctx.boundaries);
      ReportCharts.of(
              ctx.view,
              ReportJob.headlineGaps(ctx.data, ctx.view),
              maps,
              ctx.progress()::baselinePeriod)
          .forEach(n -> charts.put(n.name(), n.chart()));
    }
    return charts;
  }

  /** A chart to draw once the whole paper is resolved, with its words. */
  record Pending(Chart chart, String alt, String caption) {}

  /** {{chart …}}: the chart, or nothing where a loop names a chart the data cannot make. */
  Optional<Pending> figure(Placeholder p) {
    List<Arg> a = p.args();
    boolean looped = a.stream().anyMatch(Arg::variable);
    String name = name(p);
    if (name == null) {
      return Optional.empty();
    }
    Chart chart = charts().get(name);
    if (chart == null) {
      if (looped) {
        ctx.leftOut(p.at(), "chart " + name);
        return Optional.empty();
      }
      throw PaperContext.error(
          a.get(0).at(),
          "no chart '"
              + name
              + "'"
              + (a.size() == 1
                  ? ": charts are named as outcomes report names their files, such as " + examples()
                  : ": the data cannot make it"));
    }
    ChartText t = chart.text();
    ctx.showsIllustrative(t.illustrative());
    String warning =
        t.illustrative() ? " Illustrative data: synthetic, not published figures." : "";
    String alt =
        p.option("alt").map(Arg::text).orElse(t.title() + ". " + t.subtitle() + "." + warning);
    String source =
        name.startsWith("spine-")
            ? "the indicators' own, with their periods, in the tables under each ambition"
            : t.source() + files(name);
    String caption = t.title() + ". Source: " + source + "." + warning;
    return Optional.of(new Pending(chart, alt, caption));
  }

  /** Draws the charts, two or more at a time, in the order given. */
  static List<Figure> render(List<Pending> pending) {
    return pending.parallelStream()
        .map(
            f ->
                new Figure(
                    f.chart().png(), f.chart().width(), f.chart().height(), f.alt(), f.caption()))
        .toList();
  }

  /** "; data files A, B" for the figures a chart of this name shows. */
  private String files(String name) {
    Set<String> files = new TreeSet<>();
    for (IndicatorView v : ctx.view.indicators()) {
      String stem = ReportCharts.stem(v);
      List<String> areas = new ArrayList<>();
      v.focus().forEach(f -> areas.add(f.area().code()));
      v.benchmarks().forEach(f -> areas.add(f.area().code()));
      if (name.equals(stem + "-trend")) {
        v.trendFigures().stream()
            .filter(o -> areas.contains(o.area().code()))
            .forEach(o -> files.add(ctx.file(o)));
      }
      for (WardTable w : v.wardTables()) {
        if (name.equals(stem + "-wards-" + w.parent().code())) {
          w.spread().ranked().forEach(o -> files.add(ctx.file(o)));
          w.parentFigure().ifPresent(o -> files.add(ctx.file(o)));
        }
      }
      for (WardMap m : maps) {
        if (m.view() == v && name.equals(ReportMaps.name(m))) {
          ReportMaps.shown(m).forEach(o -> files.add(ctx.file(o)));
        }
      }
      if (name.startsWith("gap-" + stem + "-")) {
        v.headlineFigures().stream()
            .filter(
                o ->
                    name.endsWith("-" + o.area().code())
                        || name.contains("-" + o.area().code() + "-"))
            .forEach(o -> files.add(ctx.file(o)));
      }
    }
    return files.isEmpty()
        ? ""
        : "; data file" + (files.size() > 1 ? "s " : " ") + String.join(", ", files);
  }

  private String name(Placeholder p) {
    List<Arg> a = p.args();
    String kind = a.get(0).text();
    if (a.size() == 1 && !a.get(0).variable()) {
      if (kind.equals("spine")
          || kind.equals("trend")
          || kind.equals("wards")
          || kind.equals("gap")
          || kind.equals("map")) {
        throw PaperContext.error(
            a.get(0).at(), "{{chart " + kind + " …}} needs more: write " + p.kind().usage());
      }
      return kind;
    }
    switch (kind) {
      case "trend":
        arity(p, 2, 3);
        IndicatorView t =
            ctx.view(a.get(1), a.size() > 2 ? Optional.of(a.get(2)) : Optional.empty());
        if (a.get(1).variable()
            && t.trendFigures().stream().map(o -> o.period()).distinct().count() < 2) {
          ctx.leftOut(p.at(), "trend chart of " + t.label() + " (one period only)");
          return null;
        }
        return ReportCharts.stem(t) + "-trend";
      case "wards":
        arity(p, 3, 4);
        IndicatorView v =
            ctx.view(a.get(1), a.size() > 3 ? Optional.of(a.get(3)) : Optional.empty());
        return ReportCharts.stem(v) + "-wards-" + ctx.focusArea(a.get(2)).code();
      case "map":
        // the borough's latest wards on their own boundaries; an earlier set's map by its name
        arity(p, 3, 4);
        IndicatorView m =
            ctx.view(a.get(1), a.size() > 3 ? Optional.of(a.get(3)) : Optional.empty());
        return ReportMaps.latestName(m, ctx.focusArea(a.get(2)));
      case "gap":
        return gap(p);
      case "spine":
        arity(p, 2, 2);
        return "spine-" + ctx.focusArea(a.get(1)).code();
      default:
        throw PaperContext.error(
            a.get(0).at(), "no kind of chart '" + kind + "': write " + p.kind().usage());
    }
  }

  private static void arity(Placeholder p, int min, int max) {
    int n = p.args().size();
    if (n < min || n > max) {
      throw PaperContext.error(
          n > max ? p.args().get(max).at() : p.at(),
          "{{chart "
              + p.args().get(0).text()
              + "}} takes "
              + (min - 1)
              + (max > min ? " or " + (max - 1) : "")
              + " arguments after the kind: write "
              + p.kind().usage());
    }
  }

  /** {{chart gap IND [SEX] A vs B}}: the two areas over every period both have. */
  private String gap(Placeholder p) {
    List<Arg> a = p.args();
    arity(p, 5, 6);
    Arg vs = a.get(a.size() - 2);
    if (!vs.text().equals("vs")) {
      throw PaperContext.error(vs.at(), "write the two areas as A vs B: " + p.kind().usage());
    }
    IndicatorView v = ctx.view(a.get(1), a.size() == 6 ? Optional.of(a.get(2)) : Optional.empty());
    GapJob.Result r =
        figures.gapResult(v, a.get(a.size() - 3), a.get(a.size() - 1), Optional.empty(), "all");
    String name = "gap-" + ReportCharts.stem(v) + "-" + r.areaA().code() + "-" + r.areaB().code();
    if (!charts().containsKey(name)) {
      HeadlineGap g =
          new HeadlineGap(
              v,
              r.sex(),
              r.areaA(),
              r.areaB(),
              r.gaps().stream().map(GapJob.PeriodGap::a).toList(),
              r.gaps().stream().map(GapJob.PeriodGap::b).toList());
      FrameworkView only =
          new FrameworkView(ctx.view.framework(), List.of(), ctx.view.dataDate(), ctx.view.asOf());
      ReportCharts.of(only, List.of(g)).forEach(n -> charts().put(n.name(), n.chart()));
    }
    return name;
  }

  private String examples() {
    List<String> names = new ArrayList<>(charts().keySet());
    return String.join(", ", names.subList(0, Math.min(4, names.size())))
        + " ("
        + names.size()
        + " in all)";
  }
}
