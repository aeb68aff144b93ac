package outcomes.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import outcomes.model.ComparisonMethod;
import outcomes.model.Observation;
import outcomes.model.Polarity;

/**
 * How far apart the areas within a parent are in one period (the wards of a borough): the areas
 * from best to worst, the gap between the two ends with its interval, and how each area compares
 * with the parent's own figure by the indicator's comparison method, as Fingertips judges sub-areas
 * against their parent.
 *
 * @param ranked areas with a value, best first (highest first where no polarity applies)
 * @param widest the gap best − worst, or empty with fewer than two areas
 * @param judgements each ranked area against the parent, in the same order
 */
public record Spread(List<Observation> ranked, Optional<Gap> widest, List<Judgement> judgements) {
  public Spread {
    ranked = List.copyOf(ranked);
    judgements = List.copyOf(judgements);
  }

  public static Spread of(
      List<Observation> areas,
      Optional<Observation> parent,
      Polarity polarity,
      ComparisonMethod method) {
    List<Observation> ranked = new ArrayList<>();
    areas.stream().filter(Observation::hasValue).forEach(ranked::add);
    Comparator<Observation> byValue = Comparator.comparingDouble(o -> o.value().getAsDouble());
    ranked.sort(polarity == Polarity.LOW_IS_GOOD ? byValue : byValue.reversed());
    Optional<Gap> widest =
        ranked.size() < 2
            ? Optional.empty()
            : Gap.between(ranked.get(0), ranked.get(ranked.size() - 1));
    List<Judgement> judgements = new ArrayList<>();
    for (Observation o : ranked) {
      judgements.add(
          parent
              .map(p -> Benchmarking.compare(o, p, polarity, method))
              .orElse(Judgement.NOT_COMPARED));
    }
    return new Spread(ranked, widest, judgements);
  }

  public Optional<Observation> best() {
    return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
  }

  public Optional<Observation> worst() {
    return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(ranked.size() - 1));
  }
}
