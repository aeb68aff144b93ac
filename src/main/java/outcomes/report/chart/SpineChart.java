package outcomes.report.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;

/** Draws a {@link SpineView}: the spine table in the house frame, as tall as its rows need. */
final class SpineChart {
  private SpineChart() {}

  static Chart draw(SpineView view) {
    SpinePlot plot = new SpinePlot(view);
    JFreeChart chart =
        ChartStyle.frame(
            plot,
            view.text(),
            plot,
            null,
            List.of(
                "Each row is scaled so that "
                    + view.benchmark()
                    + " is in the centre, with the worst (or lowest) value on the left and the"
                    + " best (or highest) on the right."));
    int height = Chart.fitHeight(chart, ChartStyle.WIDTH, plot::preferredHeight);
    return new Chart(chart, view.text(), ChartStyle.WIDTH, height);
  }
}
