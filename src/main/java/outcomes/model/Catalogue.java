package outcomes.model;

import java.util.List;
import java.util.Optional;

/** The outcomes framework and its indicators, in the order of their ids. */
public record Catalogue(Framework framework, List<Indicator> indicators) {
  public Catalogue {
    indicators = List.copyOf(indicators);
  }

  public Optional<Indicator> indicator(String id) {
    return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
  }
}
