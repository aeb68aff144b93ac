package outcomes.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import outcomes.model.Area;
import outcomes.model.AreaNames;
import outcomes.model.Observation;
import outcomes.model.OutcomesException;

/**
 * Finds the area a user means among the areas an indicator has data for: a code selects exactly; a
 * name is matched loosely ("Knightsbridge and Belgravia", "knightsbridge & belgravia", "Queens
 * Gate"), and when it names areas in several boundary sets, the one with the most recent data is
 * taken, with a note saying which and how to choose another.
 */
public final class AreaMatch {
  /** The area found, and a note for the user when the choice was not the only one possible. */
  public record Found(Area area, Optional<String> note) {}

  private AreaMatch() {}

  public static Found find(String asked, List<Observation> observations, String option) {
    Map<String, Observation> latestByCode = new LinkedHashMap<>();
    for (Observation o : observations) {
      latestByCode.merge(
          o.area().code(), o, (a, b) -> b.period().compareTo(a.period()) > 0 ? b : a);
    }
    String wanted = asked.strip();
    Observation byCode = latestByCode.get(wanted.toUpperCase(Locale.ROOT));
    if (byCode != null) {
      return new Found(byCode.area(), Optional.empty());
    }
    List<Observation> named = new ArrayList<>();
    String key = AreaNames.key(wanted);
    for (Observation o : latestByCode.values()) {
      if (AreaNames.key(o.area().name()).equals(key)) {
        named.add(o);
      }
    }
    if (named.isEmpty()) {
      throw OutcomesException.usage(
          option,
          "no area '"
              + wanted
              + "' has data for this indicator: give a name or code as the data"
              + " write it (outcomes inspect lists them)");
    }
    named.sort(Comparator.comparing(Observation::period).reversed());
    Area chosen = named.get(0).area();
    if (named.size() == 1) {
      return new Found(chosen, Optional.empty());
    }
    List<String> others = new ArrayList<>();
    named
        .subList(1, named.size())
        .forEach(o -> others.add(o.area().code() + " (to " + o.period() + ")"));
    return new Found(
        chosen,
        Optional.of(
            "'"
                + wanted
                + "' is "
                + chosen.code()
                + ", the area with"
                + " the latest data ("
                + named.get(0).period()
                + "); also "
                + String.join(", ", others)
                + ": give a code to choose another"));
  }
}
