package outcomes.freshness;

import java.util.Objects;
import java.util.Optional;
import outcomes.model.TimePeriod;

/**
 * The judgement on one indicator: its status, the latest real period it rests on, the release the
 * cadence expects next (absent when the status is unknown), how many releases are expected by now
 * and are not in the data, and a sentence saying why.
 */
public record Verdict(
    Status status,
    Optional<TimePeriod> latest,
    Optional<Release> next,
    int releasesBehind,
    String reason) {
  public Verdict {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(next, "next");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a verdict says why");
    }
    if ((status == Status.UNKNOWN) != next.isEmpty()) {
      throw new IllegalArgumentException("only an unknown verdict lacks an expected release");
    }
    if (releasesBehind < 0) {
      throw new IllegalArgumentException("releases behind cannot be negative");
    }
  }
}
