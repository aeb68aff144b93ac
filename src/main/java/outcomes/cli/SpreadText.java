package outcomes.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import outcomes.app.WithinJob;
import outcomes.model.Comparison;
import outcomes.model.Observation;
import outcomes.model.Rounding;
import outcomes.report.Figures;
import outcomes.stats.Gap;
import outcomes.stats.Judgement;
import outcomes.stats.Spread;

/** `gap --within`: the spread across a parent's areas, in words, JSON or CSV. */
final class SpreadText {
  private SpreadText() {}

  static String of(WithinJob.Result r) {
    int d = r.indicator().unit().decimals();
    String unit = r.indicator().unit().label();
    Spread s = r.spread();
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%s, %s, %s: %d areas within %s%n",
            r.indicator().title(),
            r.sex().label(),
            r.period().label(),
            s.ranked().size(),
            parent(r)));
    if (r.illustrative()) {
      b.append("Illustrative data: synthetic, not a published figure\n");
    }
    r.parent()
        .ifPresent(
            p ->
                b.append(
                    String.format(
                        Locale.ROOT,
                        "  %-7s%-40s %s%n",
                        "Parent",
                        p.area(),
                        GapCommand.GapText.figure(p, d, unit))));
    s.best().ifPresent(o -> b.append(line("Best", o, d, unit)));
    s.worst().ifPresent(o -> b.append(line("Worst", o, d, unit)));
    s.widest().ifPresent(g -> b.append(gap(g, d, unit)));
    if (r.parent().isPresent()) {
      b.append("  Against ")
          .append(r.parent().get().area().name())
          .append(": ")
          .append(tally(s.judgements()))
          .append('\n');
    }
    b.append(
        "  Slope index of inequality: not computed, the data give no deprivation rank for"
            + " these areas\n");
    b.append("\nSource: ").append(r.indicator().source().name()).append('\n');
    return b.toString();
  }

  private static String parent(WithinJob.Result r) {
    return r.parent().map(p -> p.area().toString()).orElse(r.parentCode());
  }

  private static String line(String label, Observation o, int d, String unit) {
    return String.format(
        Locale.ROOT, "  %-7s%-40s %s%n", label, o.area(), GapCommand.GapText.figure(o, d, unit));
  }

  private static String gap(Gap g, int d, String unit) {
    StringBuilder b =
        new StringBuilder("  Best - worst = ")
            .append(Figures.number(g.difference(), d))
            .append(' ')
            .append(unit);
    g.ci95().ifPresent(ci -> b.append(" (95% CI ").append(Figures.range(ci, d)).append(')'));
    return b.append('\n').toString();
  }

  private static String tally(List<Judgement> judgements) {
    Map<Comparison, Integer> counts = new LinkedHashMap<>();
    judgements.forEach(j -> counts.merge(j.comparison(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((c, n) -> parts.add(n + " " + c.label().toLowerCase(Locale.ROOT)));
    return String.join(", ", parts);
  }

  /** One row per area, best first, with its comparison against the parent. */
  static String structured(WithinJob.Result r, Format format) {
    List<Map<String, Object>> rows = new ArrayList<>();
    Spread s = r.spread();
    for (int i = 0; i < s.ranked().size(); i++) {
      Observation o = s.ranked().get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("indicator", r.indicator().id());
      m.put("sex", r.sex().label());
      m.put("period", r.period().label());
      m.put("parentCode", r.parentCode());
      m.put("rank", i + 1);
      m.put("area", o.area().name());
      m.put("areaCode", o.area().code());
      m.put("value", Rounding.clean(o.value().getAsDouble()));
      m.put("lower", o.ci95().map(ci -> Rounding.clean(ci.lower())).orElse(null));
      m.put("upper", o.ci95().map(ci -> Rounding.clean(ci.upper())).orElse(null));
      m.put("comparedToParent", s.judgements().get(i).label());
      m.put("real", o.isReal());
      rows.add(m);
    }
    if (format == Format.csv) {
      return GapCommand.csv(rows);
    }
    Map<String, Object> top = new LinkedHashMap<>();
    top.put("indicator", r.indicator().id());
    top.put("period", r.period().label());
    top.put("parentCode", r.parentCode());
    top.put(
        "parentValue", r.parent().map(p -> Rounding.clean(p.value().getAsDouble())).orElse(null));
    s.widest()
        .ifPresent(
            g -> {
              top.put("range", Rounding.clean(g.magnitude()));
              top.put("gap", Rounding.clean(g.difference()));
              top.put("lower", g.ci95().map(ci -> Rounding.clean(ci.lower())).orElse(null));
              top.put("upper", g.ci95().map(ci -> Rounding.clean(ci.upper())).orElse(null));
            });
    top.put("best", s.best().map(o -> o.area().code()).orElse(null));
    top.put("worst", s.worst().map(o -> o.area().code()).orElse(null));
    top.put("areas", rows);
    top.put("real", !r.illustrative());
    return Json.write(top);
  }
}
