package outcomes.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import outcomes.model.Comparison;

/** Marker shapes and legend entries shared by the charts. */
final class Marks {
  static final Stroke OUTLINE = new BasicStroke(1.2f);

  private Marks() {}

  /** A marker of the given kind, centred on the origin, about {@code size} points across. */
  static Shape shape(int kind, double size) {
    double r = size / 2;
    switch (Math.floorMod(kind, 4)) {
      case 0:
        return new Ellipse2D.Double(-r, -r, size, size);
      case 1:
        double s = r * 0.9;
        return new Rectangle2D.Double(-s, -s, 2 * s, 2 * s);
      case 2:
        return triangle(r * 1.15);
      default:
        return diamond(r * 1.2);
    }
  }

  /** Each comparison's own marker, so that colour is not the only cue. */
  static Shape shape(Comparison c, double size) {
    return switch (c) {
      case BETTER, HIGHER -> shape(0, size);
      case SIMILAR -> shape(1, size);
      case WORSE, LOWER -> shape(3, size * 1.05);
      case LOWEST_QUINTILE,
          LOW_QUINTILE,
          MIDDLE_QUINTILE,
          HIGH_QUINTILE,
          HIGHEST_QUINTILE,
          NOT_COMPARED ->
          shape(0, size * 0.8);
    };
  }

  private static Shape triangle(double r) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(0, -r);
    p.lineTo(r * 0.95, r * 0.7);
    p.lineTo(-r * 0.95, r * 0.7);
    p.closePath();
    return p;
  }

  private static Shape diamond(double r) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(0, -r);
    p.lineTo(r, 0);
    p.lineTo(0, r);
    p.lineTo(-r, 0);
    p.closePath();
    return p;
  }

  /** A legend entry showing a line, with a marker on it when one is given. */
  static LegendItem line(String label, Paint paint, Stroke stroke, Shape marker) {
    LegendItem item =
        new LegendItem(
            label,
            null,
            null,
            null,
            marker != null,
            marker == null ? new Rectangle2D.Double() : marker,
            true,
            paint,
            marker != null,
            Color.WHITE,
            OUTLINE,
            true,
            new Line2D.Double(-14, 0, 14, 0),
            stroke,
            paint);
    item.setLabelFont(ChartStyle.BODY_FONT);
    item.setLabelPaint(ChartStyle.TEXT);
    return item;
  }

  /** A legend entry showing a filled marker with a dark outline. */
  static LegendItem marker(String label, Paint fill, Shape shape) {
    LegendItem item =
        new LegendItem(
            label,
            null,
            null,
            null,
            true,
            shape,
            true,
            fill,
            true,
            ChartStyle.DARK_GREY,
            OUTLINE,
            false,
            new Line2D.Double(),
            OUTLINE,
            fill);
    item.setLabelFont(ChartStyle.BODY_FONT);
    item.setLabelPaint(ChartStyle.TEXT);
    return item;
  }

  /** A legend entry showing a shaded swatch. */
  static LegendItem swatch(String label, Paint fill) {
    LegendItem item =
        new LegendItem(
            label,
            null,
            null,
            null,
            true,
            new Rectangle2D.Double(-12, -7, 24, 14),
            true,
            fill,
            false,
            fill,
            OUTLINE,
            false,
            new Line2D.Double(),
            OUTLINE,
            fill);
    item.setLabelFont(ChartStyle.BODY_FONT);
    item.setLabelPaint(ChartStyle.TEXT);
    return item;
  }
}
