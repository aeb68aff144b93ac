package outcomes.stats;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import outcomes.model.TimePeriod;

/**
 * The period progress is measured from, and on what basis it was chosen. The strategy cites a
 * period for most of its indicators (its "Data sources" table: life expectancy 2018-20, inactive
 * adults 2020/21…), declared in the indicator file; for the others it is the latest period that was
 * out before the strategy began (framework.yaml's {@code baseline-date}), judged by when the
 * indicator's cadence expects each period's release, since the data do not say when they were
 * published.
 *
 * @param period the baseline period, absent when there is none (the basis says why)
 * @param basis how it was chosen, or why there is none, in words
 */
public record Baseline(Optional<TimePeriod> period, String basis) {
  public Baseline {
    Objects.requireNonNull(period, "period");
    if (basis == null || basis.isBlank()) {
      throw new IllegalArgumentException("a baseline says how it was chosen");
    }
  }

  /**
   * The declared period, or else the latest of {@code periods} released before the baseline date
   * ({@code releasedFrom} gives the day a period's release is expected from).
   */
  public static Baseline choose(
      Optional<TimePeriod> declared,
      Optional<LocalDate> baselineDate,
      Collection<TimePeriod> periods,
      Function<TimePeriod, LocalDate> releasedFrom) {
    if (declared.isPresent()) {
      return new Baseline(
          declared, "the period the strategy cites, declared in the indicator file");
    }
    if (baselineDate.isEmpty()) {
      return new Baseline(
          Optional.empty(),
          "no baseline: the indicator file declares none and framework.yaml"
              + " has no baseline-date");
    }
    LocalDate day = baselineDate.get();
    Optional<TimePeriod> latest =
        periods.stream()
            .filter(p -> releasedFrom.apply(p).isBefore(day))
            .max(
                Comparator.comparing(TimePeriod::end)
                    .thenComparing(TimePeriod::start)
                    .thenComparing(TimePeriod::label));
    return latest.isPresent()
        ? new Baseline(
            latest,
            "the latest period out before "
                + day
                + " (framework.yaml's baseline-date), by"
                + " the indicator's cadence")
        : new Baseline(
            Optional.empty(), "no baseline: no period in the data was out before " + day);
  }
}
