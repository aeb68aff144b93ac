package outcomes.app.inspect;

import java.util.List;
import java.util.Map;

/** What an extract holds: rows, series and, per indicator, its areas and periods. */
public record ExtractSummary(
    List<String> files,
    long rows,
    long rowsWithValue,
    long series,
    double sumOfLatestValues,
    List<IndicatorSummary> indicators) {

  /** One indicator of an extract; missing counts the rows without a value by their value note. */
  public record IndicatorSummary(
      String id,
      String name,
      int areas,
      Map<String, Integer> areaTypes,
      String firstPeriod,
      String latestPeriod,
      int periods,
      long rows,
      long rowsWithValue,
      Map<String, Long> missing) {}
}
