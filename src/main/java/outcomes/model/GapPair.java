package outcomes.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One of the framework's headline inequalities, declared in framework.yaml: the gap between two
 * areas in one indicator (and sex), which the report charts and the paper can quote. The codes name
 * the boundary set: a ward code names one ward in one set.
 *
 * @param at where the pair is declared, for a problem with it
 */
public record GapPair(String indicator, Optional<Sex> sex, String area, String vs, Location at) {
  public GapPair {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(vs, "vs");
  }
}
