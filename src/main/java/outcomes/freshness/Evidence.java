package outcomes.freshness;

import java.util.Objects;
import java.util.Optional;
import outcomes.model.TimePeriod;

/**
 * What is known about an indicator's data: the latest period among its real figures (illustrative
 * figures say nothing about a publisher's releases), whether it has only illustrative figures, and
 * the last fetch of it, if any.
 */
public record Evidence(
    Optional<TimePeriod> latest, boolean illustrativeOnly, Optional<Fetched> fetched) {
  public Evidence {
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(fetched, "fetched");
    if (illustrativeOnly && latest.isPresent()) {
      throw new IllegalArgumentException(
          "an indicator with a real period is not illustrative only");
    }
  }

  /** Real data whose latest period is {@code latest}, never fetched. */
  public static Evidence of(TimePeriod latest) {
    return new Evidence(Optional.of(latest), false, Optional.empty());
  }
}
