package outcomes.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import outcomes.model.Indicator;
import outcomes.model.Observation;
import outcomes.model.OutcomesException;
import outcomes.model.Sex;
import outcomes.model.TimePeriod;
import outcomes.stats.Spread;

/** The spread across the areas within one parent (the wards of a borough) in one period. */
public final class WithinJob {
  /**
   * @param period "latest" or a period as the data write it
   */
  public record Request(
      Path indicators,
      Path data,
      String indicatorId,
      String parent,
      Optional<Sex> sex,
      String period) {}

  /** The spread, with the parent's own figure when the data have it. */
  public record Result(
      Indicator indicator,
      String parentCode,
      Optional<Observation> parent,
      Sex sex,
      TimePeriod period,
      Spread spread) {
    public boolean illustrative() {
      return spread.ranked().stream().anyMatch(o -> !o.isReal());
    }
  }

  private WithinJob() {}

  /**
   * @param warnings where the data-quality policy's warnings about the files read are said, one
   *     line each
   */
  public static Result run(Request r, Consumer<String> warnings) {
    FrameworkData data = FrameworkData.loadOne(r.indicators(), r.data(), r.indicatorId());
    data.sayWarnings(warnings);
    IndicatorData ind = data.indicators().get(0);
    return within(ind, r.parent(), r.sex(), r.period());
  }

  /** The spread within data already loaded, as the report computes it. */
  public static Result within(
      IndicatorData ind, String parentCode, Optional<Sex> sex, String period) {
    HeadlineFigures figures = HeadlineFigures.of(ind, sex);
    String code = parentCode(parentCode, figures.observations(), ind.indicator().id());
    Map<TimePeriod, List<Observation>> children = new TreeMap<>();
    for (Observation o : figures.observations()) {
      if (o.hasValue() && o.area().parentCode().equalsIgnoreCase(code)) {
        children.computeIfAbsent(o.period(), p -> new ArrayList<>()).add(o);
      }
    }
    children.values().removeIf(list -> list.size() < 2);
    if (children.isEmpty()) {
      throw OutcomesException.usage(
          "--within",
          ind.indicator().id()
              + " has no period with two or"
              + " more areas within "
              + code
              + " (areas are matched on the parent code in the data)");
    }
    TimePeriod p = pick(children, period);
    Optional<Observation> parent =
        figures.observations().stream()
            .filter(o -> o.area().code().equals(code) && o.period().equals(p))
            .findFirst();
    Spread spread =
        Spread.of(
            children.get(p), parent, ind.indicator().polarity(), ind.indicator().comparison());
    return new Result(ind.indicator(), code, parent, figures.sex(), p, spread);
  }

  /**
   * The parent's code: given as a code, or as the name of an area in the data whose code other
   * areas name as their parent ("Westminster" for the wards of E09000033). A name of no parent, or
   * of several, is refused with the parents there are, so the user can pick one.
   */
  private static String parentCode(String given, List<Observation> obs, String indicator) {
    String code = given.strip().toUpperCase(Locale.ROOT);
    Map<String, String> parents = new TreeMap<>(); // code → name, when the data name it
    obs.forEach(o -> parents.put(o.area().parentCode().toUpperCase(Locale.ROOT), ""));
    parents.remove("");
    if (parents.containsKey(code)) {
      return code;
    }
    String key = outcomes.model.AreaNames.key(given);
    java.util.Set<String> named = new java.util.TreeSet<>();
    for (Observation o : obs) {
      String c = o.area().code().toUpperCase(Locale.ROOT);
      if (parents.containsKey(c)) {
        parents.put(c, o.area().name());
        if (outcomes.model.AreaNames.key(o.area().name()).equals(key)) {
          named.add(c);
        }
      }
    }
    if (named.size() == 1) {
      return named.iterator().next();
    }
    List<String> choices = new ArrayList<>();
    parents.forEach((c, name) -> choices.add(name.isEmpty() ? c : name + " (" + c + ")"));
    choices.sort(null);
    throw OutcomesException.usage(
        "--within",
        (named.isEmpty()
                ? "no area '" + given.strip() + "' has areas within it in " + indicator + "'s data"
                : "'" + given.strip() + "' names " + named.size() + " areas: give a code")
            + "; use one of "
            + String.join(", ", choices));
  }

  private static TimePeriod pick(Map<TimePeriod, List<Observation>> children, String period) {
    List<TimePeriod> periods = new ArrayList<>(children.keySet());
    if (period.strip().equalsIgnoreCase("latest")) {
      return periods.get(periods.size() - 1);
    }
    TimePeriod wanted;
    try {
      wanted = TimePeriod.parse(period.strip());
    } catch (IllegalArgumentException e) {
      throw OutcomesException.usage("--period", e.getMessage());
    }
    if (!children.containsKey(wanted)) {
      throw OutcomesException.usage(
          "--period",
          period.strip()
              + ": the areas have values for "
              + periods.stream().map(TimePeriod::label).toList()
              + " only");
    }
    return wanted;
  }
}
