package outcomes.report.chart;

import java.awt.Color;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/** Plot settings in the house style: white, no border, gridlines on the value axis only. */
final class Plots {
  static final String NO_DATA = "No values to show";

  private Plots() {}

  static void styleXY(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setInsets(new RectangleInsets(6, 0, 0, 6));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setDomainGridlinesVisible(false);
    plot.setDomainMinorGridlinesVisible(false);
    plot.setRangeMinorGridlinesVisible(false);
    plot.setRangeGridlinesVisible(true);
    plot.setRangeGridlinePaint(ChartStyle.GRIDLINE);
    plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
    plot.setRangeZeroBaselineVisible(false);
    plot.setDomainCrosshairVisible(false);
    plot.setRangeCrosshairVisible(false);
    plot.setNoDataMessage(NO_DATA);
    plot.setNoDataMessageFont(ChartStyle.SUBTITLE_FONT);
    plot.setNoDataMessagePaint(ChartStyle.SECONDARY_TEXT);
  }
}
