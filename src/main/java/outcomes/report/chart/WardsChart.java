package outcomes.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import outcomes.model.Comparison;
import outcomes.model.Polarity;
import outcomes.report.Figures;

/**
 * Draws a {@link WardsView}: a dot per ward, ranked with the highest at the top, with its 95%
 * interval, filled by its comparison with the borough, and reference lines for the borough and
 * England. The chart grows taller with the number of wards so that every name stays readable.
 */
final class WardsChart {
  private static final double ROW = 21;
  private static final double MARKER = 11;
  private static final BasicStroke ERROR_STROKE = new BasicStroke(1.6f);
  private static final BasicStroke BOROUGH_STROKE = new BasicStroke(2.5f);

  private WardsChart() {}

  static Chart draw(WardsView view) {
    List<WardsView.Ward> ranked = rank(view.wards());
    YIntervalSeries series = new YIntervalSeries("wards", false, true);
    ValueRange range = new ValueRange();
    String[] names = new String[ranked.size()];
    for (int i = 0; i < ranked.size(); i++) {
      WardsView.Ward w = ranked.get(i);
      names[i] = w.name();
      double lo = w.ci95().map(ci -> ci.lower()).orElse(w.value());
      double hi = w.ci95().map(ci -> ci.upper()).orElse(w.value());
      series.add(i, w.value(), lo, hi);
      range.include(lo);
      range.include(hi);
    }
    range.include(view.borough().value());
    view.england().ifPresent(e -> range.include(e.value()));
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    if (!ranked.isEmpty()) {
      data.addSeries(series);
    }
    XYPlot plot = new XYPlot(data, wardAxis(names), valueAxis(view, range), renderer(ranked));
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    Plots.styleXY(plot);
    plot.setDomainGridlinesVisible(true);
    plot.setDomainGridlinePaint(new Color(0xF0F0F0));
    plot.setDomainGridlineStroke(ChartStyle.GRID_STROKE);
    plot.addRangeMarker(
        reference(view.borough().value(), ChartStyle.DARK_BLUE, BOROUGH_STROKE), Layer.BACKGROUND);
    view.england()
        .ifPresent(
            e ->
                plot.addRangeMarker(
                    reference(e.value(), ChartStyle.DARK_GREY, ChartStyle.DASHED_STROKE),
                    Layer.BACKGROUND));
    LegendItemCollection items = legend(view, ranked);
    LegendItemSource legend = () -> items;
    JFreeChart chart =
        ChartStyle.frame(
            plot,
            view.text(),
            legend,
            null,
            ranked.stream().anyMatch(w -> w.ci95().isPresent())
                ? List.of("Lines through the markers show 95% confidence intervals.")
                : List.of());
    int height = (int) Math.max(ChartStyle.HEIGHT, 250 + ranked.size() * ROW);
    return new Chart(chart, view.text(), ChartStyle.WIDTH, height);
  }

  /** Lowest first: the plot's first row is at the bottom, so the highest ends up at the top. */
  private static List<WardsView.Ward> rank(List<WardsView.Ward> wards) {
    List<WardsView.Ward> ranked = new ArrayList<>(wards);
    ranked.sort(
        Comparator.comparingDouble(WardsView.Ward::value)
            .thenComparing(WardsView.Ward::name, Comparator.reverseOrder()));
    return ranked;
  }

  private static SymbolAxis wardAxis(String[] names) {
    SymbolAxis axis = new SymbolAxis(null, names);
    ChartStyle.style(axis);
    axis.setGridBandsVisible(false);
    axis.setAutoRange(false);
    axis.setRange(-0.6, Math.max(names.length, 1) - 0.4);
    return axis;
  }

  private static NumberAxis valueAxis(WardsView view, ValueRange range) {
    NumberAxis axis = ChartStyle.valueAxis();
    axis.setLabel(ChartText.axisLabel(view.unit().label()));
    axis.setAxisLineVisible(true);
    range.applyTo(axis, 0.04, 6);
    return axis;
  }

  private static XYErrorRenderer renderer(List<WardsView.Ward> ranked) {
    XYErrorRenderer renderer =
        new XYErrorRenderer() {
          private static final long serialVersionUID = 1L;

          @Override
          public Paint getItemFillPaint(int series, int item) {
            return ChartStyle.colour(ranked.get(item).comparison());
          }

          @Override
          public Shape getItemShape(int series, int item) {
            return Marks.shape(ranked.get(item).comparison(), MARKER);
          }
        };
    renderer.setDefaultLinesVisible(false);
    renderer.setDefaultShapesVisible(true);
    renderer.setUseFillPaint(true);
    renderer.setDrawOutlines(true);
    renderer.setUseOutlinePaint(true);
    renderer.setDefaultOutlinePaint(ChartStyle.DARK_GREY);
    renderer.setDefaultOutlineStroke(Marks.OUTLINE);
    renderer.setDrawXError(false);
    renderer.setDrawYError(true);
    renderer.setErrorPaint(ChartStyle.DARK_GREY);
    renderer.setErrorStroke(ERROR_STROKE);
    renderer.setCapLength(7);
    return renderer;
  }

  private static ValueMarker reference(double value, Color colour, java.awt.Stroke stroke) {
    ValueMarker marker = new ValueMarker(value, colour, stroke);
    return marker;
  }

  private static LegendItemCollection legend(WardsView view, List<WardsView.Ward> wards) {
    Set<Comparison> shown =
        view.polarity() == Polarity.NO_JUDGEMENT
            ? EnumSet.of(Comparison.LOWER, Comparison.SIMILAR, Comparison.HIGHER)
            : EnumSet.of(Comparison.BETTER, Comparison.SIMILAR, Comparison.WORSE);
    wards.forEach(w -> shown.add(w.comparison()));
    LegendItemCollection items = new LegendItemCollection();
    String borough = view.borough().name();
    String unit = view.unit().label();
    for (Comparison c : legendOrder(view.polarity())) {
      if (shown.contains(c)) {
        items.add(
            Marks.marker(comparedWith(c, borough), ChartStyle.colour(c), Marks.shape(c, MARKER)));
      }
    }
    items.add(
        Marks.line(
            borough + " " + Figures.withUnit(view.borough().value(), view.unit()),
            ChartStyle.DARK_BLUE,
            BOROUGH_STROKE,
            null));
    view.england()
        .ifPresent(
            e ->
                items.add(
                    Marks.line(
                        e.name() + " " + Figures.withUnit(e.value(), view.unit()),
                        ChartStyle.DARK_GREY,
                        ChartStyle.DASHED_STROKE,
                        null)));
    return items;
  }

  private static List<Comparison> legendOrder(Polarity polarity) {
    if (polarity == Polarity.NO_JUDGEMENT) {
      return List.of(
          Comparison.HIGHER,
          Comparison.SIMILAR,
          Comparison.LOWER,
          Comparison.BETTER,
          Comparison.WORSE,
          Comparison.NOT_COMPARED);
    }
    return List.of(
        Comparison.BETTER,
        Comparison.SIMILAR,
        Comparison.WORSE,
        Comparison.HIGHER,
        Comparison.LOWER,
        Comparison.NOT_COMPARED);
  }

  private static String comparedWith(Comparison c, String borough) {
    return switch (c) {
      case NOT_COMPARED -> c.label();
      case SIMILAR -> "Similar to " + borough;
      case BETTER, WORSE, HIGHER, LOWER -> c.label() + " than " + borough;
      // A rank among all areas, not a judgement against this one.
      case LOWEST_QUINTILE, LOW_QUINTILE, MIDDLE_QUINTILE, HIGH_QUINTILE, HIGHEST_QUINTILE ->
          c.label();
    };
  }
}
