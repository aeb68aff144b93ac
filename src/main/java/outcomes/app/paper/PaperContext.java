package outcomes.app.paper;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import outcomes.app.AreaMatch;
import outcomes.app.DataLoader;
import outcomes.app.FrameworkData;
import outcomes.app.FreshnessJob;
import outcomes.app.IndicatorData;
import outcomes.freshness.Verdict;
import outcomes.geo.WardBoundaries;
import outcomes.model.Area;
import outcomes.model.AreaNames;
import outcomes.model.Framework;
import outcomes.model.Location;
import outcomes.model.Observation;
import outcomes.model.OutcomesException;
import outcomes.model.Sex;
import outcomes.report.FrameworkView;
import outcomes.report.IndicatorView;
import outcomes.template.Template.Arg;

/**
 * What a template's placeholders are resolved against: the loaded data, the report's view of them,
 * the dates, the loop variables in scope; and what resolving collects: notes for the user and
 * whether any illustrative figure was shown. Every failure is a template error at the argument that
 * caused it, FILE:LINE:COLUMN, exit 65.
 */
final class PaperContext {
  /** What a loop variable stands for. */
  sealed interface Binding permits IndicatorBinding, NumberBinding {}

  /** An indicator, for one sex. */
  record IndicatorBinding(IndicatorView view) implements Binding {}

  /** An ambition or an outcome, by number. */
  record NumberBinding(String set, int number) implements Binding {}

  final FrameworkData data;
  final FrameworkView view;
  final LocalDate dataDate;
  final LocalDate asOf;
  private final java.nio.file.Path dataDir;
  private final Deque<Map<String, Binding>> scopes = new ArrayDeque<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> leftOut = new ArrayList<>();
  private boolean illustrative;
  private Set<String> knownAreas;
  private final java.util.Map<String, String> nameKeys = new java.util.HashMap<>();
  private Map<String, Verdict> verdicts;

  /** The ward boundaries the maps are drawn on; none, no maps. */
  final WardBoundaries boundaries;

  PaperContext(
      FrameworkData data,
      FrameworkView view,
      LocalDate dataDate,
      LocalDate asOf,
      java.nio.file.Path dataDir) {
    this(data, view, dataDate, asOf, dataDir, WardBoundaries.NONE);
  }

  PaperContext(
      FrameworkData data,
      FrameworkView view,
      LocalDate dataDate,
      LocalDate asOf,
      java.nio.file.Path dataDir,
      WardBoundaries boundaries) {
    this.boundaries = boundaries;
    this.data = data;
    this.dataDir = dataDir;
    this.view = view;
    this.dataDate = dataDate;
    this.asOf = asOf;
  }

  private outcomes.report.ProgressView progress;

  /**
   * Progress since the strategy's baseline, as `outcomes progress` gives it on the same data and
   * as-of date: worked out once per paper, for its tables, sentences and the charts' baselines.
   */
  outcomes.report.ProgressView progress() {
    if (progress == null) {
      progress = outcomes.app.ProgressJob.of(data, asOf);
    }
    return progress;
  }

  FocusWords focusWords() {
    return FocusWords.of(framework());
  }

  Framework framework() {
    return data.catalogue().framework();
  }

  void enter(String variable, Binding b) {
    Map<String, Binding> scope = new HashMap<>();
    scope.put(variable, b);
    scopes.push(scope);
  }

  void leave() {
    scopes.pop();
  }

  Binding binding(Arg a) {
    for (Map<String, Binding> s : scopes) {
      if (s.containsKey(a.text())) {
        return s.get(a.text());
      }
    }
    throw new IllegalStateException(
        "the parser marked " + a.text() + " as a variable out of scope");
  }

  /**
   * A figure's data file as the catalogue names it, under the data folder ("real/…/file.csv"), so
   * that the paper does not depend on where the data folder is.
   */
  String file(Observation o) {
    java.nio.file.Path p = java.nio.file.Path.of(o.provenance().file()).normalize();
    java.nio.file.Path base = dataDir.normalize();
    String f =
        p.startsWith(base) && !base.toString().isEmpty()
            ? base.relativize(p).toString()
            : p.toString();
    return f.replace('\\', '/');
  }

  /** "Source: PUBLISHER; data file real/…/FILE.", the publisher named on the figure's data file. */
  String source(outcomes.model.Indicator ind, Observation o) {
    return "Source: " + ind.sourceOf(o) + "; data file " + file(o) + ".";
  }

  /**
   * Each indicator's freshness verdict as of the paper's as-of date, as `outcomes freshness` gives
   * it, by indicator id in the catalogue's order: what the annex tabulates and {{summary
   * freshness}} counts, judged once.
   */
  Map<String, Verdict> verdicts() {
    if (verdicts == null) {
      verdicts = new java.util.LinkedHashMap<>();
      data.indicators()
          .forEach(
              d ->
                  verdicts.put(
                      d.indicator().id(), FreshnessJob.verdict(d, Optional.empty(), asOf)));
    }
    return verdicts;
  }

  /**
   * True when this tool computed the figure (its value and limits) from the count and denominator
   * its file gives, rather than reading it ({@link DataLoader#computesFigures}).
   */
  boolean computed(outcomes.model.Indicator ind, Observation o) {
    String file = o.provenance().file().replace('\\', '/');
    return o.count().isPresent()
        && o.denominator().isPresent()
        && ind.data().stream()
            .anyMatch(
                d ->
                    (file.equals(d.path()) || file.endsWith("/" + d.path()))
                        && DataLoader.computesFigures(ind, d));
  }

  /** Marks the paper as showing illustrative figures when any of these is one. */
  void shows(Observation... figures) {
    for (Observation o : figures) {
      illustrative |= !o.isReal();
    }
  }

  void showsIllustrative(boolean b) {
    illustrative |= b;
  }

  boolean illustrative() {
    return illustrative;
  }

  /** A note for the user, once however many times a loop comes past it. */
  void note(Location at, String note) {
    String line = at + ": " + note;
    if (!notes.contains(line)) {
      notes.add(line);
    }
  }

  /** Something a loop named that the data do not have, counted for one summary note. */
  void leftOut(Location at, String what) {
    leftOut.add(what);
  }

  List<String> notes() {
    List<String> all = new ArrayList<>(notes);
    if (!leftOut.isEmpty()) {
      all.add(
          leftOut.size()
              + " charts, tables or figures named in loops are left out where the data"
              + " do not have them, such as the "
              + String.join(", the ", leftOut.subList(0, Math.min(3, leftOut.size()))));
    }
    return all;
  }

  static OutcomesException error(Location at, String message) {
    return OutcomesException.badInput(at, message);
  }

  /** The views of the indicator an argument names (literally or through a variable). */
  List<IndicatorView> views(Arg a) {
    String id;
    if (a.variable()) {
      Binding b = binding(a);
      if (!(b instanceof IndicatorBinding ib)) {
        throw error(
            a.at(), "'" + a.text() + "' stands for " + describe(b) + " here, not an indicator");
      }
      id = ib.view().indicator().id();
    } else {
      id = a.text();
    }
    List<IndicatorView> vs =
        view.indicators().stream().filter(v -> v.indicator().id().equals(id)).toList();
    if (vs.isEmpty()) {
      throw error(
          a.at(),
          "unknown indicator '"
              + id
              + "': the catalogue has "
              + new TreeSet<>(view.indicators().stream().map(v -> v.indicator().id()).toList()));
    }
    return vs;
  }

  /** The view for an indicator argument and an optional sex argument. */
  IndicatorView view(Arg ind, Optional<Arg> sexArg) {
    if (ind.variable() && sexArg.isEmpty() && binding(ind) instanceof IndicatorBinding ib) {
      return ib.view();
    }
    List<IndicatorView> vs = views(ind);
    String id = vs.get(0).indicator().id();
    Set<String> sexes = new TreeSet<>(vs.stream().map(v -> v.sex().label()).toList());
    if (sexArg.isPresent()) {
      Sex sex = sex(sexArg.get());
      return vs.stream()
          .filter(v -> v.sex() == sex)
          .findFirst()
          .orElseThrow(
              () ->
                  error(
                      sexArg.get().at(),
                      id
                          + " has figures for "
                          + String.join(" and ", sexes)
                          + " only, not "
                          + sex.label()));
    }
    if (vs.size() > 1) {
      throw error(
          ind.at(),
          id
              + " has figures for "
              + String.join(" and ", sexes)
              + " separately: name one after the indicator");
    }
    return vs.get(0);
  }

  IndicatorData indicatorData(IndicatorView v) {
    return data.indicator(v.indicator().id()).orElseThrow();
  }

  static Sex sex(Arg a) {
    if (a.variable()) {
      throw error(
          a.at(), "'" + a.text() + "' is a loop variable, not a sex (Male, Female or Persons)");
    }
    try {
      return Sex.parse(a.text());
    } catch (IllegalArgumentException e) {
      throw error(a.at(), e.getMessage());
    }
  }

  private final Map<IndicatorView, Map<String, AreaMatch.Found>> areasFound =
      new java.util.IdentityHashMap<>();

  /** An area with figures for this indicator, by name or code, as `outcomes gap` finds it. */
  Area area(IndicatorView v, Arg a) {
    noVariable(a, "an area");
    try {
      // found once per indicator and name: a paper names the same few areas again and again
      // (by the view's identity: a record's hash would walk all its figures)
      AreaMatch.Found f =
          areasFound
              .computeIfAbsent(v, k -> new java.util.HashMap<>())
              .computeIfAbsent(
                  a.text(), k -> AreaMatch.find(a.text(), v.headlineFigures(), "area"));
      f.note().ifPresent(n -> note(a.at(), n));
      return f.area();
    } catch (OutcomesException e) {
      throw error(a.at(), v.indicator().id() + ": " + e.getMessage());
    }
  }

  /**
   * The area, or nothing where a loop's indicator has no figures for an area that other indicators
   * have: a loop over indicators meets indicators without borough figures.
   */
  Optional<Area> areaInLoop(IndicatorView v, Arg indicator, Arg a) {
    if (!indicator.variable() || !v.headlineFigures().isEmpty() && known(v, a)) {
      return Optional.of(area(v, a));
    }
    if (!knownAnywhere().contains(nameKey(a.text()))
        && !knownAnywhere().contains(a.text().strip())) {
      area(v, a);
    }
    leftOut(a.at(), "figure of " + v.label() + " for " + a.text());
    return Optional.empty();
  }

  private boolean known(IndicatorView v, Arg a) {
    String key = nameKey(a.text());
    return v.headlineFigures().stream()
        .anyMatch(
            o ->
                o.area().code().equalsIgnoreCase(a.text().strip())
                    || nameKey(o.area().name()).equals(key));
  }

  /** {@link AreaNames#key}, worked out once per name: a paper asks about the same areas often. */
  private String nameKey(String name) {
    return nameKeys.computeIfAbsent(name, AreaNames::key);
  }

  private Set<String> knownAnywhere() {
    if (knownAreas == null) {
      knownAreas = new java.util.HashSet<>();
      for (IndicatorData d : data.indicators()) {
        for (Observation o : d.observations()) {
          knownAreas.add(o.area().code());
          knownAreas.add(nameKey(o.area().name()));
        }
      }
    }
    return knownAreas;
  }

  /** One of the framework's focus areas (the boroughs), by name or code. */
  Area focusArea(Arg a) {
    noVariable(a, "an area");
    for (String code : framework().focusAreas()) {
      Optional<Area> area = framework().area(code);
      if (code.equalsIgnoreCase(a.text())
          || area.isPresent() && nameKey(area.get().name()).equals(nameKey(a.text()))) {
        return area.orElse(new Area(code, code, "", ""));
      }
    }
    throw error(
        a.at(),
        "'"
            + a.text()
            + "' is not one of the framework's areas "
            + framework().focusAreas().stream()
                .map(c -> framework().area(c).map(Area::name).orElse(c))
                .toList());
  }

  /** An ambition or outcome number, written or bound to a variable, that the framework has. */
  int number(Arg a, String set) {
    int n;
    if (a.variable()) {
      Binding b = binding(a);
      if (!(b instanceof NumberBinding nb) || !nb.set().equals(set)) {
        throw error(
            a.at(),
            "'" + a.text() + "' stands for " + describe(b) + " here, not " + set + " number");
      }
      n = nb.number();
    } else {
      try {
        n = Integer.parseInt(a.text());
      } catch (NumberFormatException e) {
        throw error(a.at(), "'" + a.text() + "' is not " + set + " number");
      }
    }
    Set<Integer> known =
        set.equals("ambition") ? framework().ambitions().keySet() : framework().outcomes().keySet();
    if (!known.contains(n)) {
      throw error(
          a.at(), "the framework has no " + set + " " + n + ": it has " + set + "s " + known);
    }
    return n;
  }

  String title(String set, int n) {
    return set.equals("ambition") ? framework().ambitions().get(n) : framework().outcomes().get(n);
  }

  static void noVariable(Arg a, String what) {
    if (a.variable()) {
      throw error(
          a.at(),
          "'"
              + a.text()
              + "' is a loop variable, not "
              + what
              + ": quote it (\""
              + a.text()
              + "\") to mean the word");
    }
  }

  private static String describe(Binding b) {
    if (b instanceof IndicatorBinding ib) {
      return "the indicator " + ib.view().indicator().id();
    }
    NumberBinding nb = (NumberBinding) b;
    return nb.set() + " " + nb.number();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
