package outcomes.stats;

import java.util.List;
import java.util.OptionalDouble;
import outcomes.stats.Conformance.Row;

/**
 * The rate funnel inputs as R's tests reshape them (funnel_rate_points_and_limits_inputs.csv): the
 * row with the most events is changed in some runs.
 */
final class FunnelInputs {
  static final String FILE = "funnel_rate_points_and_limits_inputs.csv";

  private FunnelInputs() {}

  static List<Row> rows() {
    return Conformance.rows(FILE);
  }

  static double maxEvents() {
    return rows().stream().mapToDouble(r -> r.number("events")).max().orElseThrow();
  }

  /** Events and rates, with the busiest row's events replaced (or not, when replacement &lt; 0). */
  static List<EventsAndRate> withMaxEventsSetTo(double replacement) {
    double max = maxEvents();
    return rows().stream()
        .map(
            r -> {
              double events = r.number("events");
              boolean replaced = replacement >= 0 && events == max;
              return EventsAndRate.of(replaced ? replacement : events, r.number("rate"));
            })
        .toList();
  }

  static List<EventsAndRate> unchanged() {
    return withMaxEventsSetTo(-1);
  }

  /** The busiest row set to 0 events, keeping its rate, with the given populations supplied. */
  static List<EventsAndRate> zeroEventsWithPopulation() {
    double max = maxEvents();
    return rows().stream()
        .map(
            r ->
                new EventsAndRate(
                    r.number("events") == max ? 0 : r.number("events"),
                    OptionalDouble.of(r.number("rate")),
                    OptionalDouble.of(r.number("pop"))))
        .toList();
  }
}
