package outcomes.app.paper;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import outcomes.app.IndicatorData;
import outcomes.app.ReportViews;
import outcomes.freshness.Verdict;
import outcomes.model.Area;
import outcomes.model.Comparison;
import outcomes.model.Observation;
import outcomes.model.TimePeriod;
import outcomes.report.AreaFigure;
import outcomes.report.Colours;
import outcomes.report.Figures;
import outcomes.report.IndicatorView;
import outcomes.report.PaperView.Block;
import outcomes.report.PaperView.Cell;
import outcomes.report.PaperView.Para;
import outcomes.report.PaperView.Table;
import outcomes.report.PaperView.Words;
import outcomes.report.WardTable;
import outcomes.stats.Judgement;
import outcomes.template.Template.Arg;
import outcomes.template.Template.Placeholder;

/**
 * The tables a template asks for: the framework at a glance (for an ambition, an outcome or all
 * indicators), the four outcomes in summary, a borough's wards ranked, and the freshness annex.
 * Each caption gives the sources and periods; illustrative rows say so.
 */
final class PaperTables {
  private static final String ENGLAND = ReportViews.ENGLAND;
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private final PaperContext ctx;

  PaperTables(PaperContext ctx) {
    this.ctx = ctx;
  }

  /** {{table …}}: the table, or a sentence where there is nothing to tabulate. */
  Optional<Block> table(Placeholder p) {
    List<Arg> a = p.args();
    String what = a.get(0).text();
    PaperContext.noVariable(a.get(0), "a kind of table");
    switch (what) {
      case "ambition":
      case "outcome":
        expect(p, 2);
        int n = ctx.number(a.get(1), what);
        List<IndicatorView> views =
            ctx.view.indicators().stream()
                .filter(
                    v ->
                        (what.equals("ambition")
                                ? v.indicator().ambition()
                                : v.indicator().outcome())
                            == n)
                .toList();
        return Optional.of(
            views.isEmpty()
                ? new Para(
                    List.of(
                        Words.of("No indicator of the framework measures this " + what + " yet.")))
                : glance(views, what + " " + n + ", " + Figures.lowerFirst(ctx.title(what, n))));
      case "indicators":
        expect(p, 1);
        return Optional.of(glance(ctx.view.indicators(), "every indicator"));
      case "outcomes":
        expect(p, 1);
        return Optional.of(outcomes());
      case "wards":
        return wards(p);
      default:
        throw PaperContext.error(
            a.get(0).at(), "no table '" + what + "': write " + p.kind().usage());
    }
  }

  private static void expect(Placeholder p, int args) {
    if (p.args().size() != args) {
      Arg where = p.args().get(Math.min(args, p.args().size() - 1));
      throw PaperContext.error(
          where.at(),
          "{{table "
              + p.args().get(0).text()
              + "}} takes "
              + (args - 1 == 0 ? "nothing more" : "one number")
              + ": write "
              + p.kind().usage());
    }
  }

  /** The framework at a glance: one row per indicator and sex. */
  Table glance(List<IndicatorView> views, String what) {
    List<Area> focus =
        ctx.framework().focusAreas().stream()
            .map(c -> ctx.framework().area(c).orElse(new Area(c, c, "", "")))
            .toList();
    List<String> header = new ArrayList<>(List.of("Indicator", "Period"));
    List<Integer> widths = new ArrayList<>(List.of(27, 10));
    for (Area f : focus) {
      header.addAll(List.of(f.name() + " (vs England)", "Recent trend"));
      widths.addAll(List.of(14, 13));
    }
    header.add("England");
    widths.add(9);
    List<List<Cell>> rows = new ArrayList<>();
    Map<String, String> sources = new LinkedHashMap<>();
    boolean anyStale = false;
    for (IndicatorView v : views) {
      List<Cell> row = new ArrayList<>();
      boolean illustrative = shown(v);
      row.add(Cell.of(v.label() + (illustrative ? " (illustrative)" : "")));
      // a stale source is called stale beside its figure, not only in the annex
      boolean stale =
          ctx.verdicts().get(v.indicator().id()).status() == outcomes.freshness.Status.STALE;
      anyStale |= stale;
      row.add(
          Cell.of(
              v.latest().map(TimePeriod::label).orElse("no data")
                  + (stale ? "\n" + OUT_OF_DATE : "")));
      for (AreaFigure f : v.focus()) {
        Comparison c =
            f.figure().filter(Observation::hasValue).isPresent()
                ? f.comparison()
                : Comparison.NOT_COMPARED;
        row.add(new Cell(value(v, f.figure()) + "\n" + c.label(), Colours.of(c), true));
        row.add(Cell.of(f.trend().isEmpty() ? "–" : f.trend()));
      }
      row.add(Cell.of(value(v, england(v))));
      rows.add(row);
      List<Observation> shown = new ArrayList<>();
      v.focus().forEach(f -> f.figure().ifPresent(shown::add));
      england(v).ifPresent(shown::add);
      sources.put(
          v.indicator().title(),
          shown.isEmpty()
              ? v.indicator().source().name()
              : String.join(
                  "; ", shown.stream().map(o -> v.indicator().sourceOf(o)).distinct().toList()));
    }
    return new Table(
        header,
        widths,
        rows,
        "The framework at a glance: "
            + what
            + ". Each indicator's most"
            + " recent period in the data with a figure for "
            + ctx.focusWords().either()
            + ", "
            + ctx.focusWords().eachs()
            + " figure shaded by its comparison with"
            + " England (better green, similar amber, worse red, not compared grey), compared by 95% confidence intervals"
            + " where the source gives them, otherwise as the source compares; recent trend over the five"
            + " most recent periods, as Fingertips assesses it."
            + (anyStale
                ? " A period marked "
                    + OUT_OF_DATE
                    + " is one whose next release was overdue on "
                    + Figures.date(ctx.asOf)
                    + " (the annex says when it was due)."
                : "")
            + " Sources: "
            + sources(sources)
            + ".");
  }

  /** What the glance table writes under a period whose source is stale as of the paper's day. */
  static final String OUT_OF_DATE = "(out of date)";

  private boolean shown(IndicatorView v) {
    boolean illustrative =
        v.focus().stream().flatMap(f -> f.figure().stream()).anyMatch(o -> !o.isReal())
            || england(v).filter(o -> !o.isReal()).isPresent();
    ctx.showsIllustrative(illustrative);
    return illustrative;
  }

  private static Optional<Observation> england(IndicatorView v) {
    return v.benchmarks().stream()
        .filter(b -> b.area().code().equals(ENGLAND))
        .findFirst()
        .flatMap(AreaFigure::figure);
  }

  private static String value(IndicatorView v, Optional<Observation> o) {
    return o.filter(Observation::hasValue)
        .map(x -> Figures.withUnit(x.value().getAsDouble(), v.indicator().unit()))
        .orElse("–");
  }

  static Cell comparisonCell(Comparison c) {
    String fill = Colours.of(c);
    return new Cell(c.label(), fill, false);
  }

  private static String sources(Map<String, String> sources) {
    List<String> parts = new ArrayList<>();
    sources.forEach((title, source) -> parts.add(title + ": " + source));
    return String.join("; ", parts);
  }

  /** The four outcomes: how many indicators each has, and how the boroughs compare with England. */
  private Table outcomes() {
    List<String> focus = ctx.framework().focusAreas();
    List<String> header = new ArrayList<>(List.of("Outcome", "Indicators"));
    List<Integer> widths = new ArrayList<>(List.of(40, 12));
    for (String code : focus) {
      header.add(
          ctx.framework().area(code).map(Area::name).orElse(code) + " compared with England");
      widths.add(25);
    }
    List<List<Cell>> rows = new ArrayList<>();
    ctx.framework()
        .outcomes()
        .forEach(
            (n, title) -> {
              List<IndicatorView> views =
                  ctx.view.indicators().stream().filter(v -> v.indicator().outcome() == n).toList();
              List<Cell> row = new ArrayList<>();
              row.add(Cell.of(n + ". " + title));
              row.add(
                  Cell.of(
                      String.valueOf(
                          views.stream().map(v -> v.indicator().id()).distinct().count())));
              for (String code : focus) {
                row.add(Cell.of(counts(views, code)));
              }
              rows.add(row);
            });
    return new Table(
        header,
        widths,
        rows,
        "The "
            + Figures.count(ctx.framework().outcomes().size())
            + " outcomes of the strategy: how many indicators follow"
            + " each, and how "
            + ctx.focusWords().eachs()
            + " most recent figures in the data compare with England's (an indicator given for boys"
            + " and girls is compared for each). \"Not compared\" where the source gives no limits or the data have"
            + " no figure for England. Sources and periods: the tables under each ambition.");
  }

  private static String counts(List<IndicatorView> views, String code) {
    Map<Comparison, Integer> n = new LinkedHashMap<>();
    for (IndicatorView v : views) {
      v.focus().stream()
          .filter(f -> f.area().code().equals(code))
          .findFirst()
          .ifPresent(
              f ->
                  n.merge(
                      f.figure().filter(Observation::hasValue).isPresent()
                          ? f.comparison()
                          : Comparison.NOT_COMPARED,
                      1,
                      Integer::sum));
    }
    List<String> parts = new ArrayList<>();
    for (Comparison c : Comparison.values()) {
      if (n.containsKey(c)) {
        parts.add(n.get(c) + " " + c.label().toLowerCase(Locale.ROOT));
      }
    }
    return parts.isEmpty() ? "no indicators" : String.join(", ", parts);
  }

  /** {{table wards IND AREA [SEX]}}: the borough's wards ranked, each against the borough. */
  private Optional<Block> wards(Placeholder p) {
    List<Arg> a = p.args();
    if (a.size() < 3) {
      throw PaperContext.error(
          p.at(), "{{table wards}} needs an indicator and a borough: write " + p.kind().usage());
    }
    IndicatorView v = ctx.view(a.get(1), a.size() > 3 ? Optional.of(a.get(3)) : Optional.empty());
    Area borough = ctx.focusArea(a.get(2));
    Optional<WardTable> t =
        v.wardTables().stream().filter(w -> w.parent().code().equals(borough.code())).findFirst();
    if (t.isEmpty()) {
      if (a.get(1).variable()) {
        ctx.leftOut(p.at(), "ward table of " + v.label() + " for " + borough.name());
        return Optional.empty();
      }
      throw PaperContext.error(
          a.get(1).at(), v.label() + " has no figures for the wards of " + borough.name());
    }
    return Optional.of(wardTable(v, t.get()));
  }

  private Table wardTable(IndicatorView v, WardTable t) {
    int d = v.indicator().unit().decimals();
    List<List<Cell>> rows = new ArrayList<>();
    Set<String> files = new LinkedHashSet<>();
    boolean illustrative = false;
    for (int i = 0; i < t.spread().ranked().size(); i++) {
      Observation o = t.spread().ranked().get(i);
      Judgement j = t.spread().judgements().get(i);
      illustrative |= !o.isReal();
      files.add(ctx.file(o));
      String value =
          Figures.withUnit(o.value().getAsDouble(), v.indicator().unit())
              + o.ci95().map(ci -> " (" + Figures.range(ci, d) + ")").orElse("");
      rows.add(
          List.of(
              Cell.of(String.valueOf(i + 1)),
              Cell.of(o.area().name()),
              Cell.of(value),
              comparisonCell(j.comparison())));
    }
    ctx.showsIllustrative(illustrative);
    String borough =
        t.parentFigure()
            .filter(Observation::hasValue)
            .map(o -> " (" + Figures.withUnit(o.value().getAsDouble(), v.indicator().unit()) + ")")
            .orElse("");
    return new Table(
        List.of("Rank", "Ward", "Value (95% CI)", "vs " + t.parent().name()),
        List.of(6, 30, 30, 20),
        rows,
        v.label()
            + ": the wards of "
            + t.parent().name()
            + ", "
            + t.period().label()
            + ", best first,"
            + " each compared with the borough"
            + borough
            + " by 95% confidence intervals. Source: "
            + String.join(
                "; ",
                t.spread().ranked().stream()
                    .map(o -> v.indicator().sourceOf(o))
                    .distinct()
                    .toList())
            + "; data file "
            + String.join(", ", files)
            + "."
            + (illustrative ? " Illustrative: synthetic figures, not published ones." : ""));
  }

  /** {{freshness}}: each indicator's verdict as `outcomes freshness` gives it. */
  Table freshness() {
    List<List<Cell>> rows = new ArrayList<>();
    Map<String, Verdict> verdicts = ctx.verdicts();
    List<IndicatorData> indicators = new ArrayList<>(ctx.data.indicators());
    // the stale first, as the Board needs to know; then due, unknown and fresh, by title
    indicators.sort(
        java.util.Comparator.comparingInt(
                (IndicatorData d) -> order(verdicts.get(d.indicator().id())))
            .thenComparing(d -> d.indicator().title()));
    for (IndicatorData d : indicators) {
      Verdict v = verdicts.get(d.indicator().id());
      rows.add(
          List.of(
              Cell.of(d.indicator().title()),
              Cell.of(v.latest().map(TimePeriod::label).orElse("–")),
              statusCell(v),
              Cell.of(v.next().map(r -> MONTH.format(r.month())).orElse("–")),
              Cell.of(v.reason())));
    }
    return new Table(
        List.of("Indicator", "Real data to", "Status", "Next release expected", "Why"),
        List.of(24, 12, 11, 13, 40),
        rows,
        "How up to date each source is, as of "
            + Figures.date(ctx.asOf)
            + ", judged as outcomes freshness judges it: from each indicator's publication cadence and the"
            + " most recent real period in its data (illustrative figures are not judged).");
  }

  private static int order(Verdict v) {
    return switch (v.status()) {
      case STALE -> 0;
      case DUE -> 1;
      case UNKNOWN -> 2;
      case FRESH -> 3;
    };
  }

  private static Cell statusCell(Verdict v) {
    return switch (v.status()) {
      case STALE -> new Cell("Stale", Colours.WORSE, true);
      case DUE -> new Cell("Due", Colours.SIMILAR, false);
      case FRESH -> new Cell("Fresh", Colours.BETTER, false);
      case UNKNOWN -> new Cell("Unknown", Colours.NOT_COMPARED, false);
    };
  }
}
