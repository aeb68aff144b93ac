package outcomes.app;

import java.util.Locale;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.model.Sex;
import outcomes.model.Unit;
import outcomes.model.ValueType;
import outcomes.report.Figures;
import outcomes.report.IndicatorView;
import outcomes.stats.Gap;

/**
 * A gap in words, as a Board member would say it: "Boys in Westbourne are expected to live 14.0
 * years less than boys in Knightsbridge and Belgravia (2010-14; 95% CI 10.2 to 17.8)". The numbers
 * are GapJob's, rounded to the indicator's decimals; the interval is the gap's own, turned round
 * with it when A is below B.
 */
public final class GapSentence {
  private GapSentence() {}

  public static String of(IndicatorView v, GapJob.Result r, GapJob.PeriodGap g) {
    Gap gap = g.gap();
    Unit unit = v.indicator().unit();
    boolean same =
        Figures.number(gap.magnitude(), unit.decimals()).equals(Figures.number(0, unit.decimals()));
    boolean below = gap.difference() < 0;
    String size = Figures.difference(gap.magnitude(), unit);
    String a = r.areaA().name();
    String b = r.areaB().name();
    String sentence;
    if (v.indicator().valueType() == ValueType.LIFE_EXPECTANCY) {
      String who = people(r.sex());
      String healthy =
          v.indicator().title().toLowerCase(Locale.ROOT).contains("healthy")
              ? " in good health"
              : "";
      sentence =
          same
              ? Figures.capitalised(who)
                  + " in "
                  + a
                  + " are expected to live as long"
                  + healthy
                  + " as "
                  + who
                  + " in "
                  + b
              : Figures.capitalised(who)
                  + " in "
                  + a
                  + " are expected to live "
                  + size
                  + (below ? " less" : " more")
                  + healthy
                  + " than "
                  + who
                  + " in "
                  + b;
    } else {
      sentence =
          same
              ? v.label() + " in " + a + " is the same as in " + b
              : v.label()
                  + " in "
                  + a
                  + " is "
                  + size
                  + (below ? " lower" : " higher")
                  + " than in "
                  + b;
    }
    return sentence + " (" + details(g, unit) + ")";
  }

  private static String details(GapJob.PeriodGap g, Unit unit) {
    StringBuilder d = new StringBuilder(g.period().label());
    Gap gap = g.gap();
    gap.ci95()
        .ifPresent(
            ci ->
                d.append("; 95% CI ")
                    .append(Figures.range(turned(ci, gap.difference() < 0), unit.decimals())));
    if (gap.significant().isPresent() && !gap.significant().get()) {
      d.append("; not statistically significant");
    }
    if (!g.a().isReal() || !g.b().isReal()) {
      d.append("; illustrative data");
    }
    return d.toString();
  }

  /** The interval of the gap's size: of B − A when A is below B. */
  static Interval turned(Interval ci, boolean below) {
    return below ? new Interval(-ci.upper(), -ci.lower()) : ci;
  }

  private static String people(Sex sex) {
    return switch (sex) {
      case MALE -> "boys";
      case FEMALE -> "girls";
      case PERSONS -> "people";
    };
  }

  /** Both figures, the gap A − B as computed, and the source: the footnote to the sentence. */
  public static String footnote(IndicatorView v, GapJob.PeriodGap g, String source) {
    Unit unit = v.indicator().unit();
    Gap gap = g.gap();
    StringBuilder b =
        new StringBuilder(v.label()).append(", ").append(g.period().label()).append(": ");
    b.append(figure(g.a(), unit))
        .append("; ")
        .append(figure(g.b(), unit))
        .append(". Gap A − B ")
        .append(Figures.difference(gap.difference(), unit));
    gap.ci95()
        .ifPresent(
            ci -> b.append(" (95% CI ").append(Figures.range(ci, unit.decimals())).append(')'));
    b.append(". ");
    b.append(source);
    if (!g.a().isReal() || !g.b().isReal()) {
      b.append(" Illustrative: synthetic figures, not published ones.");
    }
    return b.toString();
  }

  private static String figure(Observation o, Unit unit) {
    String s =
        o.area()
            + (o.area().boundarySet().isEmpty() ? "" : ", " + o.area().boundarySet())
            + ": "
            + Figures.withUnit(o.value().getAsDouble(), unit);
    return o.ci95().map(ci -> s + " (" + Figures.range(ci, unit.decimals()) + ")").orElse(s);
  }
}
