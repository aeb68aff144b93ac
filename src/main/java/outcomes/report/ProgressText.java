package outcomes.report;

import java.util.List;
import java.util.Locale;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.model.Rounding;
import outcomes.model.Sex;
import outcomes.model.Unit;
import outcomes.stats.Change;
import outcomes.stats.ChangeVerdict;
import outcomes.stats.GapChange;
import outcomes.stats.Progress;

/**
 * Progress in words, for the paper's headline sentences and "Progress since 2023" tables, the
 * workbook's framework columns and the command's text: "Life expectancy at birth for men in
 * Westminster rose from 81.0 (2018 - 20) to 82.5 years (2023 - 25), a change of 1.5 years; no 95%
 * limits are published …". Every number is rounded by {@link Rounding} to the indicator's decimals;
 * a change made from an illustrative figure says so, and a stale figure is "the most recent in the
 * data", never the latest.
 */
public final class ProgressText {
  /** The columns of a "Progress since …" table, in order. */
  public static final List<String> COLUMNS =
      List.of("Indicator", "Area", "Baseline", "Latest", "Change (95% CI)", "Verdict", "Goal");

  /**
   * How every change is judged, in the words the paper (under each table) and the workbook (its
   * note) both use.
   */
  public static final String METHOD =
      "The change is the most recent comparable figure in the data (one for a period as"
          + " long as the baseline's) less the baseline figure, with a 95% confidence interval: the two are taken as"
          + " independent estimates, each with a standard error from its published 95% limits (or limits computed"
          + " from published counts). A change whose interval includes 0 is not a significant change; without"
          + " limits on both figures, or without a figure for the baseline or after it, it cannot be judged.";

  private ProgressText() {}

  /** The heading of the paper's table: "Progress since 2023", from the baseline date. */
  public static String heading(ProgressView view) {
    return view.baselineDate()
        .map(d -> "Progress since " + d.getYear())
        .orElse("Progress since the baseline");
  }

  /** One headline sentence per item, ending with a full stop. */
  public static String sentence(ProgressView.Item item) {
    Progress p = item.progress();
    Unit unit = p.indicator().unit();
    String who = p.indicator().title() + sexWords(p.sex()) + " in " + p.area().name();
    String illustrative = p.real() ? "" : " (illustrative data: synthetic, not published figures)";
    if (p.baselineFigure().isEmpty() || p.change().difference().isEmpty()) {
      String now =
          p.latest()
              .filter(Observation::hasValue)
              .map(o -> ": " + withUnit(o, unit) + " (" + period(o, item) + ");")
              .orElse(": no figure;");
      return who
          + now
          + " progress since the baseline cannot be judged: "
          + p.change().reason()
          + illustrative
          + ".";
    }
    Observation b = p.baselineFigure().get();
    Observation l = p.latest().get();
    String from = Figures.number(b.value().getAsDouble(), unit.decimals());
    String to = Figures.number(l.value().getAsDouble(), unit.decimals());
    String moved =
        from.equals(to)
            ? " was "
                + withUnit(b, unit)
                + " in "
                + b.period().label()
                + " and the same in "
                + l.period().label()
                + (item.stale() ? " (" + STALE + ")" : "")
            : (l.value().getAsDouble() > b.value().getAsDouble() ? " rose" : " fell")
                + " from "
                + (unit.label().equals("%") ? withUnit(b, unit) : from)
                + " ("
                + b.period().label()
                + ") to "
                + withUnit(l, unit)
                + " ("
                + period(l, item)
                + ")";
    return who + moved + ", " + changeWords(p.change(), unit) + illustrative + ".";
  }

  /** "a change of 1.5 years (95% CI 0.3 to 2.7), a significant improvement". */
  static String changeWords(Change c, Unit unit) {
    String size = "a change of " + signed(c.difference().getAsDouble(), unit);
    String ci = c.ci95().map(i -> " (95% CI " + range(i, unit.decimals()) + ")").orElse("");
    return size + ci + ", " + verdictWords(c);
  }

  /** The verdict as a sentence ends it. */
  public static String verdictWords(Change c) {
    return c.verdict() == ChangeVerdict.NO_SIGNIFICANT_CHANGE
        ? "not a significant change"
        : c.verdict() == ChangeVerdict.CANNOT_BE_JUDGED
            ? "which cannot be judged: " + c.reason()
            : "a significant " + noun(c.verdict());
  }

  private static String noun(ChangeVerdict v) {
    return v == ChangeVerdict.IMPROVED
        ? "improvement"
        : v == ChangeVerdict.WORSENED
            ? "worsening"
            : v == ChangeVerdict.INCREASED ? "increase" : "decrease";
  }

  /** A row of the "Progress since …" table: the cells of {@link #COLUMNS}. */
  public static List<String> row(ProgressView.Item item) {
    Progress p = item.progress();
    Unit unit = p.indicator().unit();
    String label =
        p.sex() == Sex.PERSONS
            ? p.indicator().title()
            : p.indicator().title() + " (" + p.sex().label().toLowerCase(Locale.ROOT) + ")";
    String base =
        p.baselineFigure()
            .filter(Observation::hasValue)
            .map(o -> withUnit(o, unit) + " (" + o.period().label() + ")")
            .orElse(p.baseline().period().map(t -> "no figure for " + t.label()).orElse("none"));
    String latest =
        p.latest()
            .filter(Observation::hasValue)
            .map(o -> withUnit(o, unit) + " (" + period(o, item) + ")")
            .orElse("no figure");
    Change c = p.change();
    String change =
        c.difference().isEmpty()
            ? "–"
            : signed(c.difference().getAsDouble(), unit)
                + c.ci95().map(i -> " (" + range(i, unit.decimals()) + ")").orElse("");
    String verdict =
        c.verdict().label()
            + (c.verdict() == ChangeVerdict.CANNOT_BE_JUDGED ? ": " + c.reason() : "");
    String goal = p.goal().map(g -> g.status().label() + ": " + g.words()).orElse("no goal set");
    return List.of(
        label + (p.real() ? "" : " (illustrative)"),
        p.area().name(),
        base,
        latest,
        change,
        verdict,
        goal);
  }

  /**
   * A gap's change in words: "Westminster was 1.7 years above England in 2018 - 20 and 2.8 years
   * above in 2023 - 25; whether the gap moved by more than chance cannot be judged: …".
   */
  public static String gapWords(GapChange g, Unit unit) {
    String illustrative = g.real() ? "" : " (illustrative data)";
    if (g.baseline().isEmpty() || g.latest().isEmpty()) {
      return "the gap between "
          + g.a().name()
          + " and "
          + g.b().name()
          + " cannot be judged: "
          + g.reason()
          + illustrative;
    }
    String then =
        g.a().name()
            + " was "
            + side(g.baseline().get().difference(), g.b().name(), unit)
            + " in "
            + g.baselinePeriod().map(t -> t.label()).orElse("");
    String now =
        " and "
            + side(g.latest().get().difference(), g.b().name(), unit)
            + " in "
            + g.latestPeriod().map(t -> t.label()).orElse("");
    String ci =
        g.ci95()
            .map(
                i ->
                    " (change "
                        + signed(g.change().getAsDouble(), unit)
                        + ", 95% CI "
                        + range(i, unit.decimals())
                        + ")")
            .orElse("");
    return then + now + "; " + gapVerdict(g, ci) + illustrative;
  }

  private static String gapVerdict(GapChange g, String ci) {
    switch (g.verdict()) {
      case NARROWED:
      case WIDENED:
      case REVERSED:
        return "the gap " + g.verdict().label() + " significantly" + ci;
      case NO_SIGNIFICANT_CHANGE:
        return "the gap did not change significantly" + ci;
      case CANNOT_BE_JUDGED:
        return "whether the gap moved by more than chance cannot be judged: " + g.reason();
    }
    throw new AssertionError(g.verdict());
  }

  /** "1.7 years above England", "2.0 percentage points below England", "level with England". */
  private static String side(double gap, String b, Unit unit) {
    if (Rounding.rounded(gap, unit.decimals()) == 0) {
      return "level with " + b;
    }
    String size = Figures.number(Math.abs(gap), unit.decimals());
    String sized =
        unit.label().equals("%")
            ? size + " percentage points"
            : unit.label().isEmpty() ? size : size + " " + unit.label();
    return sized + (gap > 0 ? " above " : " below ") + b;
  }

  /** Said of a stale figure, which is never called the latest. */
  private static final String STALE =
      "the most recent figure in the data, a newer release being overdue";

  /** The period, and for stale data, that it is the most recent figure in the data. */
  private static String period(Observation o, ProgressView.Item item) {
    return item.stale() ? o.period().label() + "; " + STALE : o.period().label();
  }

  private static String sexWords(Sex sex) {
    return sex == Sex.MALE ? " for men" : sex == Sex.FEMALE ? " for women" : "";
  }

  private static String withUnit(Observation o, Unit unit) {
    String v = Figures.number(o.value().getAsDouble(), unit.decimals());
    return unit.label().isEmpty() ? v : unit.label().equals("%") ? v + "%" : v + " " + unit.label();
  }

  /** A difference with its sign and unit: "+1.5 years", "-0.4 percentage points". */
  static String signed(double x, Unit unit) {
    String v = Figures.number(x, unit.decimals());
    String s = v.startsWith("-") || Rounding.rounded(x, unit.decimals()) == 0 ? v : "+" + v;
    return unit.label().equals("%")
        ? s + " percentage points"
        : unit.label().isEmpty() ? s : s + " " + unit.label();
  }

  private static String range(Interval i, int decimals) {
    return Figures.range(i, decimals);
  }
}
