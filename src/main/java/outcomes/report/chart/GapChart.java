package outcomes.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import outcomes.report.Figures;

/**
 * Draws a {@link GapView}: two areas' values with their 95% intervals over time, the space between
 * them shaded, and the size of the gap written at the first and the latest period they share.
 */
final class GapChart {
  private static final Color FIRST = ChartStyle.DARK_BLUE;
  private static final Color SECOND = ChartStyle.ORANGE;
  private static final Color GAP_FILL = new Color(0xE8E8E8);
  private static final double MARKER = 10;

  private GapChart() {}

  static Chart draw(GapView view) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < view.periods().size(); i++) {
      index.put(view.periods().get(i), i);
    }
    ValueRange range = new ValueRange();
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    TreeMap<Integer, PeriodValue> first = byIndex(view.first().points(), index);
    TreeMap<Integer, PeriodValue> second = byIndex(view.second().points(), index);
    data.addSeries(series(view.first().area(), first, range));
    data.addSeries(series(view.second().area(), second, range));
    XYErrorRenderer renderer = renderer();
    List<Integer> shared = new ArrayList<>(first.keySet());
    shared.retainAll(second.keySet());
    if (shared.size() > 1) {
      renderer.addAnnotation(gapShading(shared, first, second), Layer.BACKGROUND);
    }
    XYPlot plot = new XYPlot(data, new PeriodAxis(view.periods()), valueAxis(range), renderer);
    Plots.styleXY(plot);
    if (!shared.isEmpty()) {
      int from = shared.get(0);
      int to = shared.get(shared.size() - 1);
      plot.addAnnotation(gapLabel(view, from, first, second, true));
      if (to != from) {
        plot.addAnnotation(gapLabel(view, to, first, second, false));
      }
    }
    LegendItemCollection items = new LegendItemCollection();
    items.add(
        Marks.line(view.first().area(), FIRST, ChartStyle.LINE_STROKE, Marks.shape(0, MARKER)));
    items.add(
        Marks.line(view.second().area(), SECOND, ChartStyle.LINE_STROKE, Marks.shape(1, MARKER)));
    LegendItemSource legend = () -> items;
    boolean intervals =
        view.first().points().stream().anyMatch(p -> p.ci95().isPresent())
            || view.second().points().stream().anyMatch(p -> p.ci95().isPresent());
    JFreeChart chart =
        ChartStyle.frame(
            plot,
            view.text(),
            legend,
            ChartText.axisLabel(view.unit().label()),
            intervals
                ? List.of("Vertical lines show 95% confidence intervals; the shading, the gap.")
                : List.of("The shading shows the gap."));
    return new Chart(chart, view.text(), ChartStyle.WIDTH, ChartStyle.HEIGHT);
  }

  private static TreeMap<Integer, PeriodValue> byIndex(
      List<PeriodValue> points, Map<String, Integer> index) {
    TreeMap<Integer, PeriodValue> byIndex = new TreeMap<>();
    for (PeriodValue p : points) {
      byIndex.put(index.get(p.period()), p);
    }
    return byIndex;
  }

  private static YIntervalSeries series(
      String key, TreeMap<Integer, PeriodValue> points, ValueRange range) {
    YIntervalSeries series = new YIntervalSeries(key, true, false);
    for (Map.Entry<Integer, PeriodValue> e : points.entrySet()) {
      PeriodValue p = e.getValue();
      double lo = p.ci95().map(ci -> ci.lower()).orElse(p.value());
      double hi = p.ci95().map(ci -> ci.upper()).orElse(p.value());
      series.add(e.getKey(), p.value(), lo, hi);
      range.include(lo);
      range.include(hi);
    }
    return series;
  }

  private static XYErrorRenderer renderer() {
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDefaultLinesVisible(true);
    renderer.setDefaultShapesVisible(true);
    renderer.setDrawXError(false);
    renderer.setDrawYError(true);
    renderer.setCapLength(8);
    renderer.setErrorStroke(new BasicStroke(1.8f));
    renderer.setDrawOutlines(true);
    renderer.setUseOutlinePaint(true);
    renderer.setDefaultOutlinePaint(Color.WHITE);
    renderer.setDefaultOutlineStroke(Marks.OUTLINE);
    renderer.setSeriesPaint(0, FIRST);
    renderer.setSeriesPaint(1, SECOND);
    renderer.setSeriesStroke(0, ChartStyle.LINE_STROKE);
    renderer.setSeriesStroke(1, ChartStyle.LINE_STROKE);
    renderer.setSeriesShape(0, Marks.shape(0, MARKER));
    renderer.setSeriesShape(1, Marks.shape(1, MARKER));
    return renderer;
  }

  private static XYPolygonAnnotation gapShading(
      List<Integer> shared, Map<Integer, PeriodValue> first, Map<Integer, PeriodValue> second) {
    double[] polygon = new double[shared.size() * 4];
    int k = 0;
    for (int i : shared) {
      polygon[k++] = i;
      polygon[k++] = first.get(i).value();
    }
    for (int j = shared.size() - 1; j >= 0; j--) {
      int i = shared.get(j);
      polygon[k++] = i;
      polygon[k++] = second.get(i).value();
    }
    return new XYPolygonAnnotation(polygon, null, null, GAP_FILL);
  }

  /**
   * "Gap 2019-21: 18.0 years" in the middle of the gap: to the right of the first period, to the
   * left of the latest, so that it stays inside the plot and off the interval lines.
   */
  private static XYTextAnnotation gapLabel(
      GapView view,
      int at,
      Map<Integer, PeriodValue> first,
      Map<Integer, PeriodValue> second,
      boolean leftEnd) {
    double a = first.get(at).value();
    double b = second.get(at).value();
    String text =
        "Gap " + view.periods().get(at) + ": " + Figures.withUnit(Math.abs(a - b), view.unit());
    XYTextAnnotation label = new XYTextAnnotation(text, at + (leftEnd ? 0.12 : -0.12), (a + b) / 2);
    label.setFont(ChartStyle.BODY_BOLD_FONT);
    label.setPaint(ChartStyle.TEXT);
    label.setTextAnchor(leftEnd ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT);
    return label;
  }

  private static NumberAxis valueAxis(ValueRange range) {
    NumberAxis axis = ChartStyle.valueAxis();
    range.applyTo(axis, 0.05, 5);
    return axis;
  }
}
