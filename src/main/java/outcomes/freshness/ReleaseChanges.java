package outcomes.freshness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import outcomes.model.Observation;
import outcomes.model.SeriesKey;
import outcomes.model.TimePeriod;

/**
 * What a new release of an indicator's extract changes against the one it replaces: periods that
 * are new (or gone), figures revised beyond rounding, areas added or gone. A first extract has no
 * previous one; an unchanged one changes nothing.
 *
 * @param first true when there was no previous extract
 * @param periods the periods of the new extract, oldest first (by end, then start)
 * @param revisions the figures revised, in series and period order
 */
public record ReleaseChanges(
    boolean first,
    List<String> periods,
    List<String> newPeriods,
    List<String> periodsGone,
    List<Revision> revisions,
    List<String> areasAdded,
    List<String> areasGone) {

  /** One figure revised: where, when, and the figure before and after. */
  public record Revision(String area, String sex, String period, String before, String after) {
    @Override
    public String toString() {
      return area + " " + sex + " " + period + ": " + before + " to " + after;
    }
  }

  public ReleaseChanges {
    periods = List.copyOf(periods);
    newPeriods = List.copyOf(newPeriods);
    periodsGone = List.copyOf(periodsGone);
    revisions = List.copyOf(revisions);
    areasAdded = List.copyOf(areasAdded);
    areasGone = List.copyOf(areasGone);
  }

  /**
   * The changes from the figures of {@code before} (null: no previous extract) to {@code after}.
   */
  public static ReleaseChanges between(List<Observation> before, List<Observation> after) {
    List<String> periods = labels(after);
    if (before == null) {
      return new ReleaseChanges(true, periods, periods, List.of(), List.of(), List.of(), List.of());
    }
    List<String> was = labels(before);
    Map<Figure, Observation> old = new HashMap<>();
    before.forEach(o -> old.put(Figure.of(o), o));
    List<Revision> revised = new ArrayList<>();
    for (Observation o : after) {
      Observation b = old.get(Figure.of(o));
      if (b != null && !b.sameFiguresToPublishedDecimals(o)) {
        revised.add(
            new Revision(
                o.area().toString(),
                o.sex().toString(),
                o.period().label(),
                b.valueText(),
                o.valueText()));
      }
    }
    TreeSet<String> areasBefore = areas(before);
    TreeSet<String> areasAfter = areas(after);
    return new ReleaseChanges(
        false,
        periods,
        minus(periods, was),
        minus(was, periods),
        revised,
        List.copyOf(minus(areasAfter, areasBefore)),
        List.copyOf(minus(areasBefore, areasAfter)));
  }

  /** True when the new extract holds the same periods, areas and figures (up to rounding). */
  public boolean none() {
    return !first
        && newPeriods.isEmpty()
        && periodsGone.isEmpty()
        && revisions.isEmpty()
        && areasAdded.isEmpty()
        && areasGone.isEmpty();
  }

  /** One line: "new period 2017; 2 figures revised (…); 1 area added (…)" or "no change". */
  public String summary() {
    if (first) {
      return "first extract: "
          + count(periods.size(), "period")
          + (periods.isEmpty()
              ? ""
              : ", "
                  + periods.get(0)
                  + (periods.size() > 1 ? " to " + periods.get(periods.size() - 1) : ""));
    }
    if (none()) {
      return "no change";
    }
    List<String> parts = new ArrayList<>();
    if (!newPeriods.isEmpty()) {
      parts.add(
          (newPeriods.size() == 1 ? "new period " : "new periods ")
              + String.join(", ", newPeriods));
    }
    if (!periodsGone.isEmpty()) {
      parts.add(
          (periodsGone.size() == 1 ? "period gone " : "periods gone ")
              + String.join(", ", periodsGone));
    }
    if (!revisions.isEmpty()) {
      parts.add(count(revisions.size(), "figure") + " revised (" + examples(revisions) + ")");
    }
    if (!areasAdded.isEmpty()) {
      parts.add(count(areasAdded.size(), "area") + " added (" + examples(areasAdded) + ")");
    }
    if (!areasGone.isEmpty()) {
      parts.add(count(areasGone.size(), "area") + " gone (" + examples(areasGone) + ")");
    }
    return String.join("; ", parts);
  }

  /** One figure's place: its series and period. */
  private record Figure(SeriesKey series, TimePeriod period) {
    static Figure of(Observation o) {
      return new Figure(o.seriesKey(), o.period());
    }
  }

  private static List<String> labels(List<Observation> obs) {
    TreeSet<TimePeriod> set =
        new TreeSet<>(
            Comparator.comparing(TimePeriod::end)
                .thenComparing(TimePeriod::start)
                .thenComparing(TimePeriod::label));
    obs.forEach(o -> set.add(o.period()));
    return set.stream().map(TimePeriod::label).distinct().toList();
  }

  private static TreeSet<String> areas(List<Observation> obs) {
    TreeSet<String> set = new TreeSet<>();
    obs.forEach(o -> set.add(o.area().toString()));
    return set;
  }

  private static List<String> minus(List<String> a, List<String> b) {
    return a.stream().filter(x -> !b.contains(x)).toList();
  }

  private static TreeSet<String> minus(TreeSet<String> a, TreeSet<String> b) {
    TreeSet<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  private static String examples(List<?> items) {
    List<String> shown = items.stream().limit(3).map(Object::toString).toList();
    return String.join("; ", shown) + (items.size() > 3 ? "; …" : "");
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
