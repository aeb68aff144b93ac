package outcomes.app.paper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import outcomes.app.DataLoader;
import outcomes.app.IndicatorData;
import outcomes.freshness.Status;
import outcomes.freshness.Verdict;
import outcomes.model.Comparison;
import outcomes.model.Observation;
import outcomes.report.AreaFigure;
import outcomes.report.Figures;
import outcomes.report.IndicatorView;
import outcomes.report.PaperView.Note;
import outcomes.report.PaperView.Span;
import outcomes.report.PaperView.Words;
import outcomes.template.Kind;
import outcomes.template.Template.Arg;

/**
 * {@code {{summary freshness|comparisons|trends|computed}}}: one sentence counting, from the data,
 * how many of the framework's indicators are up to date, are compared with England, have a recent
 * trend, or have figures this tool computed, and why the rest are not; a footnote names them. Each
 * count rests on the judgement the rest of the paper shows (the annex's freshness verdicts, the
 * comparisons and trends of the tables at a glance, the loader's computed proportions), never on a
 * rule of its own. An indicator given for boys and girls is one indicator here; it counts as
 * compared, or as having a trend, where either borough's figure for either sex does.
 */
final class PaperSummary {
  private final PaperContext ctx;

  PaperSummary(PaperContext ctx) {
    this.ctx = ctx;
  }

  List<Span> words(Arg a) {
    PaperContext.noVariable(a, "a kind of summary");
    switch (a.text()) {
      case "freshness":
        return freshness();
      case "comparisons":
        return comparisons();
      case "trends":
        return trends();
      case "computed":
        return computed();
      default:
        throw PaperContext.error(
            a.at(), "no summary '" + a.text() + "': write " + Kind.SUMMARY.usage());
    }
  }

  /** "As of 7 December 2026, 6 of the framework's 18 indicators are up to date, 1 has …". */
  private List<Span> freshness() {
    Map<String, Verdict> verdicts = ctx.verdicts();
    int n = verdicts.size();
    Map<Status, List<String>> by = new LinkedHashMap<>();
    for (Status s : List.of(Status.FRESH, Status.DUE, Status.STALE, Status.UNKNOWN)) {
      by.put(s, new ArrayList<>());
    }
    List<IndicatorData> byTitle = new ArrayList<>(ctx.data.indicators());
    byTitle.sort(java.util.Comparator.comparing(d -> d.indicator().title()));
    for (IndicatorData d : byTitle) {
      Verdict v = verdicts.get(d.indicator().id());
      by.get(v.status())
          .add(d.indicator().title() + v.latest().map(p -> " (" + p.label() + ")").orElse(""));
    }
    String as = "As of " + Figures.date(ctx.asOf) + ", ";
    String sentence;
    if (n == 0) {
      sentence = as + "the framework has no indicators to judge.";
    } else if (by.get(Status.FRESH).size() == n) {
      sentence = as + "all " + n + " of the framework's indicators are up to date.";
    } else {
      List<String> parts = new ArrayList<>();
      by.forEach(
          (status, titles) -> {
            int k = titles.size();
            if (k > 0) {
              parts.add(
                  k
                      + (parts.isEmpty() ? " of the framework's " + n + " indicators" : "")
                      + " "
                      + status(status, k));
            }
          });
      sentence = as + and(parts) + ".";
    }
    StringBuilder note =
        new StringBuilder(
            "Judged as outcomes freshness judges it, from each indicator's"
                + " publication cadence and the most recent real period in its data; the annex gives each verdict.");
    list(note, "Due about now", by.get(Status.DUE));
    list(note, "Out of date (most recent period in the data)", by.get(Status.STALE));
    list(note, "Cannot be judged", by.get(Status.UNKNOWN));
    return List.of(Words.of(sentence), new Note(note.toString()));
  }

  private static String status(Status s, int k) {
    boolean one = k == 1;
    switch (s) {
      case FRESH:
        return (one ? "is" : "are") + " up to date";
      case DUE:
        return (one ? "has" : "have") + " a new release due about now";
      case STALE:
        return one
            ? "is out of date (its next release is overdue and not in the data)"
            : "are out of date (their next release is overdue and not in the data)";
      case UNKNOWN:
        return "cannot be judged (the data hold no published figures for "
            + (one ? "it" : "them")
            + ")";
    }
    throw new AssertionError(s);
  }

  /** "Of the framework's 18 indicators, 5 are compared with England; the other 13 are not: …". */
  private List<Span> comparisons() {
    Tally t =
        tally(
            f ->
                f.figure().filter(Observation::hasValue).isPresent()
                    && f.comparison() != Comparison.NOT_COMPARED,
            (v, f) -> PaperFigures.whyNotCompared(v, f).words);
    String sentence;
    if (t.yes.size() == t.total) {
      sentence =
          "All "
              + t.total
              + " of the framework's indicators are compared with England"
              + t.illustrative()
              + ".";
    } else if (t.yes.isEmpty()) {
      sentence =
          "None of the framework's "
              + t.total
              + " indicators is compared with England: "
              + t.reasons()
              + ".";
    } else {
      sentence =
          "Of the framework's "
              + t.total
              + " indicators, "
              + t.yes.size()
              + " "
              + (t.yes.size() == 1 ? "is" : "are")
              + " compared with England"
              + t.illustrative()
              + "; the other "
              + t.no()
              + " "
              + (t.no() == 1 ? "is" : "are")
              + " not: "
              + t.reasons()
              + ".";
    }
    StringBuilder note =
        new StringBuilder(
            Figures.capitalised(ctx.focusWords().eachs())
                + " most recent figure in the data against England's, by 95%"
                + " confidence intervals where the source gives them, otherwise as the source itself compares; an"
                + " indicator counts as compared where "
                + ctx.focusWords().either()
                + "'s figure is.");
    list(note, "Compared", t.yes);
    t.commonestFirst().forEach(e -> list(note, Figures.capitalised(e.getKey()), e.getValue()));
    return List.of(Words.of(sentence), new Note(note.toString()));
  }

  /**
   * "A recent trend can be calculated for 3 of the framework's 18 indicators, …; for the other 15
   * it cannot: …".
   */
  private List<Span> trends() {
    Tally t =
        tally(
            f -> !f.trend().isEmpty() && f.noTrendBecause().isEmpty(),
            (v, f) -> f.trend().isEmpty() ? "no figures" : f.noTrendBecause());
    String sentence;
    if (t.yes.size() == t.total) {
      sentence =
          "A recent trend can be calculated for all "
              + t.total
              + " of the framework's indicators"
              + t.illustrative()
              + ".";
    } else if (t.yes.isEmpty()) {
      sentence =
          "A recent trend cannot be calculated for any of the framework's "
              + t.total
              + " indicators: "
              + t.reasons()
              + ".";
    } else {
      sentence =
          "A recent trend can be calculated for "
              + t.yes.size()
              + " of the framework's "
              + t.total
              + " indicators"
              + t.illustrative()
              + "; for the other "
              + t.no()
              + " it cannot: "
              + t.reasons()
              + ".";
    }
    StringBuilder note =
        new StringBuilder(
            "Recent trends as Fingertips assesses them, over the five most recent"
                + " single-year periods of a proportion or rate; an indicator counts where "
                + ctx.focusWords().either()
                + " has one.");
    list(note, "A trend", t.yes);
    t.commonestFirst().forEach(e -> list(note, Figures.capitalised(e.getKey()), e.getValue()));
    return List.of(Words.of(sentence), new Note(note.toString()));
  }

  /**
   * "The percentages of 3 indicators, and their 95% confidence intervals, are computed by this tool
   * …".
   */
  private List<Span> computed() {
    List<String> titles = new ArrayList<>();
    for (List<IndicatorView> views : byIndicator().values()) {
      IndicatorData d = ctx.indicatorData(views.get(0));
      if (!d.observations().isEmpty()
          && d.indicator().data().stream()
              .anyMatch(f -> DataLoader.computesFigures(d.indicator(), f))) {
        titles.add(d.indicator().title());
      }
    }
    if (titles.isEmpty()) {
      return List.of(
          Words.of(
              "Every indicator's figures and intervals are read as their data files give them."));
    }
    boolean one = titles.size() == 1;
    return List.of(
        Words.of(
            "The percentages of "
                + titles.size()
                + (one ? " indicator" : " indicators")
                + ", and their 95% confidence intervals, are computed by this tool from the counts and denominators "
                + (one ? "its" : "their")
                + " source publishes (Wilson score intervals, as Fingertips computes them): "
                + String.join("; ", titles)
                + ". Every other indicator's figures and intervals are read as their data files"
                + " give them."));
  }

  /** The views of each indicator, in the framework's order. */
  private Map<String, List<IndicatorView>> byIndicator() {
    Map<String, List<IndicatorView>> by = new LinkedHashMap<>();
    for (IndicatorView v : ctx.view.indicators()) {
      by.computeIfAbsent(v.indicator().id(), k -> new ArrayList<>()).add(v);
    }
    return by;
  }

  /**
   * The indicators that have something (yes), those on illustrative figures, and why the rest lack
   * it.
   */
  private static final class Tally {
    int total;
    final List<String> yes = new ArrayList<>();
    int illustrative;
    final Map<String, List<String>> why = new LinkedHashMap<>();

    int no() {
      return total - yes.size();
    }

    String illustrative() {
      if (illustrative == 0) {
        return "";
      }
      return illustrative == yes.size()
          ? (yes.size() == 1
              ? ", on illustrative figures"
              : ", all " + yes.size() + " on illustrative figures")
          : ", " + illustrative + " of them on illustrative figures";
    }

    /** The reasons and the indicators each holds back, the commonest first (ties as met). */
    List<Map.Entry<String, List<String>>> commonestFirst() {
      List<Map.Entry<String, List<String>>> r = new ArrayList<>(why.entrySet());
      r.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
      return r;
    }

    /** "not a proportion or rate (7); fewer than five single-year points (6)". */
    String reasons() {
      return String.join(
          "; ",
          commonestFirst().stream()
              .map(e -> e.getKey() + " (" + e.getValue().size() + ")")
              .toList());
    }
  }

  private Tally tally(
      Predicate<AreaFigure> has, BiFunction<IndicatorView, AreaFigure, String> whyNot) {
    Tally t = new Tally();
    for (List<IndicatorView> views : byIndicator().values()) {
      t.total++;
      String title = views.get(0).indicator().title();
      List<AreaFigure> with = new ArrayList<>();
      views.forEach(v -> v.focus().stream().filter(has).forEach(with::add));
      if (!with.isEmpty()) {
        t.yes.add(title);
        if (with.stream().anyMatch(f -> f.figure().filter(o -> !o.isReal()).isPresent())) {
          t.illustrative++;
        }
        continue;
      }
      IndicatorView first = views.get(0);
      String reason =
          first.focus().isEmpty() ? "no figures" : whyNot.apply(first, first.focus().get(0));
      t.why.computeIfAbsent(reason, k -> new ArrayList<>()).add(title);
    }
    return t;
  }

  /** " Label: a; b; c." appended to a footnote, when there is anything to list. */
  private static void list(StringBuilder note, String label, List<String> titles) {
    if (!titles.isEmpty()) {
      note.append(' ').append(label).append(": ").append(String.join("; ", titles)).append('.');
    }
  }

  /** "a, b and c". */
  private static String and(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }
}
