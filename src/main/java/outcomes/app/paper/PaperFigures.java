package outcomes.app.paper;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import outcomes.app.GapJob;
import outcomes.app.GapSentence;
import outcomes.app.ReportViews;
import outcomes.model.Area;
import outcomes.model.Comparison;
import outcomes.model.Indicator;
import outcomes.model.Location;
import outcomes.model.Observation;
import outcomes.model.OutcomesException;
import outcomes.model.Rounding;
import outcomes.model.TimePeriod;
import outcomes.report.AreaFigure;
import outcomes.report.Figures;
import outcomes.report.IndicatorView;
import outcomes.report.PaperView.Note;
import outcomes.report.PaperView.Span;
import outcomes.report.PaperView.Words;
import outcomes.template.Kind;
import outcomes.template.Template.Arg;
import outcomes.template.Template.Placeholder;

/**
 * The placeholders that become words: a figure, a comparison, a trend, a gap in a sentence, a title
 * or a date. Each figure carries a footnote with its area, period, limits and source; a gap is
 * computed by {@link GapJob#gaps}, exactly as `outcomes gap` computes it.
 */
final class PaperFigures {
  private final PaperContext ctx;
  private final Map<String, PaperSnapshot.GapState> gaps = new TreeMap<>();
  private final PaperSummary summary;

  PaperFigures(PaperContext ctx) {
    this.ctx = ctx;
    this.summary = new PaperSummary(ctx);
  }

  /** The gaps reported so far, for the snapshot. */
  Map<String, PaperSnapshot.GapState> gaps() {
    return gaps;
  }

  List<Span> words(Placeholder p) {
    List<Arg> a = p.args();
    return switch (p.kind()) {
      case VALUE -> value(p);
      case GAP -> gap(p);
      case COMPARISON -> comparison(p);
      case TREND -> trend(p);
      case PERIOD ->
          text(
              ctx.view(a.get(0), arg(a, 1))
                  .latest()
                  .map(TimePeriod::label)
                  .orElse("no period yet"));
      case TITLE -> text(title(a));
      case DEFINITION -> text(ctx.views(a.get(0)).get(0).indicator().definition());
      case SOURCE -> text(ctx.views(a.get(0)).get(0).indicator().source().name());
      case OUTCOME -> text(ctx.title("outcome", ctx.number(a.get(0), "outcome")));
      case AMBITION -> text(ctx.title("ambition", ctx.number(a.get(0), "ambition")));
      case FRAMEWORK -> text(ctx.framework().title());
      case DATE -> text(Figures.date(ctx.dataDate));
      case AS_OF -> text(Figures.date(ctx.asOf));
      case SUMMARY -> summary.words(a.get(0));
      case VARIABLE -> text(variable(a.get(0)));
      // Progress words are PaperProgress's; the rest stand as blocks of their own.
      case PROGRESS, TABLE, CHART, CHANGES, FRESHNESS ->
          throw new IllegalStateException(p.kind() + " is not resolved here");
    };
  }

  private static List<Span> text(String s) {
    return List.of(Words.of(s));
  }

  private static Optional<Arg> arg(List<Arg> a, int i) {
    return a.size() > i ? Optional.of(a.get(i)) : Optional.empty();
  }

  private String title(List<Arg> a) {
    if (a.size() == 1 && !a.get(0).variable()) {
      return ctx.views(a.get(0)).get(0).indicator().title();
    }
    return ctx.view(a.get(0), arg(a, 1)).label();
  }

  private String variable(Arg a) {
    PaperContext.Binding b = ctx.binding(a);
    if (b instanceof PaperContext.IndicatorBinding ib) {
      return ib.view().label();
    }
    return String.valueOf(((PaperContext.NumberBinding) b).number());
  }

  /** {{value IND AREA [SEX] [period=P]}}: the area's figure for the period, or its latest. */
  private List<Span> value(Placeholder p) {
    IndicatorView v = ctx.view(p.args().get(0), arg(p.args(), 2));
    Optional<Area> found = ctx.areaInLoop(v, p.args().get(0), p.args().get(1));
    if (found.isEmpty()) {
      return text("no figure");
    }
    Observation o = figure(v, found.get(), p.option("period"));
    ctx.shows(o);
    String text = Figures.withUnit(o.value().getAsDouble(), v.indicator().unit());
    return List.of(
        Words.of(o.isReal() ? text : text + " (illustrative)"), new Note(footnote(v, o)));
  }

  private Observation figure(IndicatorView v, Area area, Optional<Arg> period) {
    List<Observation> figures =
        v.headlineFigures().stream()
            .filter(o -> o.area().code().equals(area.code()))
            .sorted(Comparator.comparing(Observation::period))
            .toList();
    if (period.isEmpty()) {
      return figures.get(figures.size() - 1);
    }
    TimePeriod wanted = period(period.get());
    return figures.stream()
        .filter(o -> o.period().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                PaperContext.error(
                    period.get().at(),
                    area.name()
                        + " has no figure for "
                        + wanted.label()
                        + " in "
                        + v.indicator().id()
                        + ": it has "
                        + figures.stream().map(o -> o.period().label()).toList()));
  }

  private static TimePeriod period(Arg a) {
    try {
      return TimePeriod.parse(a.text());
    } catch (IllegalArgumentException e) {
      throw PaperContext.error(a.at(), e.getMessage());
    }
  }

  /**
   * "Life expectancy at birth (male), Westminster (E09000033), 2021 - 23: 80.1 years (…). Source:
   * …"
   */
  String footnote(IndicatorView v, Observation o) {
    Indicator ind = v.indicator();
    StringBuilder b =
        new StringBuilder(v.label())
            .append(", ")
            .append(o.area())
            .append(", ")
            .append(o.period().label())
            .append(": ");
    b.append(
        o.value().isPresent()
            ? Figures.withUnit(o.value().getAsDouble(), ind.unit())
            : "no figure");
    o.ci95()
        .ifPresent(
            ci ->
                b.append(" (95% CI ").append(Figures.range(ci, ind.unit().decimals())).append(')'));
    if (!o.valueNote().isEmpty()) {
      b.append("; ").append(o.valueNote());
    }
    if (o.value().isPresent() && ctx.computed(ind, o)) {
      b.append("; computed by this tool from the published count (")
          .append(Figures.number(o.count().getAsDouble(), 0))
          .append(") and denominator (")
          .append(Figures.number(o.denominator().getAsDouble(), 0))
          .append("), with Wilson score limits");
    }
    b.append(". ").append(ctx.source(ind, o));
    if (!o.isReal() && !o.valueNote().toLowerCase(java.util.Locale.ROOT).contains("illustrative")) {
      b.append(" Illustrative: synthetic, not a published figure.");
    }
    return b.toString();
  }

  private AreaFigure focusFigure(IndicatorView v, Arg a) {
    Area area = ctx.focusArea(a);
    return v.focus().stream()
        .filter(f -> f.area().code().equals(area.code()))
        .findFirst()
        .orElseThrow(
            () -> PaperContext.error(a.at(), area.name() + " has no row for " + v.label()));
  }

  /** {{comparison IND AREA [SEX]}}: "better than England", for a focus area. */
  private List<Span> comparison(Placeholder p) {
    IndicatorView v = ctx.view(p.args().get(0), arg(p.args(), 2));
    AreaFigure f = focusFigure(v, p.args().get(1));
    if (f.figure().filter(Observation::hasValue).isEmpty()) {
      return text("not compared with England (no figure)");
    }
    Observation o = f.figure().get();
    ctx.shows(o);
    Optional<Observation> england = england(v);
    if (f.comparison() == Comparison.NOT_COMPARED) {
      return List.of(
          Words.of(compared(f.comparison())),
          new Note(
              whyNotCompared(v, f) == NotCompared.NO_ENGLAND
                  ? "The data have no figure for England for " + o.period().label() + "."
                  : "The source gives no confidence limits for "
                      + f.area().name()
                      + " in "
                      + o.period().label()
                      + " and no comparison of its own."));
    }
    String against =
        england
            .map(
                e -> "England's " + Figures.withUnit(e.value().getAsDouble(), v.indicator().unit()))
            .orElse("England");
    return List.of(
        Words.of(compared(f.comparison())),
        new Note(
            f.area().name()
                + " against "
                + against
                + ", "
                + o.period().label()
                + ": compared by 95% confidence intervals where the source gives them,"
                + " otherwise as the source itself compares."));
  }

  /** England's figure with a value for the indicator's latest period, if the data have one. */
  static Optional<Observation> england(IndicatorView v) {
    return v.benchmarks().stream()
        .filter(b -> b.area().code().equals(ReportViews.ENGLAND))
        .flatMap(b -> b.figure().stream())
        .filter(Observation::hasValue)
        .findFirst();
  }

  /** Why a figure is not compared with England, in the words {{summary comparisons}} counts by. */
  enum NotCompared {
    NO_FIGURE("no figure for the borough"),
    NO_ENGLAND("no figure for England in the data"),
    NO_LIMITS("no confidence limits, and no comparison of the source's own");

    final String words;

    NotCompared(String words) {
      this.words = words;
    }
  }

  /**
   * Why a focus figure judged NOT_COMPARED is not compared: as {@link ReportViews} judges, a figure
   * with limits is compared with England's value, one without takes the source's own comparison; so
   * it is for want of a figure, of England's, or of both limits and a comparison.
   */
  static NotCompared whyNotCompared(IndicatorView v, AreaFigure f) {
    if (f.figure().filter(Observation::hasValue).isEmpty()) {
      return NotCompared.NO_FIGURE;
    }
    return england(v).isEmpty() ? NotCompared.NO_ENGLAND : NotCompared.NO_LIMITS;
  }

  static String compared(Comparison c) {
    return switch (c) {
      case BETTER -> "better than England";
      case SIMILAR -> "similar to England";
      case WORSE -> "worse than England";
      case HIGHER -> "higher than England";
      case LOWER -> "lower than England";
      case NOT_COMPARED -> "not compared with England";
      case LOWEST_QUINTILE, LOW_QUINTILE, MIDDLE_QUINTILE, HIGH_QUINTILE, HIGHEST_QUINTILE ->
          "in England's " + c.label().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** {{trend IND AREA [SEX]}}: the recent trend, in Fingertips' words. */
  private List<Span> trend(Placeholder p) {
    IndicatorView v = ctx.view(p.args().get(0), arg(p.args(), 2));
    AreaFigure f = focusFigure(v, p.args().get(1));
    if (f.trend().isEmpty() || f.figure().isEmpty()) {
      return text("no trend (no figures)");
    }
    ctx.shows(f.figure().get());
    return List.of(
        Words.of(Figures.lowerFirst(f.trend())),
        new Note(
            "Recent trend for "
                + f.area().name()
                + " over the five most recent periods to "
                + f.figure().get().period().label()
                + ", assessed as Fingertips assesses it. "
                + ctx.source(v.indicator(), f.figure().get())));
  }

  /** {{gap IND [SEX] A vs B [period=P]}}: the gap in a sentence, from GapJob. */
  private List<Span> gap(Placeholder p) {
    List<Arg> a = p.args();
    Arg vs = a.get(a.size() - 2);
    if (!vs.text().equals("vs") || a.size() < 4) {
      throw PaperContext.error(vs.at(), "write the two areas as A vs B: " + Kind.GAP.usage());
    }
    IndicatorView v = ctx.view(a.get(0), a.size() == 5 ? Optional.of(a.get(1)) : Optional.empty());
    GapJob.Result r =
        gapResult(v, a.get(a.size() - 3), a.get(a.size() - 1), p.option("period"), "latest");
    GapJob.PeriodGap g = r.gaps().get(0);
    ctx.shows(g.a(), g.b());
    record(v, r, g);
    String source = ctx.source(v.indicator(), g.a().isReal() ? g.b() : g.a());
    return List.of(Words.of(GapSentence.of(v, r, g)), new Note(GapSentence.footnote(v, g, source)));
  }

  /** The gap as `outcomes gap` computes it, with errors placed at the template's arguments. */
  GapJob.Result gapResult(
      IndicatorView v, Arg areaA, Arg areaB, Optional<Arg> period, String dflt) {
    PaperContext.noVariable(areaA, "an area");
    PaperContext.noVariable(areaB, "an area");
    GapJob.Request request =
        new GapJob.Request(
            null,
            null,
            v.indicator().id(),
            areaA.text(),
            areaB.text(),
            Optional.of(v.sex()),
            period.map(Arg::text).orElse(dflt));
    try {
      GapJob.Result r = GapJob.gaps(ctx.indicatorData(v), request);
      // AreaMatch's notes start with the name asked for: each goes to the argument it is about
      r.notes()
          .forEach(
              n ->
                  ctx.note(
                      n.startsWith("'" + areaB.text().strip() + "'") ? areaB.at() : areaA.at(), n));
      return r;
    } catch (OutcomesException e) {
      Location where =
          e.location() == null ? areaA.at() : placeOf(e.location().file(), areaA, areaB, period);
      throw PaperContext.error(where, v.indicator().id() + ": " + e.getMessage());
    }
  }

  private static Location placeOf(String option, Arg areaA, Arg areaB, Optional<Arg> period) {
    if (option.equals("--vs")) {
      return areaB.at();
    }
    if (option.equals("--period") && period.isPresent()) {
      return period.get().at();
    }
    return areaA.at();
  }

  private void record(IndicatorView v, GapJob.Result r, GapJob.PeriodGap g) {
    String key = PaperSnapshot.key(v) + "|" + r.areaA().code() + "|" + r.areaB().code();
    gaps.put(
        key,
        new PaperSnapshot.GapState(
            v.label(),
            r.areaA().name(),
            r.areaB().name(),
            g.period().label(),
            Rounding.clean(g.gap().difference()),
            g.gap().ci95().map(i -> Rounding.clean(i.lower())).orElse(null),
            g.gap().ci95().map(i -> Rounding.clean(i.upper())).orElse(null),
            g.gap().significant().orElse(null),
            v.indicator().unit().decimals(),
            v.indicator().unit().label(),
            g.a().isReal() && g.b().isReal()));
  }
}
