package outcomes.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import outcomes.model.Interval;

/** Draws a {@link TrendView}: lines over periods, focus areas with shaded 95% bands. */
final class TrendChart {
  private static final Color[] FOCUS = {
    ChartStyle.DARK_BLUE, ChartStyle.TURQUOISE, ChartStyle.DARK_PINK, ChartStyle.LIGHT_PURPLE
  };
  private static final int BAND_ALPHA = 46;
  private static final double MARKER = 8;

  private TrendChart() {}

  static Chart draw(TrendView view) {
    List<TrendView.Line> order = drawingOrder(view.lines());
    Map<TrendView.Line, Color> colours = colours(view.lines());
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setDrawOutlines(true);
    renderer.setUseOutlinePaint(true);
    renderer.setDefaultOutlinePaint(Color.WHITE);
    renderer.setDefaultOutlineStroke(Marks.OUTLINE);
    Map<String, Integer> index = periodIndex(view.periods());
    ValueRange range = new ValueRange();
    boolean banded = false;
    if (view.periods().size() == 1) {
      // one period: dots compared by their height, so the axis starts at zero, never magnifying
      // a difference of tenths into the height of the chart
      range.include(0);
    }
    for (int s = 0; s < order.size(); s++) {
      TrendView.Line line = order.get(s);
      data.addSeries(series(s, line, index));
      Color colour = colours.get(line);
      renderer.setSeriesPaint(s, colour);
      renderer.setSeriesStroke(s, stroke(line.role()));
      renderer.setSeriesShape(s, marker(position(view.lines(), line)));
      for (PeriodValue p : line.points()) {
        range.include(p.value());
        if (line.role() == TrendView.Role.FOCUS && p.ci95().isPresent()) {
          range.include(p.ci95().get().lower());
          range.include(p.ci95().get().upper());
        }
      }
      if (line.role() == TrendView.Role.FOCUS) {
        banded |= addBands(renderer, line, index, colour);
      }
    }
    XYPlot plot = new XYPlot(data, new PeriodAxis(view.periods()), valueAxis(range), renderer);
    Plots.styleXY(plot);
    view.baseline().ifPresent(b -> plot.addDomainMarker(baseline(b, index), Layer.BACKGROUND));
    LegendItemCollection items = legend(view.lines(), colours, banded);
    LegendItemSource legend = () -> items;
    JFreeChart chart =
        ChartStyle.frame(
            plot,
            view.text(),
            legend,
            ChartText.axisLabel(view.unit().label()),
            banded ? List.of("Shaded areas show 95% confidence intervals.") : List.of());
    return new Chart(chart, view.text(), ChartStyle.WIDTH, ChartStyle.HEIGHT);
  }

  /**
   * The baseline: a dashed grey line at its period, labelled at the top on the side with more room,
   * so that the words stay inside the plot whether the baseline is early or late.
   */
  private static ValueMarker baseline(PeriodMarker b, Map<String, Integer> index) {
    int at = index.get(b.period());
    ValueMarker marker = new ValueMarker(at, ChartStyle.DARK_GREY, BASELINE_STROKE);
    marker.setLabel(b.label());
    marker.setLabelFont(ChartStyle.SMALL_BOLD_FONT);
    marker.setLabelPaint(ChartStyle.DARK_GREY);
    // white behind the words, so that a line passing under them does not cross them out
    marker.setLabelBackgroundColor(ChartStyle.withAlpha(Color.WHITE, 230));
    boolean early = at < (index.size() - 1) / 2.0;
    marker.setLabelAnchor(early ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
    marker.setLabelTextAnchor(early ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
    marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
    return marker;
  }

  private static final Stroke BASELINE_STROKE =
      new BasicStroke(
          1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

  /** Benchmark and comparators first, so that the focus areas are drawn over them. */
  private static List<TrendView.Line> drawingOrder(List<TrendView.Line> lines) {
    // XYPlot draws series in reverse order: the first series ends up on top
    List<TrendView.Line> order = new ArrayList<>();
    for (TrendView.Role role : TrendView.Role.values()) {
      for (TrendView.Line line : lines) {
        if (line.role() == role) {
          order.add(line);
        }
      }
    }
    return order;
  }

  private static Map<TrendView.Line, Color> colours(List<TrendView.Line> lines) {
    Map<TrendView.Line, Color> colours = new IdentityHashMap<>();
    int focus = 0;
    int comparator = 0;
    for (TrendView.Line line : lines) {
      switch (line.role()) {
        case FOCUS -> colours.put(line, FOCUS[focus++ % FOCUS.length]);
        case COMPARATOR ->
            colours.put(line, comparator++ == 0 ? ChartStyle.ORANGE : ChartStyle.LIGHT_PURPLE);
        case BENCHMARK -> colours.put(line, ChartStyle.DARK_GREY);
      }
    }
    return colours;
  }

  private static Stroke stroke(TrendView.Role role) {
    return switch (role) {
      case FOCUS -> ChartStyle.LINE_STROKE;
      case COMPARATOR -> ChartStyle.DASHED_STROKE;
      case BENCHMARK -> ChartStyle.DOTTED_STROKE;
    };
  }

  private static int position(List<TrendView.Line> lines, TrendView.Line line) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i) == line) {
        return i;
      }
    }
    throw new IllegalStateException("line not in view");
  }

  private static Shape marker(int position) {
    return Marks.shape(position, MARKER);
  }

  private static Map<String, Integer> periodIndex(List<String> periods) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < periods.size(); i++) {
      index.put(periods.get(i), i);
    }
    return index;
  }

  /** The line's values by period index, with a gap (null) where a period inside it has none. */
  private static XYSeries series(int key, TrendView.Line line, Map<String, Integer> index) {
    XYSeries series = new XYSeries(key + ":" + line.area(), true, false);
    Double[] byIndex = valuesByIndex(line.points(), index);
    int first = -1;
    int last = -1;
    for (int i = 0; i < byIndex.length; i++) {
      if (byIndex[i] != null) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    for (int i = Math.max(first, 0); first >= 0 && i <= last; i++) {
      series.add(i, byIndex[i]);
    }
    return series;
  }

  private static Double[] valuesByIndex(List<PeriodValue> points, Map<String, Integer> index) {
    Double[] values = new Double[index.size()];
    for (PeriodValue p : points) {
      values[index.get(p.period())] = p.value();
    }
    return values;
  }

  /**
   * One shaded polygon per run of consecutive periods with limits; a period standing alone gets an
   * error bar instead. True when anything was drawn.
   */
  private static boolean addBands(
      XYLineAndShapeRenderer renderer,
      TrendView.Line line,
      Map<String, Integer> index,
      Color colour) {
    Interval[] limits = new Interval[index.size()];
    for (PeriodValue p : line.points()) {
      limits[index.get(p.period())] = p.ci95().orElse(null);
    }
    boolean drawn = false;
    int i = 0;
    while (i < limits.length) {
      if (limits[i] == null) {
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < limits.length && limits[end + 1] != null) {
        end++;
      }
      renderer.addAnnotation(band(limits, i, end, colour), Layer.BACKGROUND);
      drawn = true;
      i = end + 1;
    }
    return drawn;
  }

  private static org.jfree.chart.annotations.XYAnnotation band(
      Interval[] limits, int from, int to, Color colour) {
    Color fill = ChartStyle.withAlpha(colour, BAND_ALPHA);
    if (from == to) {
      Stroke bar = new BasicStroke(6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
      return new XYLineAnnotation(
          from, limits[from].lower(), from, limits[from].upper(), bar, fill);
    }
    double[] polygon = new double[(to - from + 1) * 4];
    int k = 0;
    for (int i = from; i <= to; i++) {
      polygon[k++] = i;
      polygon[k++] = limits[i].lower();
    }
    for (int i = to; i >= from; i--) {
      polygon[k++] = i;
      polygon[k++] = limits[i].upper();
    }
    return new XYPolygonAnnotation(polygon, null, null, fill);
  }

  private static NumberAxis valueAxis(ValueRange range) {
    NumberAxis axis = ChartStyle.valueAxis();
    range.applyTo(axis, 0.05, 5);
    return axis;
  }

  private static LegendItemCollection legend(
      List<TrendView.Line> lines, Map<TrendView.Line, Color> colours, boolean banded) {
    LegendItemCollection items = new LegendItemCollection();
    for (int i = 0; i < lines.size(); i++) {
      TrendView.Line line = lines.get(i);
      items.add(Marks.line(line.area(), colours.get(line), stroke(line.role()), marker(i)));
    }
    if (banded) {
      items.add(
          Marks.swatch("95% confidence interval", ChartStyle.withAlpha(ChartStyle.DARK_BLUE, 60)));
    }
    return items;
  }
}
