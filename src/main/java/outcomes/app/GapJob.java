package outcomes.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import outcomes.model.Area;
import outcomes.model.Indicator;
import outcomes.model.Observation;
import outcomes.model.OutcomesException;
import outcomes.model.Sex;
import outcomes.model.TimePeriod;
import outcomes.stats.Gap;

/**
 * The gap between two areas for one indicator: both figures with their limits, the difference A − B
 * with its 95% interval, the ratio and whether the gap is significant, for the latest period both
 * areas have, one named period, or every period they share.
 */
public final class GapJob {
  /**
   * @param period "latest", "all", or a period as the data write it ("2010-14")
   */
  public record Request(
      Path indicators,
      Path data,
      String indicatorId,
      String areaA,
      String areaB,
      Optional<Sex> sex,
      String period) {}

  /** One period's gap: the two figures as published and the gap between them. */
  public record PeriodGap(TimePeriod period, Observation a, Observation b, Gap gap) {}

  /** The gaps, oldest period first, and notes for the user (which area a name was taken as). */
  public record Result(
      Indicator indicator,
      Area areaA,
      Area areaB,
      Sex sex,
      List<PeriodGap> gaps,
      List<String> notes) {
    /** True when any figure behind these gaps is illustrative, so its output must say so. */
    public boolean illustrative() {
      return gaps.stream().anyMatch(g -> !g.a().isReal() || !g.b().isReal());
    }
  }

  private GapJob() {}

  /**
   * @param warnings where the data-quality policy's warnings about the files read are said, one
   *     line each
   */
  public static Result run(Request r, Consumer<String> warnings) {
    FrameworkData data = FrameworkData.loadOne(r.indicators(), r.data(), r.indicatorId());
    data.sayWarnings(warnings);
    IndicatorData ind = data.indicators().get(0);
    return gaps(ind, r);
  }

  /** The gaps within data already loaded, as the report and the paper compute them. */
  public static Result gaps(IndicatorData ind, Request r) {
    HeadlineFigures figures = HeadlineFigures.of(ind, r.sex());
    Sex sex = figures.sex();
    List<Observation> headline = figures.observations();
    List<String> notes = new ArrayList<>();
    Area a = found(AreaMatch.find(r.areaA(), headline, "--area"), notes);
    Area b = found(AreaMatch.find(r.areaB(), headline, "--vs"), notes);
    if (a.equals(b)) {
      throw OutcomesException.usage(
          "--vs", "--area and --vs both name " + a + ": a gap is between two areas");
    }
    Map<TimePeriod, Observation> as = byPeriod(headline, a);
    Map<TimePeriod, Observation> bs = byPeriod(headline, b);
    List<PeriodGap> all = new ArrayList<>();
    as.forEach(
        (p, oa) -> {
          Observation ob = bs.get(p);
          if (ob != null) {
            Gap.between(oa, ob).ifPresent(g -> all.add(new PeriodGap(p, oa, ob, g)));
          }
        });
    if (all.isEmpty()) {
      throw OutcomesException.usage(
          "--vs",
          a
              + " and "
              + b
              + " have no period with a value for both: they may belong to different boundary sets");
    }
    return new Result(ind.indicator(), a, b, sex, select(all, r.period()), notes);
  }

  private static Area found(AreaMatch.Found f, List<String> notes) {
    f.note().ifPresent(notes::add);
    return f.area();
  }

  private static Map<TimePeriod, Observation> byPeriod(List<Observation> obs, Area area) {
    Map<TimePeriod, Observation> m = new TreeMap<>();
    for (Observation o : obs) {
      if (o.area().code().equals(area.code())) {
        m.put(o.period(), o);
      }
    }
    return m;
  }

  private static List<PeriodGap> select(List<PeriodGap> all, String period) {
    String p = period.strip();
    if (p.equalsIgnoreCase("all")) {
      return all;
    }
    if (p.equalsIgnoreCase("latest")) {
      return List.of(all.get(all.size() - 1));
    }
    TimePeriod wanted;
    try {
      wanted = TimePeriod.parse(p);
    } catch (IllegalArgumentException e) {
      throw OutcomesException.usage("--period", e.getMessage());
    }
    Map<String, PeriodGap> labels = new LinkedHashMap<>();
    for (PeriodGap g : all) {
      if (g.period().equals(wanted)) {
        return List.of(g);
      }
      labels.put(g.period().label(), g);
    }
    throw OutcomesException.usage(
        "--period",
        p + ": both areas have values for " + String.join(", ", labels.keySet()) + " only");
  }
}
