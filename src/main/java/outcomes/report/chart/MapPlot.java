package outcomes.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.ui.RectangleInsets;
import outcomes.geo.LocalProjection;
import outcomes.geo.Ring;
import outcomes.model.Comparison;
import outcomes.report.Figures;

/**
 * The body of a ward map: the wards, shaded and numbered, under the borough's outline (the outer
 * edge of its wards, so it lies on them exactly), and beside it the key, one line a ward in the
 * order of their numbers (alphabetical), with its figure. Each ward is drawn once, in an SVG group
 * of its own titled with its number, name, code and figure. Layout is measured with one fixed font
 * context, so it is the same for PNG and SVG.
 */
final class MapPlot extends Plot {
  private static final long serialVersionUID = 1L;

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static final Font KEY_FONT = ChartStyle.SMALL_FONT;
  private static final Font KEY_HEADER_FONT = ChartStyle.SMALL_BOLD_FONT;
  private static final Font NUMBER_FONT = ChartFonts.bold(10.5f);
  private static final Color EDGE = new Color(0x6F777B);
  private static final BasicStroke EDGE_STROKE =
      new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  static final BasicStroke OUTLINE_STROKE =
      new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  private static final BasicStroke SEAL =
      new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL);
  private static final double ROW = 17;
  private static final double KEY_HEADER = 22;
  private static final double SWATCH = 13;
  private static final double GAP = 22;
  private static final double MAX_MAP_HEIGHT = 520;
  private static final double MARKER = 17;

  private final transient MapView view;
  private final transient List<MapView.Ward> numbered;
  private final transient LocalProjection projection;

  MapPlot(MapView view) {
    this.view = view;
    List<MapView.Ward> wards = new ArrayList<>(view.wards());
    // numbered alphabetically, so a reader finds a ward in the key by its name
    wards.sort(
        Comparator.comparing((MapView.Ward w) -> w.name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(MapView.Ward::code));
    this.numbered = List.copyOf(wards);
    this.projection =
        LocalProjection.around(wards.stream().flatMap(w -> w.rings().stream()).toList());
    setOutlineVisible(false);
    setBackgroundPaint(Color.WHITE);
    setInsets(new RectangleInsets(4, 0, 0, 0));
    setNoDataMessage(Plots.NO_DATA);
    setNoDataMessageFont(ChartStyle.SUBTITLE_FONT);
    setNoDataMessagePaint(ChartStyle.SECONDARY_TEXT);
  }

  @Override
  public String getPlotType() {
    return "Ward map";
  }

  /** The height the map and its key need at the given width. */
  double preferredHeight(double width) {
    if (numbered.isEmpty()) {
      return 120;
    }
    Layout l = layout(width);
    return Math.max(l.mapHeight, KEY_HEADER + numbered.size() * ROW) + 6;
  }

  @Override
  public void draw(
      Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState state, PlotRenderingInfo info) {
    if (info != null) {
      info.setPlotArea(area);
    }
    if (numbered.isEmpty()) {
      if (info != null) {
        info.setDataArea(area);
      }
      drawNoDataMessage(g2, area);
      return;
    }
    Layout l = layout(area.getWidth());
    Rectangle2D map = new Rectangle2D.Double(area.getX(), area.getY(), l.mapWidth, l.mapHeight);
    if (info != null) {
      // the illustrative watermark goes across the map
      info.setDataArea(map);
    }
    List<Path2D> paths = new ArrayList<>();
    Area outline = new Area();
    AffineTransform place = placing(map);
    for (MapView.Ward w : numbered) {
      Path2D p = path(w, place);
      paths.add(p);
      // each ward a hair wider, so that where two wards' edges almost meet (boundaries generalised
      // apart, or a coordinate's last digit) no sliver between them is drawn as borough boundary
      Area a = new Area(p);
      a.add(new Area(SEAL.createStrokedShape(p)));
      outline.add(a);
    }
    for (int i = 0; i < numbered.size(); i++) {
      MapView.Ward w = numbered.get(i);
      Path2D p = paths.get(i);
      SvgDocument.titled(
          g2,
          title(i + 1, w),
          () -> {
            g2.setPaint(view.shading().fill(w));
            g2.fill(p);
            g2.setPaint(EDGE);
            g2.setStroke(EDGE_STROKE);
            g2.draw(p);
          });
    }
    g2.setPaint(ChartStyle.TEXT);
    g2.setStroke(OUTLINE_STROKE);
    g2.draw(outline);
    for (int i = 0; i < numbered.size(); i++) {
      label(g2, i + 1, numbered.get(i), LabelPoint.of(paths.get(i)));
    }
    drawKey(g2, l, area.getX() + l.mapWidth + GAP, area.getY());
  }

  /** Longitude and latitude to points on the page: north up, centred in the map's box. */
  private AffineTransform placing(Rectangle2D map) {
    double w = Math.max(projection.width(), 1e-9);
    double h = Math.max(projection.height(), 1e-9);
    double scale = Math.min(map.getWidth() / w, map.getHeight() / h);
    double left = map.getX() + (map.getWidth() - w * scale) / 2;
    double top = map.getY() + (map.getHeight() - h * scale) / 2;
    AffineTransform t = AffineTransform.getTranslateInstance(left, top + h * scale);
    t.scale(scale, -scale);
    return t;
  }

  private Path2D path(MapView.Ward w, AffineTransform place) {
    Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    for (Ring r : w.rings()) {
      for (int i = 0; i < r.size(); i++) {
        double x = projection.x(r.lon(i));
        double y = projection.y(r.lat(i));
        if (i == 0) {
          p.moveTo(x, y);
        } else {
          p.lineTo(x, y);
        }
      }
      p.closePath();
    }
    p.transform(place);
    return p;
  }

  /**
   * The ward's number in a white marker of its comparison's shape, so colour is not the only cue.
   */
  private void label(Graphics2D g2, int number, MapView.Ward w, Point2D at) {
    Shape marker =
        AffineTransform.getTranslateInstance(at.getX(), at.getY())
            .createTransformedShape(markerShape(view.shading().marker(w), MARKER));
    g2.setPaint(Color.WHITE);
    g2.fill(marker);
    g2.setPaint(ChartStyle.DARK_GREY);
    g2.setStroke(Marks.OUTLINE);
    g2.draw(marker);
    g2.setFont(NUMBER_FONT);
    g2.setPaint(ChartStyle.TEXT);
    String n = Integer.toString(number);
    Rectangle2D b = NUMBER_FONT.getStringBounds(n, FRC);
    float ascent = NUMBER_FONT.getLineMetrics(n, FRC).getAscent();
    float descent = NUMBER_FONT.getLineMetrics(n, FRC).getDescent();
    g2.drawString(
        n,
        (float) (at.getX() - b.getWidth() / 2),
        (float) (at.getY() + (ascent - descent) / 2 - 0.5));
  }

  /** "12. Westbourne (E05000648): 75.3 years (95% CI 73.7 to 76.8), worse than Westminster". */
  private String title(int number, MapView.Ward w) {
    return number + ". " + w.name() + " (" + w.code() + "): " + figure(w, true);
  }

  private String figure(MapView.Ward w, boolean full) {
    if (w.value().isEmpty()) {
      return "no figure";
    }
    int d = view.unit().decimals();
    if (!full) {
      return Figures.number(w.value().getAsDouble(), d);
    }
    String ci = w.ci95().map(i -> " (95% CI " + Figures.range(i, d) + ")").orElse("");
    String judgement = view.shading().judgement(w);
    return Figures.withUnit(w.value().getAsDouble(), view.unit())
        + ci
        + (judgement.isEmpty() ? "" : ", " + judgement);
  }

  private void drawKey(Graphics2D g2, Layout l, double x, double y) {
    g2.setPaint(ChartStyle.TEXT);
    g2.setFont(KEY_HEADER_FONT);
    double baseline = y + KEY_HEADER - 8;
    g2.drawString("Ward", (float) (x + l.nameX), (float) baseline);
    String unit = ChartText.axisLabel(view.unit().label());
    g2.drawString(unit, (float) (x + l.keyWidth - width(unit, KEY_HEADER_FONT)), (float) baseline);
    g2.setFont(KEY_FONT);
    for (int i = 0; i < numbered.size(); i++) {
      MapView.Ward w = numbered.get(i);
      double top = y + KEY_HEADER + i * ROW;
      double text = top + ROW / 2 + 4.5;
      Shape swatch = swatch(view.shading().marker(w), x, top + (ROW - SWATCH) / 2);
      g2.setPaint(view.shading().fill(w));
      g2.fill(swatch);
      g2.setPaint(ChartStyle.DARK_GREY);
      g2.setStroke(Marks.OUTLINE);
      g2.draw(swatch);
      g2.setPaint(ChartStyle.TEXT);
      String n = Integer.toString(i + 1);
      g2.drawString(n, (float) (x + l.nameX - 6 - width(n, KEY_FONT)), (float) text);
      g2.drawString(w.name(), (float) (x + l.nameX), (float) text);
      String v = w.value().isPresent() ? figure(w, false) : "–";
      g2.drawString(v, (float) (x + l.keyWidth - width(v, KEY_FONT)), (float) text);
    }
  }

  /**
   * A key's swatch: the ward's fill with its marker cut out where the shading has markers (the
   * comparisons), so the key shows the shape the map's number stands in.
   */
  private static Shape swatch(Optional<Comparison> marker, double x, double y) {
    Rectangle2D box = new Rectangle2D.Double(x, y, SWATCH * 1.6, SWATCH);
    if (marker.isEmpty()) {
      return box;
    }
    Area a = new Area(box);
    a.subtract(
        new Area(
            AffineTransform.getTranslateInstance(box.getCenterX(), box.getCenterY())
                .createTransformedShape(Marks.shape(marker.get(), SWATCH * 0.62))));
    return a;
  }

  /** A comparison's marker, or a circle where the shading has none. */
  private static Shape markerShape(Optional<Comparison> marker, double size) {
    return marker.map(c -> Marks.shape(c, size)).orElse(Marks.shape(0, size));
  }

  @Override
  public LegendItemCollection getLegendItems() {
    LegendItemCollection items = new LegendItemCollection();
    for (MapView.Key k : view.shading().keys(view.wards())) {
      items.add(item(k.label(), k.colour(), swatch(k.marker(), -SWATCH * 0.8, -SWATCH / 2)));
    }
    if (view.wards().stream().anyMatch(w -> w.value().isEmpty())) {
      items.add(
          item(
              "No figure",
              MapView.NO_FIGURE,
              swatch(Optional.empty(), -SWATCH * 0.8, -SWATCH / 2)));
    }
    items.add(Marks.line(view.borough() + " boundary", ChartStyle.TEXT, OUTLINE_STROKE, null));
    return items;
  }

  private static LegendItem item(String label, Color fill, Shape shape) {
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
            Marks.OUTLINE,
            false,
            new java.awt.geom.Line2D.Double(),
            Marks.OUTLINE,
            fill);
    item.setLabelFont(ChartStyle.BODY_FONT);
    item.setLabelPaint(ChartStyle.TEXT);
    return item;
  }

  private Layout layout(double width) {
    double names = 0;
    double values = width(ChartText.axisLabel(view.unit().label()), KEY_HEADER_FONT);
    for (MapView.Ward w : numbered) {
      names = Math.max(names, width(w.name(), KEY_FONT));
      values = Math.max(values, width(w.value().isPresent() ? figure(w, false) : "–", KEY_FONT));
    }
    double nameX = SWATCH * 1.6 + 8 + width(Integer.toString(numbered.size()), KEY_FONT) + 6;
    double keyWidth = Math.min(width * 0.45, nameX + names + 14 + values);
    double mapWidth = width - keyWidth - GAP;
    double aspect = projection.height() / Math.max(projection.width(), 1e-9);
    double mapHeight = Math.min(MAX_MAP_HEIGHT, mapWidth * aspect);
    return new Layout(keyWidth, nameX, mapWidth, mapHeight);
  }

  private record Layout(double keyWidth, double nameX, double mapWidth, double mapHeight) {}

  private static double width(String s, Font font) {
    return s.isEmpty() ? 0 : font.getStringBounds(s, FRC).getWidth();
  }
}
