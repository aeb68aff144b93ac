package outcomes.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import outcomes.csv.CsvWriter;
import outcomes.model.Area;
import outcomes.model.Goal;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.model.Rounding;
import outcomes.model.Unit;
import outcomes.report.Figures;
import outcomes.report.ProgressText;
import outcomes.report.ProgressView;
import outcomes.stats.GapChange;
import outcomes.stats.Progress;
import outcomes.stats.spc.ProcessChart;

/**
 * `outcomes progress` in its three formats. JSON and CSV give the numbers unrounded but for binary
 * noise ({@link Rounding#clean}), text rounds them to each indicator's decimals; all three give the
 * same verdicts and reasons.
 */
final class ProgressOutput {
  private ProgressOutput() {}

  static String json(ProgressView v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("asOf", v.asOf().toString());
    m.put("baselineDate", v.baselineDate().map(Object::toString).orElse(null));
    m.put("illustrative", v.illustrative());
    m.put("items", v.items().stream().map(ProgressOutput::item).toList());
    m.put("wardGaps", v.wardGaps().stream().map(g -> wardGap(g)).toList());
    return Json.write(m);
  }

  /** One item as JSON gives it: the fields the issue names, then the gaps, goal and chart. */
  static Map<String, Object> item(ProgressView.Item item) {
    Progress p = item.progress();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("indicator", p.indicator().id());
    m.put("title", p.indicator().title());
    m.put("outcome", p.indicator().outcome());
    m.put("ambition", p.indicator().ambition());
    m.put("sex", p.sex().label());
    m.put("area", p.area().name());
    m.put("areaCode", p.area().code());
    m.put("unit", p.indicator().unit().label());
    m.put("baselinePeriod", p.baseline().period().map(t -> t.label()).orElse(null));
    m.put("baselineBasis", p.baseline().basis());
    figure(m, "baseline", p.baselineFigure());
    m.put("latestPeriod", p.latest().map(o -> o.period().label()).orElse(null));
    figure(m, "latest", p.latest());
    m.put("latestIsStale", item.stale());
    m.put("freshness", item.freshness());
    m.put("change", number(p.change().difference()));
    m.put("changeLower", p.change().ci95().map(i -> Rounding.clean(i.lower())).orElse(null));
    m.put("changeUpper", p.change().ci95().map(i -> Rounding.clean(i.upper())).orElse(null));
    m.put("direction", p.change().verdict().label());
    m.put("reason", p.change().reason());
    m.put("gaps", p.benchmarkGaps().stream().map(g -> gap(g)).toList());
    m.put("goal", p.indicator().goal().map(g -> goal(g, p)).orElse(null));
    m.put("spc", p.chart().map(ProgressOutput::chart).orElse(null));
    m.put("spcReason", p.chart().isPresent() ? null : p.chartReason());
    m.put("real", p.real());
    m.put("data", p.real() ? "real" : "illustrative: synthetic, not a published figure");
    m.put(
        "source",
        p.latest().map(o -> p.indicator().sourceOf(o)).orElse(p.indicator().source().name()));
    return m;
  }

  private static void figure(Map<String, Object> m, String prefix, Optional<Observation> o) {
    Optional<Observation> valued = o.filter(Observation::hasValue);
    m.put(prefix + "Value", valued.map(x -> Rounding.clean(x.value().getAsDouble())).orElse(null));
    m.put(
        prefix + "Lower",
        valued.flatMap(Observation::ci95).map(i -> Rounding.clean(i.lower())).orElse(null));
    m.put(
        prefix + "Upper",
        valued.flatMap(Observation::ci95).map(i -> Rounding.clean(i.upper())).orElse(null));
  }

  private static Map<String, Object> gap(GapChange g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("benchmark", g.b().name());
    m.put("benchmarkCode", g.b().code());
    m.put("baselineGap", g.baseline().map(x -> Rounding.clean(x.difference())).orElse(null));
    m.put("latestGap", g.latest().map(x -> Rounding.clean(x.difference())).orElse(null));
    m.put("change", number(g.change()));
    m.put("changeLower", g.ci95().map(i -> Rounding.clean(i.lower())).orElse(null));
    m.put("changeUpper", g.ci95().map(i -> Rounding.clean(i.upper())).orElse(null));
    m.put("direction", g.verdict().label());
    m.put("reason", g.reason());
    m.put("real", g.real());
    return m;
  }

  private static Map<String, Object> wardGap(ProgressView.WardGap w) {
    GapChange g = w.change();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("indicator", w.indicator().id());
    m.put("sex", w.sex().label());
    m.put("areaA", g.a().name());
    m.put("areaACode", g.a().code());
    m.put("areaB", g.b().name());
    m.put("areaBCode", g.b().code());
    m.put("boundarySet", g.a().boundarySet());
    m.put("baselinePeriod", g.baselinePeriod().map(t -> t.label()).orElse(null));
    m.put("latestPeriod", g.latestPeriod().map(t -> t.label()).orElse(null));
    Map<String, Object> rest = gap(g);
    rest.remove("benchmark");
    rest.remove("benchmarkCode");
    m.putAll(rest);
    m.put("data", g.real() ? "real" : "illustrative: synthetic, not a published figure");
    return m;
  }

  private static Map<String, Object> goal(Goal g, Progress p) {
    Map<String, Object> m = new LinkedHashMap<>();
    Goal.Judged j = p.goal().orElseThrow();
    m.put("status", j.status().label());
    m.put("words", j.words());
    m.put("terms", g.describe(p.indicator().polarity(), p.indicator().unit()));
    if (g.threshold() instanceof Goal.Limit l) {
      m.put("limit", l.limit());
    } else if (g.threshold() instanceof Goal.Range r) {
      m.put("lower", r.lower());
      m.put("upper", r.upper());
    }
    m.put("useCi", g.useCi());
    m.put("by", g.by().isPresent() ? g.by().getAsInt() : null);
    m.put("source", g.source());
    return m;
  }

  private static Map<String, Object> chart(ProcessChart c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mean", Rounding.clean(c.limits().mean()));
    m.put("lowerLimit", Rounding.clean(c.limits().lower()));
    m.put("upperLimit", Rounding.clean(c.limits().upper()));
    m.put("variation", c.variation().words());
    m.put("assurance", c.assurance().map(a -> a.words()).orElse(null));
    List<Map<String, Object>> points = new ArrayList<>();
    for (int i = 0; i < c.values().size(); i++) {
      Map<String, Object> pt = new LinkedHashMap<>();
      pt.put("period", c.periods().get(i).label());
      pt.put("value", Rounding.clean(c.values().get(i)));
      pt.put("signals", c.signals().get(i).stream().sorted().map(s -> s.words()).toList());
      points.add(pt);
    }
    m.put("points", points);
    return m;
  }

  private static Double number(OptionalDouble d) {
    return d.isPresent() ? Rounding.clean(d.getAsDouble()) : null;
  }

  /** One row per item; a group of gap columns per benchmark any item has, in the order met. */
  static String csv(ProgressView v) {
    List<Area> benchmarks = new ArrayList<>();
    v.items()
        .forEach(
            i ->
                i.progress()
                    .benchmarkGaps()
                    .forEach(
                        g -> {
                          if (benchmarks.stream().noneMatch(b -> b.code().equals(g.b().code()))) {
                            benchmarks.add(g.b());
                          }
                        }));
    List<String> header =
        new ArrayList<>(
            List.of(
                "indicator",
                "title",
                "sex",
                "area",
                "areaCode",
                "unit",
                "baselinePeriod",
                "baselineValue",
                "baselineLower",
                "baselineUpper",
                "latestPeriod",
                "latestValue",
                "latestLower",
                "latestUpper",
                "latestIsStale",
                "change",
                "changeLower",
                "changeUpper",
                "direction",
                "reason",
                "goalStatus",
                "goal"));
    for (Area b : benchmarks) {
      String n = "gapTo" + b.name().replaceAll("[^A-Za-z0-9]", "");
      header.addAll(
          List.of(
              n + "Baseline",
              n + "Latest",
              n + "Change",
              n + "ChangeLower",
              n + "ChangeUpper",
              n + "Direction"));
    }
    header.addAll(List.of("real", "data", "source"));
    List<String[]> rows = new ArrayList<>();
    for (ProgressView.Item item : v.items()) {
      Map<String, Object> m = item(item);
      List<Object> cells = new ArrayList<>();
      for (String k : header.subList(0, 20)) {
        cells.add(m.get(k));
      }
      Progress p = item.progress();
      cells.add(p.goal().map(g -> g.status().label()).orElse(null));
      cells.add(
          p.goal()
              .map(
                  g ->
                      g.words()
                          + "; "
                          + p.indicator()
                              .goal()
                              .get()
                              .describe(p.indicator().polarity(), p.indicator().unit()))
              .orElse(null));
      for (Area b : benchmarks) {
        Optional<GapChange> g =
            p.benchmarkGaps().stream().filter(x -> x.b().code().equals(b.code())).findFirst();
        Map<String, Object> gm = g.map(ProgressOutput::gap).orElse(Map.of());
        for (String k :
            List.of(
                "baselineGap", "latestGap", "change", "changeLower", "changeUpper", "direction")) {
          cells.add(gm.get(k));
        }
      }
      cells.add(m.get("real"));
      cells.add(m.get("data"));
      cells.add(m.get("source"));
      rows.add(cells.stream().map(c -> c == null ? "" : String.valueOf(c)).toArray(String[]::new));
    }
    try {
      StringWriter w = new StringWriter();
      CsvWriter.write(w, header, rows);
      return w.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The progress in words, indicator by indicator, rounded to each one's decimals. */
  static String text(ProgressView v) {
    StringBuilder b = new StringBuilder();
    b.append("Progress since the baseline, as of ")
        .append(v.asOf())
        .append(v.baselineDate().map(d -> " (the strategy began " + d + ")").orElse(""))
        .append('\n');
    if (v.illustrative()) {
      b.append("Some figures are illustrative: synthetic, not published; each is labelled.\n");
    }
    String last = "";
    for (ProgressView.Item item : v.items()) {
      Progress p = item.progress();
      String heading = ProgressText.row(item).get(0);
      if (!heading.equals(last)) {
        b.append('\n').append(heading).append('\n');
        b.append("  baseline: ")
            .append(p.baseline().period().map(t -> t.label() + ", ").orElse(""))
            .append(p.baseline().basis())
            .append('\n');
        p.indicator()
            .goal()
            .ifPresent(
                g ->
                    b.append("  goal: ")
                        .append(g.describe(p.indicator().polarity(), p.indicator().unit()))
                        .append('\n'));
        last = heading;
      }
      b.append("  ")
          .append(p.area().name())
          .append(": ")
          .append(p.change().verdict().label())
          .append('\n');
      b.append("    ").append(ProgressText.sentence(item)).append('\n');
      Unit unit = p.indicator().unit();
      p.benchmarkGaps()
          .forEach(g -> b.append("    ").append(ProgressText.gapWords(g, unit)).append('\n'));
      p.goal()
          .ifPresent(
              g ->
                  b.append("    goal")
                      .append(p.latest().map(o -> ", " + o.period().label()).orElse(""))
                      .append(": ")
                      .append(g.status().label())
                      .append(": ")
                      .append(g.words())
                      .append('\n'));
      p.chart()
          .ifPresent(
              c ->
                  b.append("    process control: ")
                      .append(c.variation().words())
                      .append(c.assurance().map(a -> "; " + a.words()).orElse(""))
                      .append('\n'));
    }
    if (!v.wardGaps().isEmpty()) {
      b.append("\nHeadline ward gaps (male life expectancy)\n");
      for (ProgressView.WardGap w : v.wardGaps()) {
        b.append("  ").append(ProgressText.gapWords(w.change(), w.indicator().unit())).append('\n');
      }
    }
    return b.toString();
  }

  static String range(Interval i, int d) {
    return Figures.range(i, d);
  }
}
