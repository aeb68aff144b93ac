package outcomes.app.paper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import outcomes.app.GapJob;
import outcomes.model.Area;
import outcomes.model.GoalStatus;
import outcomes.model.Observation;
import outcomes.report.Colours;
import outcomes.report.Figures;
import outcomes.report.IndicatorView;
import outcomes.report.PaperView.Block;
import outcomes.report.PaperView.Cell;
import outcomes.report.PaperView.Note;
import outcomes.report.PaperView.Para;
import outcomes.report.PaperView.Span;
import outcomes.report.PaperView.Table;
import outcomes.report.PaperView.Words;
import outcomes.report.ProgressText;
import outcomes.report.ProgressView;
import outcomes.stats.ChangeVerdict;
import outcomes.stats.GapChange;
import outcomes.template.Kind;
import outcomes.template.Template.Arg;
import outcomes.template.Template.Placeholder;

/**
 * Progress since the strategy's baseline in the paper, in {@link ProgressText}'s words, from the
 * view `outcomes progress` gives on the same data and day ({@link PaperContext#progress}): the
 * "Progress since 2023" table of an outcome ({@code {{table progress N}}}), a focus area's change
 * in a sentence ({@code {{progress INDICATOR AREA [SEX]}}}) and a headline ward gap then and now
 * ({@code {{progress gap INDICATOR [SEX] A vs B}}}). Each says how change is judged and labels what
 * is illustrative; the words are the view's, so the paper never says more than the command does.
 */
final class PaperProgress {
  private final PaperContext ctx;
  private final PaperFigures figures;

  PaperProgress(PaperContext ctx, PaperFigures figures) {
    this.ctx = ctx;
    this.figures = figures;
  }

  /** The method in a footnote's words: the table's caption says it in full. */
  static final String IN_SHORT =
      "The change's 95% confidence interval takes the two figures as independent"
          + " estimates, with standard errors from their published limits.";

  /** {{table progress N}}: one row per indicator, sex and borough of outcome N. */
  Block table(Placeholder p) {
    List<Arg> a = p.args();
    if (a.size() != 2) {
      Arg where = a.get(Math.min(2, a.size() - 1));
      throw PaperContext.error(
          a.size() < 2 ? p.at() : where.at(),
          "{{table progress}} takes one outcome number: write {{table progress N}}");
    }
    int n = ctx.number(a.get(1), "outcome");
    ProgressView view = ctx.progress();
    List<ProgressView.Item> items = view.outcome(n);
    if (items.isEmpty()) {
      return new Para(
          List.of(Words.of("No indicator of the framework measures this outcome yet.")));
    }
    List<List<Cell>> rows = new ArrayList<>();
    Map<String, String> sources = new LinkedHashMap<>();
    boolean illustrative = false;
    boolean stale = false;
    for (ProgressView.Item item : items) {
      List<String> cells = ProgressText.row(item);
      ChangeVerdict verdict = item.progress().change().verdict();
      List<Cell> row = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        String column = ProgressText.COLUMNS.get(i);
        row.add(
            column.equals("Verdict")
                ? new Cell(cells.get(i), fill(verdict), false)
                : column.equals("Goal")
                    ? new Cell(
                        cells.get(i),
                        item.progress().goal().map(g -> fill(g.status())).orElse(""),
                        false)
                    : Cell.of(cells.get(i)));
      }
      rows.add(row);
      illustrative |= !item.progress().real();
      stale |= item.stale() && item.progress().latest().isPresent();
      List<Observation> shown = shown(item);
      sources.merge(
          item.indicator().title(),
          String.join(
              "; ", shown.stream().map(o -> item.indicator().sourceOf(o)).distinct().toList()),
          (x, y) -> x.equals(y) || y.isEmpty() ? x : x.isEmpty() ? y : x + "; " + y);
    }
    ctx.showsIllustrative(illustrative);
    return new Table(
        ProgressText.COLUMNS,
        List.of(17, 13, 11, 15, 13, 23, 8),
        rows,
        ProgressText.heading(view)
            + ": outcome "
            + n
            + ", "
            + Figures.lowerFirst(ctx.title("outcome", n))
            + ". For each indicator and "
            + ctx.focusWords().noun()
            + ", the figure at the strategy's baseline"
            + baselineWords(view)
            + " and the most recent comparable figure in the data. "
            + ProgressText.METHOD
            + " Verdicts are read through each indicator's polarity (improved green, worsened red, no significant"
            + " change amber, cannot be judged grey); a goal is shown only where someone has set one, with who set it"
            + " in the indicator file."
            + (stale
                ? " A figure marked as the most recent in the data is from a"
                    + " source whose next release was overdue on "
                    + Figures.date(ctx.asOf)
                    + "."
                : "")
            + (illustrative
                ? " Rows marked (illustrative) are made from synthetic figures, not published ones,"
                    + " and their changes must not be quoted."
                : "")
            + " Sources: "
            + sources(sources)
            + ".");
  }

  /**
   * " (the period the strategy cites, or else …)": the data do not say when a period was published,
   * so the words say the cadence judged it, never "the latest published".
   */
  private static String baselineWords(ProgressView view) {
    return view.baselineDate()
        .map(
            d ->
                " (the period the strategy cites, or else the latest period whose release"
                    + " the indicator's publication cadence puts before "
                    + Figures.date(d)
                    + ")")
        .orElse(" (the period the strategy cites)");
  }

  private static String sources(Map<String, String> sources) {
    List<String> parts = new ArrayList<>();
    sources.forEach(
        (title, source) ->
            parts.add(source.isEmpty() ? title + ": no figures" : title + ": " + source));
    return String.join("; ", parts);
  }

  /** Verdicts coloured as Fingertips colours comparisons, and always written in words too. */
  private static String fill(ChangeVerdict v) {
    return v == ChangeVerdict.IMPROVED
        ? Colours.BETTER
        : v == ChangeVerdict.WORSENED
            ? Colours.WORSE
            : v == ChangeVerdict.INCREASED
                ? Colours.HIGHER
                : v == ChangeVerdict.DECREASED
                    ? Colours.LOWER
                    : v == ChangeVerdict.NO_SIGNIFICANT_CHANGE
                        ? Colours.SIMILAR
                        : Colours.NOT_COMPARED;
  }

  private static String fill(GoalStatus s) {
    return s == GoalStatus.GREEN
        ? Colours.BETTER
        : s == GoalStatus.AMBER
            ? Colours.SIMILAR
            : s == GoalStatus.RED ? Colours.WORSE : Colours.NOT_COMPARED;
  }

  private static List<Observation> shown(ProgressView.Item item) {
    return Stream.of(item.progress().baselineFigure(), item.progress().latest())
        .flatMap(Optional::stream)
        .toList();
  }

  /** {{progress …}}: a focus area's change since the baseline, or a headline gap's. */
  List<Span> words(Placeholder p) {
    List<Arg> a = p.args();
    if (a.get(0).text().equals("gap") && !a.get(0).variable()) {
      return gap(p);
    }
    if (a.get(0).text().equals("heading") && !a.get(0).variable()) {
      if (a.size() > 1) {
        throw PaperContext.error(
            a.get(1).at(), "{{progress heading}} takes nothing more: write {{progress heading}}");
      }
      return List.of(Words.of(ProgressText.heading(ctx.progress())));
    }
    if (a.size() < 2) {
      throw PaperContext.error(
          p.at(),
          "{{progress " + a.get(0).text() + "}} needs an area: write " + Kind.PROGRESS.usage());
    }
    if (a.size() > 3) {
      throw PaperContext.error(
          a.get(3).at(),
          "{{progress}} takes an indicator, an area and a sex at most: write "
              + Kind.PROGRESS.usage());
    }
    IndicatorView v = ctx.view(a.get(0), a.size() > 2 ? Optional.of(a.get(2)) : Optional.empty());
    Area area = ctx.focusArea(a.get(1));
    Optional<ProgressView.Item> found =
        ctx.progress().item(v.indicator().id(), v.sex(), area.code());
    if (found.isEmpty()) {
      if (a.get(0).variable()) {
        ctx.leftOut(p.at(), "progress of " + v.label() + " in " + area.name());
        return List.of(Words.of("no figure"));
      }
      throw PaperContext.error(
          a.get(0).at(),
          v.label() + " has no progress for " + area.name() + ": the data have no figures for it");
    }
    ProgressView.Item item = found.get();
    shown(item).forEach(ctx::shows);
    ctx.showsIllustrative(!item.progress().real());
    return List.of(Words.of(ProgressText.sentence(item)), new Note(footnote(v, item)));
  }

  /**
   * "Life expectancy at birth (male), Westminster (E09000033): baseline 2018 - 20 (the period the
   * strategy cites…), 81.0 years; most recent comparable in the data, 2023 - 25, 82.5 years. The
   * change … Source: …".
   */
  private String footnote(IndicatorView v, ProgressView.Item item) {
    var p = item.progress();
    StringBuilder b =
        new StringBuilder(v.label())
            .append(", ")
            .append(p.area())
            .append(": baseline ")
            .append(p.baseline().period().map(t -> t.label()).orElse("none"))
            .append(" (")
            .append(p.baseline().basis())
            .append(")");
    p.baselineFigure()
        .filter(Observation::hasValue)
        .ifPresent(o -> b.append(", ").append(figure(v, o)));
    // never "latest": a stale source's figure is the most recent in the data, a newer one overdue
    p.latest()
        .filter(Observation::hasValue)
        .ifPresent(
            o ->
                b.append(
                        p.baselineFigure().isPresent()
                            ? "; most recent comparable in the data, "
                            : "; most recent in the data, ")
                    .append(o.period().label())
                    .append(", ")
                    .append(figure(v, o))
                    .append(item.stale() ? " (a newer release is overdue)" : ""));
    b.append(". ").append(IN_SHORT).append(" Here: ").append(p.change().reason()).append('.');
    for (Observation o : shown(item)) {
      String source = ctx.source(v.indicator(), o);
      if (b.indexOf(source) < 0) {
        b.append(' ').append(source);
      }
    }
    if (!p.real()) {
      b.append(" Illustrative: synthetic, not published figures.");
    }
    return b.toString();
  }

  private static String figure(IndicatorView v, Observation o) {
    return Figures.withUnit(o.value().getAsDouble(), v.indicator().unit())
        + o.ci95()
            .map(ci -> " (95% CI " + Figures.range(ci, v.indicator().unit().decimals()) + ")")
            .orElse("");
  }

  /**
   * {{progress gap IND [SEX] A vs B}}: one of framework.yaml's headline gaps, at the baseline and
   * now. The areas are found as {{gap}} finds them, so the same words name the same wards.
   */
  private List<Span> gap(Placeholder p) {
    List<Arg> a = p.args();
    Arg vs = a.get(a.size() - 2);
    if (a.size() < 5 || a.size() > 6 || !vs.text().equals("vs")) {
      throw PaperContext.error(
          a.size() < 5 ? p.at() : a.size() > 6 ? a.get(6).at() : vs.at(),
          "write the gap as {{progress gap INDICATOR [SEX] AREA vs AREA}}");
    }
    IndicatorView v = ctx.view(a.get(1), a.size() == 6 ? Optional.of(a.get(2)) : Optional.empty());
    GapJob.Result r =
        figures.gapResult(v, a.get(a.size() - 3), a.get(a.size() - 1), Optional.empty(), "all");
    Optional<ProgressView.WardGap> found =
        ctx.progress().wardGaps().stream()
            .filter(
                g ->
                    g.indicator().id().equals(v.indicator().id())
                        && g.sex() == v.sex()
                        && g.change().a().code().equals(r.areaA().code())
                        && g.change().b().code().equals(r.areaB().code()))
            .findFirst();
    if (found.isEmpty()) {
      throw PaperContext.error(
          a.get(a.size() - 3).at(),
          r.areaA().name()
              + " ("
              + r.areaA().code()
              + ") vs "
              + r.areaB().name()
              + " ("
              + r.areaB().code()
              + ") is not one of framework.yaml's headline-gaps for "
              + v.label()
              + ": progress is followed for those gaps only; add the pair there");
    }
    GapChange g = found.get().change();
    g.figures().forEach(ctx::shows);
    ctx.showsIllustrative(!g.real());
    return List.of(
        Words.of(Figures.capitalised(ProgressText.gapWords(g, v.indicator().unit()))),
        new Note(gapFootnote(v, g)));
  }

  private String gapFootnote(IndicatorView v, GapChange g) {
    StringBuilder b =
        new StringBuilder("The gap in ")
            .append(Figures.lowerFirst(v.label()))
            .append(" between ")
            .append(g.a())
            .append(" and ")
            .append(g.b())
            .append(" since the strategy's baseline, one of framework.yaml's" + " headline gaps");
    List<String> shown = new ArrayList<>();
    for (Observation o : g.figures()) {
      shown.add(o.area().name() + ", " + o.period().label() + ": " + figure(v, o));
    }
    b.append(shown.isEmpty() ? "" : ": " + String.join("; ", shown))
        .append(
            ". The change in the gap has a 95%"
                + " confidence interval from the four figures' published limits, taken as independent estimates; wards are"
                + " compared only within one set of boundaries. Here: ")
        .append(g.reason())
        .append('.');
    g.figures().stream()
        .map(o -> ctx.source(v.indicator(), o))
        .distinct()
        .forEach(s -> b.append(' ').append(s));
    if (!g.real()) {
      b.append(" Illustrative: synthetic, not published figures.");
    }
    return b.toString();
  }
}
