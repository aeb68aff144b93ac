package outcomes.stats;

import java.util.List;

/**
 * A rate funnel's control limits.
 *
 * @param statistic what is plotted, such as "rate (dsr per 100,000)"
 * @param method how the limits were found: "Poisson"
 * @param rows the 100 points along the axis
 */
public record RateFunnel(String statistic, String method, List<RateFunnelRow> rows) {
  public RateFunnel {
    rows = List.copyOf(rows);
  }
}
