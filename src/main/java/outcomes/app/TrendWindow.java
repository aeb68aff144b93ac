package outcomes.app;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import outcomes.model.Observation;
import outcomes.model.TimePeriod;
import outcomes.stats.RecentTrends;

/**
 * A series' latest points, no more than the recent-trend rule looks at, so a national extract's
 * trends fit in memory. A later row for the same period replaces an earlier one.
 */
final class TrendWindow {
  private final TreeMap<TimePeriod, Observation> points = new TreeMap<>();

  void add(Observation o) {
    points.put(o.period(), o);
    if (points.size() > RecentTrends.POINTS) {
      points.pollFirstEntry();
    }
  }

  boolean isLatest(Observation o) {
    return !points.isEmpty() && points.lastKey().equals(o.period());
  }

  List<Observation> points() {
    return new ArrayList<>(points.values());
  }
}
