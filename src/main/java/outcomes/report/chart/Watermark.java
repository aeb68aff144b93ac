package outcomes.report.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/** "Illustrative data" written faintly across the plot of a chart made from illustrative data. */
final class Watermark {
  private static final String TEXT = "ILLUSTRATIVE DATA";
  private static final double ANGLE = Math.toRadians(-18);

  private Watermark() {}

  static void draw(Graphics2D g2, Rectangle2D area) {
    if (area == null || area.getWidth() < 40 || area.getHeight() < 20) {
      return;
    }
    Graphics2D g = (Graphics2D) g2.create();
    try {
      FontRenderContext frc = g.getFontRenderContext();
      Font base = ChartFonts.bold(40f);
      double width = base.getStringBounds(TEXT, frc).getWidth();
      float size = (float) Math.max(14, Math.min(64, 40 * area.getWidth() * 0.62 / width));
      Font font = ChartFonts.bold(size);
      Rectangle2D bounds = font.getStringBounds(TEXT, frc);
      g.clip(area);
      g.setFont(font);
      g.setPaint(ChartStyle.withAlpha(ChartStyle.DARK_PINK, 34));
      AffineTransform at = new AffineTransform();
      at.translate(area.getCenterX(), area.getCenterY());
      at.rotate(ANGLE);
      g.transform(at);
      g.drawString(TEXT, (float) (-bounds.getWidth() / 2), (float) (bounds.getHeight() / 4));
    } finally {
      g.dispose();
    }
  }
}
