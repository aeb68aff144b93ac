package outcomes.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import outcomes.model.DeclaredBaseline;
import outcomes.model.Framework;
import outcomes.model.Observation;
import outcomes.model.Problem;
import outcomes.model.Severity;
import outcomes.model.TimePeriod;

/**
 * Whether the data hold each declared baseline. A baseline period no focus area has a figure for
 * leaves every change since it unjudged in the report, the paper and `progress`: a warning at the
 * baseline's line, so validate finds it before the Board reads "cannot be judged".
 */
final class BaselineCheck {
  private BaselineCheck() {}

  static List<Problem> problems(Framework framework, List<IndicatorData> data) {
    Set<String> focus = Set.copyOf(framework.focusAreas());
    List<Problem> out = new ArrayList<>();
    for (IndicatorData d : data) {
      if (d.indicator().baseline().isEmpty()) {
        continue;
      }
      DeclaredBaseline b = d.indicator().baseline().get();
      List<TimePeriod> held =
          d.observations().stream()
              .filter(o -> focus.contains(o.area().code()) && o.hasValue())
              .map(Observation::period)
              .distinct()
              .sorted()
              .toList();
      if (!held.contains(b.period())) {
        out.add(
            new Problem(
                b.at(),
                "no figure for the baseline "
                    + b.period().label()
                    + " in "
                    + d.indicator().id()
                    + "'s data for "
                    + String.join(
                        " or ",
                        framework.focusAreas().stream()
                            .map(c -> framework.area(c).map(a -> a.name()).orElse(c))
                            .toList())
                    + (held.isEmpty()
                        ? " (they hold none)"
                        : " (they hold "
                            + held.get(0).label()
                            + " to "
                            + held.get(held.size() - 1).label()
                            + ")")
                    + ", so no change since it can be judged: write the period as the data write"
                    + " it, or add the data that hold it",
                Severity.WARNING));
      }
    }
    return out;
  }
}
