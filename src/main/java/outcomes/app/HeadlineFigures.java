package outcomes.app;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import outcomes.model.Age;
import outcomes.model.Observation;
import outcomes.model.OutcomesException;
import outcomes.model.Sex;

/**
 * An indicator's headline figures: one sex, no breakdown by category, and all ages (or the one age
 * group the indicator has, such as at birth). Gaps and spreads compare like with like only.
 */
record HeadlineFigures(Sex sex, List<Observation> observations) {
  static HeadlineFigures of(IndicatorData ind, Optional<Sex> asked) {
    Sex sex = sex(ind, asked);
    List<Observation> obs =
        ind.observations().stream().filter(o -> o.sex() == sex && o.category().isNone()).toList();
    return new HeadlineFigures(sex, oneAge(obs, ind.indicator().id()));
  }

  private static Sex sex(IndicatorData ind, Optional<Sex> asked) {
    Set<Sex> present = new TreeSet<>();
    ind.observations().forEach(o -> present.add(o.sex()));
    if (present.isEmpty()) {
      // a data file with a header and no rows: say so, not "choose one of [] with --sex"
      throw OutcomesException.badInput(
          ind.indicator().declaredAt(),
          ind.indicator().id()
              + " has no figures: its data files ("
              + String.join(", ", ind.indicator().data().stream().map(d -> d.path()).toList())
              + ") hold no rows for it; check them with outcomes validate");
    }
    if (asked.isPresent()) {
      if (!present.contains(asked.get())) {
        throw OutcomesException.usage(
            "--sex",
            asked.get() + ": " + ind.indicator().id() + " has data for " + present + " only");
      }
      return asked.get();
    }
    if (present.size() == 1) {
      return present.iterator().next();
    }
    if (present.contains(Sex.PERSONS)) {
      return Sex.PERSONS;
    }
    throw OutcomesException.usage(
        "--sex",
        ind.indicator().id()
            + " has figures for "
            + present
            + " separately: choose one with --sex");
  }

  /** The figures for all ages, or for the one age group the indicator has (at birth). */
  private static List<Observation> oneAge(List<Observation> obs, String id) {
    Set<Age> ages = new TreeSet<>(Comparator.comparing(Age::label));
    obs.forEach(o -> ages.add(o.age()));
    if (ages.size() <= 1) {
      return obs;
    }
    if (!ages.contains(Age.ALL)) {
      throw OutcomesException.usage(
          "--indicator",
          id
              + " has figures for several age groups "
              + ages
              + ": gaps are for all ages or a single age group");
    }
    return obs.stream().filter(o -> o.age().equals(Age.ALL)).toList();
  }
}
