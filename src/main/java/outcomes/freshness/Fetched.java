package outcomes.freshness;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import outcomes.model.TimePeriod;

/**
 * What the last {@code outcomes fetch} of an indicator found: when it was retrieved and the latest
 * period in the extract (absent when no period could be read).
 */
public record Fetched(Instant retrieved, Optional<TimePeriod> latest) {
  public Fetched {
    Objects.requireNonNull(retrieved, "retrieved");
    Objects.requireNonNull(latest, "latest");
  }
}
