package outcomes.report;

import java.util.List;
import java.util.Objects;
import outcomes.geo.WardShape;

/**
 * What a ward map shows: one borough's wards in one boundary set, in that set's latest period, each
 * judged against the borough, and the boundaries of that set's wards. A figure is drawn only on a
 * boundary of its own set; a ward with a figure and no boundary is listed under the map.
 *
 * @param boundarySet the set, as the ward lookups name it ("Westminster wards 2002-2022")
 * @param latest whether this is the borough's latest ward map of the indicator, the one named
 *     without its period and shown beside the ranked wards
 * @param shapes the boundaries of the set's wards in the borough, every one drawn
 */
public record WardMap(
    IndicatorView view,
    WardTable table,
    String boundarySet,
    boolean latest,
    List<WardShape> shapes) {
  public WardMap {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(boundarySet, "boundarySet");
    shapes = List.copyOf(shapes);
  }
}
