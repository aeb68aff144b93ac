package outcomes.report;

import java.time.LocalDate;
import java.util.Objects;
import outcomes.freshness.Status;

/**
 * When an indicator's source is next expected to publish, as the freshness rule judges it on the
 * report's as-of day: the workbook's cover says when it next needs updating from these.
 *
 * @param status fresh (not expected yet), due or stale on the as-of day
 * @param expectedBy the last day of the month the release is expected in
 */
public record NextRelease(Status status, LocalDate expectedBy) {
  public NextRelease {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(expectedBy, "expectedBy");
  }
}
