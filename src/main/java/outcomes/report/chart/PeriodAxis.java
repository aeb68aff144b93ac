package outcomes.report.chart;

import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A horizontal axis of periods, item i at x = i, labelled as the source writes the period. When the
 * labels would collide it labels every second (third…) period, always keeping the latest, rather
 * than turning the text on its side.
 */
final class PeriodAxis extends NumberAxis {
  private static final long serialVersionUID = 1L;
  private static final double GAP = 14;

  private final List<String> labels;

  PeriodAxis(List<String> labels) {
    super(null);
    this.labels = List.copyOf(labels);
    ChartStyle.style(this);
    setAxisLineVisible(true);
    setAutoRange(false);
    int n = Math.max(labels.size(), 1);
    setRange(-0.5, n - 0.5);
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public List refreshTicks(
      Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    List ticks = new ArrayList();
    int n = labels.size();
    if (n == 0) {
      return ticks;
    }
    int step = step(g2.getFontRenderContext(), dataArea.getWidth());
    for (int i = 0; i < n; i++) {
      if ((n - 1 - i) % step == 0) {
        ticks.add(
            new NumberTick(
                TickType.MAJOR, i, labels.get(i), TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0.0));
      }
    }
    return ticks;
  }

  /** Label every step-th period so that no two labels touch. */
  int step(FontRenderContext frc, double width) {
    double widest = 0;
    for (String label : labels) {
      widest = Math.max(widest, getTickLabelFont().getStringBounds(label, frc).getWidth());
    }
    double slot = width / Math.max(labels.size(), 1);
    return Math.max(1, (int) Math.ceil((widest + GAP) / slot));
  }
}
