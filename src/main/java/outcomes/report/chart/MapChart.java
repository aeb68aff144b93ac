package outcomes.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * Draws a {@link MapView}: the map and its key in the house frame, with the legend above and, in
 * the caption, the boundaries' attribution and any ward with a figure but no boundary.
 */
final class MapChart {
  private MapChart() {}

  static Chart draw(MapView view) {
    MapPlot plot = new MapPlot(view);
    List<String> notes = new ArrayList<>();
    notes.add(
        "Wards are numbered in alphabetical order"
            + (view.boundarySet().isEmpty() ? "" : " (" + view.boundarySet() + ")")
            + "; the key gives each ward's figure.");
    if (!view.notMapped().isEmpty()) {
      notes.add(
          "Not on the map, for want of a boundary: " + String.join("; ", view.notMapped()) + ".");
    }
    if (!view.boundaries().isEmpty()) {
      notes.add("Boundaries: " + view.boundaries() + ".");
    }
    JFreeChart chart = ChartStyle.frame(plot, view.text(), plot, null, notes);
    int height = Chart.fitHeight(chart, ChartStyle.WIDTH, plot::preferredHeight);
    return new Chart(chart, view.text(), ChartStyle.WIDTH, height);
  }
}
