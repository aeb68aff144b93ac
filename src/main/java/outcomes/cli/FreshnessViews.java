package outcomes.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import outcomes.app.FreshnessJob;
import outcomes.fetch.ManifestEntry;
import outcomes.freshness.Release;
import outcomes.freshness.Status;
import outcomes.freshness.Verdict;
import outcomes.model.TimePeriod;

/**
 * The three renderings of a freshness result. Each shows the same verdicts, in catalogue order, and
 * depends only on the result, so the same result gives the same bytes.
 */
final class FreshnessViews {
  private FreshnessViews() {}

  /** The JSON document. */
  record Report(String asOf, String manifest, Map<String, Long> counts, List<Item> indicators) {}

  /** One indicator in JSON; dates are ISO-8601, and null where the status is unknown. */
  record Item(
      String indicator,
      String title,
      String status,
      String latestPeriod,
      String expectedBy,
      String dueFrom,
      String staleAfter,
      int releasesBehind,
      String source,
      String reason,
      Fetch fetched) {}

  /** The indicator's last fetch, from the manifest. */
  record Fetch(String file, String retrieved, String latestPeriod, long rows, String sha256) {}

  static String json(FreshnessJob.Result r) {
    List<Item> items = new ArrayList<>();
    for (FreshnessJob.Entry e : r.entries()) {
      Verdict v = e.verdict();
      Release next = v.next().orElse(null);
      items.add(
          new Item(
              e.indicator().id(),
              e.indicator().title(),
              v.status().label(),
              v.latest().map(TimePeriod::label).orElse(null),
              next == null ? null : next.expectedBy().toString(),
              next == null ? null : next.dueFrom().toString(),
              next == null ? null : next.staleAfter().toString(),
              v.releasesBehind(),
              e.indicator().source().name(),
              v.reason(),
              e.fetched().map(FreshnessViews::fetch).orElse(null)));
    }
    return Json.write(
        new Report(
            r.asOf().toString(),
            r.manifest().map(Object::toString).orElse(null),
            counts(r),
            items));
  }

  private static Fetch fetch(ManifestEntry m) {
    return new Fetch(m.file(), m.retrieved().toString(), m.latestPeriod(), m.rows(), m.sha256());
  }

  static Map<String, Long> counts(FreshnessJob.Result r) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Status s : Status.values()) {
      counts.put(s.label(), r.count(s));
    }
    return counts;
  }

  /** "18 indicators: 6 fresh, 0 due, 8 stale, 4 unknown". */
  static String summary(FreshnessJob.Result r) {
    List<String> parts = new ArrayList<>();
    counts(r).forEach((status, n) -> parts.add(n + " " + status));
    return r.entries().size() + " indicators: " + String.join(", ", parts);
  }

  /** A table for a terminal: one line per indicator, then its reason indented beneath. */
  static String text(FreshnessJob.Result r) {
    int idWidth = "indicator".length();
    int periodWidth = "latest period".length();
    for (FreshnessJob.Entry e : r.entries()) {
      idWidth = Math.max(idWidth, e.indicator().id().length());
      periodWidth = Math.max(periodWidth, latest(e.verdict()).length());
    }
    String row = "%-8s %-" + idWidth + "s  %-" + periodWidth + "s  %s%n";
    StringBuilder b = new StringBuilder();
    b.append("Freshness as of ")
        .append(r.asOf())
        .append(System.lineSeparator())
        .append(System.lineSeparator());
    b.append(
        String.format(Locale.ROOT, row, "status", "indicator", "latest period", "expected by"));
    for (FreshnessJob.Entry e : r.entries()) {
      Verdict v = e.verdict();
      b.append(
          String.format(
              Locale.ROOT,
              row,
              v.status().label(),
              e.indicator().id(),
              latest(v),
              v.next().map(n -> n.expectedBy().toString()).orElse("-")));
      b.append(String.format(Locale.ROOT, "%-8s %s%n", "", v.reason()));
    }
    b.append(System.lineSeparator()).append(summary(r)).append(System.lineSeparator());
    return b.toString();
  }

  private static String latest(Verdict v) {
    return v.latest().map(TimePeriod::label).orElse("-");
  }
}
