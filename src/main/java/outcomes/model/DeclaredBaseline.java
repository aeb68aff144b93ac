package outcomes.model;

import java.util.Objects;

/**
 * The period an indicator's file declares as its baseline (the one the strategy cites), with where
 * it is declared, so that a baseline the data do not hold is reported at its line.
 */
public record DeclaredBaseline(TimePeriod period, Location at) {
  public DeclaredBaseline {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(at, "at");
  }
}
