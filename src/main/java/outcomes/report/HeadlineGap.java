package outcomes.report;

import java.util.List;
import outcomes.model.Area;
import outcomes.model.Observation;
import outcomes.model.Sex;

/**
 * One of the strategy's headline inequalities followed over time: two areas' figures for the
 * periods both have, as `outcomes gap --period all` computes them.
 */
public record HeadlineGap(
    IndicatorView indicator,
    Sex sex,
    Area a,
    Area b,
    List<Observation> figuresA,
    List<Observation> figuresB) {
  public HeadlineGap {
    figuresA = List.copyOf(figuresA);
    figuresB = List.copyOf(figuresB);
  }

  public boolean illustrative() {
    return figuresA.stream().anyMatch(o -> !o.isReal())
        || figuresB.stream().anyMatch(o -> !o.isReal());
  }
}
