package outcomes.report.chart;

import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a ward's number goes: the point inside it farthest from its edges (its "pole of
 * inaccessibility"), found on a grid and refined once. A centroid can fall outside a crescent or an
 * L-shaped ward, or sit on a narrow neck; this point never does. Deterministic: a fixed grid, ties
 * to the first found.
 */
final class LabelPoint {
  private static final int GRID = 24;

  private LabelPoint() {}

  static Point2D of(Path2D ward) {
    List<Line2D> edges = edges(ward);
    Rectangle2D box = ward.getBounds2D();
    Best best =
        search(
            ward, edges, box, new Best(new Point2D.Double(box.getCenterX(), box.getCenterY()), -1));
    double w = box.getWidth() / GRID;
    double h = box.getHeight() / GRID;
    Rectangle2D around =
        new Rectangle2D.Double(best.at.getX() - w, best.at.getY() - h, 2 * w, 2 * h);
    return search(ward, edges, around, best).at;
  }

  private record Best(Point2D at, double clearance) {}

  private static Best search(Path2D ward, List<Line2D> edges, Rectangle2D box, Best start) {
    Best best = start;
    for (int i = 0; i <= GRID; i++) {
      for (int j = 0; j <= GRID; j++) {
        double x = box.getX() + box.getWidth() * (i + 0.5) / (GRID + 1);
        double y = box.getY() + box.getHeight() * (j + 0.5) / (GRID + 1);
        if (!ward.contains(x, y)) {
          continue;
        }
        double clearance = Double.POSITIVE_INFINITY;
        for (Line2D e : edges) {
          clearance = Math.min(clearance, e.ptSegDist(x, y));
        }
        if (clearance > best.clearance) {
          best = new Best(new Point2D.Double(x, y), clearance);
        }
      }
    }
    return best;
  }

  private static List<Line2D> edges(Path2D ward) {
    List<Line2D> edges = new ArrayList<>();
    double[] c = new double[6];
    double startX = 0;
    double startY = 0;
    double lastX = 0;
    double lastY = 0;
    for (PathIterator it = ward.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      if (type == PathIterator.SEG_MOVETO) {
        startX = c[0];
        startY = c[1];
      } else if (type == PathIterator.SEG_LINETO) {
        edges.add(new Line2D.Double(lastX, lastY, c[0], c[1]));
      } else if (type == PathIterator.SEG_CLOSE) {
        edges.add(new Line2D.Double(lastX, lastY, startX, startY));
        c[0] = startX;
        c[1] = startY;
      }
      lastX = c[0];
      lastY = c[1];
    }
    return edges;
  }
}
