package outcomes.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.ui.RectangleInsets;
import outcomes.model.Comparison;
import outcomes.model.Polarity;
import outcomes.report.Figures;

/**
 * The body of a spine chart: a table with one row per indicator (title, period, the area's value,
 * the benchmark's, the worst or lowest area's) then the spine itself and the best or highest value.
 * Layout is measured with one fixed font context, so it is the same for PNG and SVG.
 */
final class SpinePlot extends Plot {
  private static final long serialVersionUID = 1L;

  static final Color RANGE = new Color(0xC9C9C9);
  static final Color QUARTILES = new Color(0x8B8B8B);
  static final Color BENCHMARK = ChartStyle.TEXT;
  private static final Color RULE = new Color(0xE3E3E3);
  private static final BasicStroke BENCHMARK_STROKE = new BasicStroke(2f);
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  static final Font HEADER_FONT = ChartStyle.SMALL_BOLD_FONT;
  static final Font CELL_FONT = ChartStyle.SMALL_FONT;
  private static final double LINE = 15.5;
  private static final double ROW_PAD = 6;
  private static final double MIN_ROW = 30;
  private static final double HEADER = 2 * LINE + 8;
  private static final double CELL_PAD = 12;
  private static final double MIN_TITLE = 150;
  private static final double MIN_SPINE = 170;
  private static final double MARKER = 12;
  private static final double LONG_PERIOD = 72;

  private final transient SpineView view;

  SpinePlot(SpineView view) {
    this.view = view;
    setOutlineVisible(false);
    setBackgroundPaint(Color.WHITE);
    setInsets(RectangleInsets.ZERO_INSETS);
    setNoDataMessage(Plots.NO_DATA);
    setNoDataMessageFont(ChartStyle.SUBTITLE_FONT);
    setNoDataMessagePaint(ChartStyle.SECONDARY_TEXT);
  }

  @Override
  public String getPlotType() {
    return "Spine";
  }

  /** The height the table needs at the given width. */
  double preferredHeight(double width) {
    if (view.rows().isEmpty()) {
      return 120;
    }
    return layout(width).height() + 4;
  }

  @Override
  public void draw(
      Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState state, PlotRenderingInfo info) {
    if (info != null) {
      info.setPlotArea(area);
      info.setDataArea(area);
    }
    if (view.rows().isEmpty()) {
      drawNoDataMessage(g2, area);
      return;
    }
    Layout layout = layout(area.getWidth());
    double x = area.getX();
    double y = area.getY();
    drawHeader(g2, layout, x, y);
    double top = y + HEADER;
    double rowTop = top;
    for (int i = 0; i < view.rows().size(); i++) {
      double h = layout.rowHeights.get(i);
      drawRow(g2, layout, view.rows().get(i), layout.titleLines.get(i), x, rowTop, h);
      rowTop += h;
    }
    double centre = x + layout.spineX() + layout.spineWidth() / 2;
    g2.setPaint(BENCHMARK);
    g2.setStroke(BENCHMARK_STROKE);
    g2.draw(new Line2D.Double(centre, top + 3, centre, rowTop - 3));
  }

  private void drawHeader(Graphics2D g2, Layout l, double x, double y) {
    g2.setPaint(ChartStyle.TEXT);
    g2.setFont(HEADER_FONT);
    text(g2, "Indicator", x, y + 2 * LINE, false);
    String[][] headers = headers();
    double[] rights = l.columnRights();
    for (int c = 0; c < headers.length; c++) {
      double right = c < rights.length ? x + rights[c] : 0;
      for (int k = 0; k < headers[c].length; k++) {
        double baseline = y + LINE * (k + 1) + (headers[c].length == 1 ? LINE : 0);
        if (c == headers.length - 1) {
          text(g2, headers[c][k], x + l.bestX(), baseline, false);
        } else {
          text(g2, headers[c][k], right, baseline, true);
        }
      }
    }
    g2.setPaint(ChartStyle.AXIS_LINE);
    g2.setStroke(new BasicStroke(1f));
    g2.draw(new Line2D.Double(x, y + HEADER - 3, x + l.width, y + HEADER - 3));
  }

  /** Column headings, two lines at most: period, area, benchmark, worst, best. */
  private String[][] headers() {
    return new String[][] {
      {"Period"},
      wrapHeader(view.area()),
      wrapHeader(view.benchmark()),
      {"Worst/", "Lowest"},
      {"Best/", "Highest"}
    };
  }

  private static String[] wrapHeader(String name) {
    List<String> lines = wrap(name, HEADER_FONT, 90);
    if (lines.size() <= 2) {
      return lines.toArray(new String[0]);
    }
    return new String[] {lines.get(0), String.join(" ", lines.subList(1, lines.size()))};
  }

  private void drawRow(
      Graphics2D g2,
      Layout l,
      SpineView.Row row,
      List<String> title,
      double x,
      double y,
      double h) {
    g2.setPaint(RULE);
    g2.setStroke(new BasicStroke(1f));
    g2.draw(new Line2D.Double(x, y + h, x + l.width, y + h));
    g2.setPaint(ChartStyle.TEXT);
    g2.setFont(CELL_FONT);
    lines(g2, title, x, y, h, false);
    double[] rights = l.columnRights();
    lines(g2, periodLines(row.period()), x + rights[0], y, h, true);
    double mid = y + h / 2;
    double baseline = mid + centreOffset(CELL_FONT);
    String[] cells = cells(row);
    for (int c = 1; c < cells.length; c++) {
      if (c == cells.length - 1) {
        text(g2, cells[c], x + l.bestX(), baseline, false);
      } else {
        text(g2, cells[c], x + rights[c], baseline, true);
      }
    }
    drawSpine(g2, row, x + l.spineX(), l.spineWidth(), mid, Math.min(h - 12, 18));
  }

  private void drawSpine(
      Graphics2D g2, SpineView.Row row, double x, double width, double mid, double bar) {
    SpineScale scale = SpineScale.of(row);
    SpineView.Spread s = row.spread();
    double[] ends = sorted(scale.position(s.min()), scale.position(s.max()));
    double[] quartiles = sorted(scale.position(s.q1()), scale.position(s.q3()));
    double top = mid - bar / 2;
    g2.setPaint(RANGE);
    g2.fill(new Rectangle2D.Double(x + ends[0] * width, top, (ends[1] - ends[0]) * width, bar));
    g2.setPaint(QUARTILES);
    g2.fill(
        new Rectangle2D.Double(
            x + quartiles[0] * width,
            top,
            Math.max((quartiles[1] - quartiles[0]) * width, 1),
            bar));
    if (row.areaValue().isPresent()) {
      double px = x + scale.position(row.areaValue().getAsDouble()) * width;
      Shape marker = Marks.shape(row.comparison(), MARKER);
      Shape placed = AffineTransform.getTranslateInstance(px, mid).createTransformedShape(marker);
      g2.setPaint(ChartStyle.colour(row.comparison()));
      g2.fill(placed);
      g2.setPaint(ChartStyle.DARK_GREY);
      g2.setStroke(Marks.OUTLINE);
      g2.draw(placed);
    }
  }

  /** Lines of text centred vertically in a row. */
  private static void lines(
      Graphics2D g2, List<String> lines, double x, double y, double h, boolean right) {
    double first = y + (h - lines.size() * LINE) / 2 + LINE - 3.5;
    for (int k = 0; k < lines.size(); k++) {
      text(g2, lines.get(k), x, first + k * LINE, right);
    }
  }

  private static double[] sorted(double a, double b) {
    return a <= b ? new double[] {a, b} : new double[] {b, a};
  }

  /** Period, area's value, benchmark's value, worst (lowest), best (highest). */
  private static String[] cells(SpineView.Row row) {
    int d = row.unit().decimals();
    return new String[] {
      row.period(),
      row.areaValue().isPresent() ? Figures.number(row.areaValue().getAsDouble(), d) : "–",
      Figures.number(row.benchmarkValue(), d),
      Figures.number(SpineScale.leftValue(row), d),
      Figures.number(SpineScale.rightValue(row), d)
    };
  }

  /** A long period ("Oct 2022 - Sep 2023") goes on two lines, broken after its dash. */
  static List<String> periodLines(String period) {
    int dash = period.indexOf(" - ");
    if (dash < 0 || width(period, CELL_FONT) <= LONG_PERIOD) {
      return List.of(period);
    }
    return List.of(period.substring(0, dash + 2), period.substring(dash + 3));
  }

  private static String title(SpineView.Row row) {
    String unit = row.unit().label();
    return unit.isEmpty() ? row.indicator() : row.indicator() + " (" + unit + ")";
  }

  private static void text(Graphics2D g2, String s, double x, double baseline, boolean right) {
    if (s.isEmpty()) {
      return;
    }
    double w = right ? g2.getFont().getStringBounds(s, FRC).getWidth() : 0;
    g2.drawString(s, (float) (x - w), (float) baseline);
  }

  private static double centreOffset(Font font) {
    LineMetrics m = font.getLineMetrics("0", FRC);
    return (m.getAscent() - m.getDescent()) / 2;
  }

  @Override
  public LegendItemCollection getLegendItems() {
    LegendItemCollection items = new LegendItemCollection();
    Set<Comparison> used = EnumSet.noneOf(Comparison.class);
    boolean judged = false;
    for (SpineView.Row row : view.rows()) {
      if (row.areaValue().isPresent()) {
        used.add(row.comparison());
      }
      judged |= row.polarity() != Polarity.NO_JUDGEMENT;
    }
    if (judged) {
      used.addAll(EnumSet.of(Comparison.BETTER, Comparison.SIMILAR, Comparison.WORSE));
    }
    for (Comparison c : Comparison.values()) {
      if (used.contains(c)) {
        items.add(Marks.marker(comparedWith(c), ChartStyle.colour(c), Marks.shape(c, MARKER)));
      }
    }
    items.add(Marks.line(view.benchmark(), BENCHMARK, BENCHMARK_STROKE, null));
    String of = view.spreadOf().isEmpty() ? "areas" : view.spreadOf();
    items.add(Marks.swatch("Range of " + of, RANGE));
    items.add(Marks.swatch("25th to 75th percentile", QUARTILES));
    return items;
  }

  private String comparedWith(Comparison c) {
    return switch (c) {
      case NOT_COMPARED -> c.label();
      case SIMILAR -> "Similar to " + view.benchmark();
      case BETTER, WORSE, HIGHER, LOWER -> c.label() + " than " + view.benchmark();
      // A rank among all areas, not a judgement against this one.
      case LOWEST_QUINTILE, LOW_QUINTILE, MIDDLE_QUINTILE, HIGH_QUINTILE, HIGHEST_QUINTILE ->
          c.label();
    };
  }

  private Layout layout(double width) {
    String[][] headers = headers();
    double[] widths = new double[headers.length];
    for (int c = 0; c < headers.length; c++) {
      double w = 0;
      for (String h : headers[c]) {
        w = Math.max(w, width(h, HEADER_FONT));
      }
      for (SpineView.Row row : view.rows()) {
        if (c == 0) {
          for (String line : periodLines(row.period())) {
            w = Math.max(w, width(line, CELL_FONT));
          }
        } else {
          w = Math.max(w, width(cells(row)[c], CELL_FONT));
        }
      }
      widths[c] = w + CELL_PAD;
    }
    double fixed = 0;
    for (double w : widths) {
      fixed += w;
    }
    double longest = 0;
    for (SpineView.Row row : view.rows()) {
      longest = Math.max(longest, width(title(row), CELL_FONT));
    }
    double titleWidth = Math.max(MIN_TITLE, Math.min(longest + CELL_PAD, width * 0.38));
    if (width - fixed - titleWidth - 2 * CELL_PAD < MIN_SPINE) {
      titleWidth = Math.max(MIN_TITLE, width - fixed - 2 * CELL_PAD - MIN_SPINE);
    }
    List<List<String>> titles = new ArrayList<>();
    List<Double> heights = new ArrayList<>();
    for (SpineView.Row row : view.rows()) {
      List<String> lines = wrap(title(row), CELL_FONT, titleWidth - CELL_PAD);
      titles.add(lines);
      int tallest = Math.max(lines.size(), periodLines(row.period()).size());
      heights.add(Math.max(MIN_ROW, tallest * LINE + 2 * ROW_PAD));
    }
    return new Layout(width, titleWidth, widths, titles, heights);
  }

  /** Column positions: title, then period, area, benchmark, worst, spine, best. */
  private record Layout(
      double width,
      double titleWidth,
      double[] widths,
      List<List<String>> titleLines,
      List<Double> rowHeights) {

    double spineWidth() {
      double fixed = 0;
      for (double w : widths) {
        fixed += w;
      }
      return Math.max(40, width - titleWidth - fixed - 2 * CELL_PAD);
    }

    /** Left edge of the spine, after the worst column and a margin for markers at the edge. */
    double spineX() {
      return titleWidth + widths[0] + widths[1] + widths[2] + widths[3] + CELL_PAD;
    }

    /** The left edge of the best (highest) column, after the spine and its margin. */
    double bestX() {
      return spineX() + spineWidth() + CELL_PAD;
    }

    /** The right edge of each text column before the spine, where its text ends. */
    double[] columnRights() {
      double[] rights = new double[widths.length - 1];
      double x = titleWidth;
      for (int c = 0; c < rights.length; c++) {
        x += widths[c];
        rights[c] = x;
      }
      return rights;
    }

    double height() {
      double h = HEADER;
      for (double r : rowHeights) {
        h += r;
      }
      return h;
    }
  }

  static double width(String s, Font font) {
    return s.isEmpty() ? 0 : font.getStringBounds(s, FRC).getWidth();
  }

  /** Greedy word wrap; a word longer than the width gets a line of its own. */
  static List<String> wrap(String text, Font font, double width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && width(candidate, font) > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
