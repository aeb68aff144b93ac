package outcomes.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import outcomes.model.Comparison;
import outcomes.report.Colours;
import outcomes.report.Illustrative;

/**
 * The house style, after the GOV.UK Analysis Function guidance on charts: its accessible
 * categorical palette in its order, a left-aligned title that says what the chart shows, the unit
 * and period in a subtitle, the source in a caption, horizontal gridlines only, no borders, shadows
 * or 3D. Sizes are in points of an 800 by 450 canvas, which prints at A4 text width with body text
 * at about 9 to 10 point; the PNG is drawn at twice that.
 */
final class ChartStyle {
  /** Analysis Function categorical palette, in the order it is to be used. */
  static final Color DARK_BLUE = new Color(0x12436D);

  static final Color TURQUOISE = new Color(0x28A197);
  static final Color DARK_PINK = new Color(0x801650);
  static final Color ORANGE = new Color(0xF46A25);
  static final Color DARK_GREY = new Color(0x3D3D3D);
  static final Color LIGHT_PURPLE = new Color(0xA285D1);

  /** GOV.UK text and secondary text colours. */
  static final Color TEXT = new Color(0x0B0C0C);

  static final Color SECONDARY_TEXT = new Color(0x505A5F);
  static final Color GRIDLINE = new Color(0xD9D9D9);
  static final Color AXIS_LINE = new Color(0x8C8C8C);

  static final int WIDTH = 800;
  static final int HEIGHT = 450;

  static final Font TITLE_FONT = ChartFonts.bold(22f);
  static final Font SUBTITLE_FONT = ChartFonts.regular(16f);
  static final Font ILLUSTRATIVE_FONT = ChartFonts.bold(15f);
  static final Font BODY_FONT = ChartFonts.regular(14f);
  static final Font BODY_BOLD_FONT = ChartFonts.bold(14f);
  static final Font SMALL_FONT = ChartFonts.regular(13f);
  static final Font SMALL_BOLD_FONT = ChartFonts.bold(13f);
  static final Font CAPTION_FONT = ChartFonts.regular(12.5f);

  static final Stroke GRID_STROKE = new BasicStroke(1f);
  static final Stroke LINE_STROKE =
      new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  static final Stroke DASHED_STROKE =
      new BasicStroke(
          2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 4f}, 0f);
  static final Stroke DOTTED_STROKE =
      new BasicStroke(
          2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {1f, 5f}, 0f);

  static final String ILLUSTRATIVE_LABEL = Illustrative.LABEL;

  private ChartStyle() {}

  /**
   * A chart around a plot: title, the illustrative-data warning, subtitle, legend (when given), the
   * unit above the value axis (when given) and a caption with the source and notes.
   */
  static JFreeChart frame(
      Plot plot,
      ChartText text,
      LegendItemSource legend,
      String unitAboveAxis,
      List<String> notes) {
    JFreeChart chart = new JFreeChart(null, TITLE_FONT, plot, false);
    chart.setRenderingHints(renderingHints());
    chart.setBackgroundPaint(Color.WHITE);
    chart.setBorderVisible(false);
    chart.setPadding(new RectangleInsets(14, 16, 12, 20));
    chart.setTitle(title(text.title(), TITLE_FONT, TEXT, 0));
    if (text.illustrative()) {
      chart.addSubtitle(title(Illustrative.WARNING, ILLUSTRATIVE_FONT, DARK_PINK, 2));
    }
    if (!text.subtitle().isEmpty()) {
      chart.addSubtitle(title(text.subtitle(), SUBTITLE_FONT, SECONDARY_TEXT, 2));
    }
    if (legend != null) {
      chart.addSubtitle(legend(legend));
    }
    if (unitAboveAxis != null && !unitAboveAxis.isEmpty()) {
      chart.addSubtitle(title(unitAboveAxis, BODY_FONT, SECONDARY_TEXT, 4));
    }
    TextTitle caption = title(caption(text, notes), CAPTION_FONT, SECONDARY_TEXT, 0);
    caption.setPosition(RectangleEdge.BOTTOM);
    caption.setPadding(new RectangleInsets(10, 0, 0, 0));
    chart.addSubtitle(caption);
    return chart;
  }

  private static String caption(ChartText text, List<String> notes) {
    StringBuilder caption = new StringBuilder();
    if (!text.source().isEmpty()) {
      caption.append("Source: ").append(text.source());
    }
    for (String note : notes) {
      if (caption.length() > 0) {
        caption.append('\n');
      }
      caption.append(note);
    }
    if (text.illustrative()) {
      caption.append(caption.length() > 0 ? "\n" : "");
      caption.append(ILLUSTRATIVE_LABEL).append(": synthetic figures, not a published source.");
    }
    return caption.toString();
  }

  private static TextTitle title(String text, Font font, Color paint, double below) {
    TextTitle title = new TextTitle(text, font);
    title.setPaint(paint);
    title.setPosition(RectangleEdge.TOP);
    title.setHorizontalAlignment(HorizontalAlignment.LEFT);
    title.setTextAlignment(HorizontalAlignment.LEFT);
    title.setPadding(new RectangleInsets(0, 0, below, 0));
    title.setMargin(new RectangleInsets(0, 0, 2, 0));
    return title;
  }

  private static LegendTitle legend(LegendItemSource source) {
    LegendTitle legend = new LegendTitle(source);
    legend.setPosition(RectangleEdge.TOP);
    legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
    legend.setItemFont(BODY_FONT);
    legend.setItemPaint(TEXT);
    legend.setFrame(BlockBorder.NONE);
    legend.setBackgroundPaint(null);
    legend.setMargin(new RectangleInsets(4, 0, 6, 0));
    legend.setPadding(RectangleInsets.ZERO_INSETS);
    legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 18));
    legend.setLegendItemGraphicPadding(new RectangleInsets(2, 0, 2, 0));
    return legend;
  }

  /** A value axis in the house style: no zero forced in, light line, readable tick labels. */
  static NumberAxis valueAxis() {
    NumberAxis axis = new NumberAxis(null);
    axis.setAutoRangeIncludesZero(false);
    axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.UK));
    style(axis);
    return axis;
  }

  static void style(ValueAxis axis) {
    axis.setTickLabelFont(BODY_FONT);
    axis.setTickLabelPaint(TEXT);
    axis.setLabelFont(BODY_FONT);
    axis.setLabelPaint(SECONDARY_TEXT);
    axis.setAxisLinePaint(AXIS_LINE);
    axis.setAxisLineVisible(false);
    axis.setTickMarksVisible(false);
    axis.setMinorTickMarksVisible(false);
  }

  /** Fixed hints, so that the same view draws the same pixels and the same SVG. */
  static RenderingHints renderingHints() {
    RenderingHints hints =
        new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    hints.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    hints.put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    hints.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    hints.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    hints.put(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
    hints.put(
        RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
    hints.put(JFreeChart.KEY_SUPPRESS_SHADOW_GENERATION, Boolean.TRUE);
    return hints;
  }

  /** A colour with the given opacity, 0 to 255. */
  static Color withAlpha(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }

  /** A comparison's Fingertips colour, shared with the workbook. */
  static Color colour(Comparison c) {
    return new Color(Integer.parseInt(Colours.of(c), 16));
  }
}
