package outcomes.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import outcomes.model.Framework;
import outcomes.model.GapPair;
import outcomes.model.OutcomesException;
import outcomes.model.Problem;
import outcomes.model.Severity;

/**
 * Whether the data can draw each of the framework's headline gaps. One that cannot (an area the
 * data lack, two areas with no period in common, an indicator with several sexes and none named) is
 * a warning at its line of framework.yaml, so the report's missing chart is never a surprise.
 */
final class HeadlineGapCheck {
  private HeadlineGapCheck() {}

  static List<Problem> problems(Framework framework, List<IndicatorData> data) {
    List<Problem> out = new ArrayList<>();
    for (GapPair pair : framework.headlineGaps()) {
      Optional<IndicatorData> ind =
          data.stream().filter(d -> d.indicator().id().equals(pair.indicator())).findFirst();
      if (ind.isEmpty()) {
        continue; // not read by this command; an unknown id is the catalogue's error
      }
      try {
        GapJob.gaps(
            ind.get(),
            new GapJob.Request(
                null, null, pair.indicator(), pair.area(), pair.vs(), pair.sex(), "all"));
      } catch (OutcomesException e) {
        out.add(
            new Problem(
                pair.at(),
                "the headline gap "
                    + pair.area()
                    + " vs "
                    + pair.vs()
                    + " in "
                    + pair.indicator()
                    + " cannot be drawn, so the report has no chart of it: "
                    + e.getMessage(),
                Severity.WARNING));
      }
    }
    return out;
  }
}
