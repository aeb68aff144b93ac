package outcomes.report.chart;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/**
 * A chart ready to be written as PNG or SVG. Both are drawn whole in memory before the first byte
 * reaches the stream, so a failure while drawing writes nothing; give the stream of an atomic write
 * ({@code AtomicOutput.write(path, chart::writePng)}) and a failure while writing leaves no partial
 * file either. The same view always gives the same bytes: a bundled font, fixed rendering hints, no
 * metadata or time in the PNG, fixed ids and no comments in the SVG.
 */
public final class Chart {
  /** The PNG is drawn at twice the chart's size in points, for print. */
  public static final int PNG_SCALE = 2;

  private final JFreeChart chart;
  private final ChartText text;
  private final int width;
  private final int height;

  Chart(JFreeChart chart, ChartText text, int width, int height) {
    this.chart = Objects.requireNonNull(chart, "chart");
    this.text = Objects.requireNonNull(text, "text");
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("a chart needs a positive size");
    }
    this.width = width;
    this.height = height;
  }

  /** Width in points (SVG user units); the PNG is {@link #PNG_SCALE} times as wide in pixels. */
  public int width() {
    return width;
  }

  /** Height in points. */
  public int height() {
    return height;
  }

  public ChartText text() {
    return text;
  }

  /** Writes the chart as a PNG of {@code width() * PNG_SCALE} by {@code height() * PNG_SCALE}. */
  public void writePng(OutputStream out) throws IOException {
    out.write(png());
  }

  /** Writes the chart as a standalone SVG document in UTF-8. */
  public void writeSvg(OutputStream out) throws IOException {
    out.write(SvgDocument.render(this));
  }

  /** The chart as PNG bytes, {@code width() * PNG_SCALE} by {@code height() * PNG_SCALE}. */
  public byte[] png() {
    BufferedImage image =
        new BufferedImage(width * PNG_SCALE, height * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHints(ChartStyle.renderingHints());
      g2.setColor(Color.WHITE);
      g2.fillRect(0, 0, image.getWidth(), image.getHeight());
      g2.scale(PNG_SCALE, PNG_SCALE);
      draw(g2);
    } finally {
      g2.dispose();
    }
    try {
      return PngEncoder.encode(image);
    } catch (IOException e) {
      // Only a bug writes to memory unsuccessfully.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Draws the chart onto a canvas of {@code width() x height()} points. One thread at a time: the
   * report draws a ward map's PNG for the workbook on one thread while another may be drawing its
   * SVG, and JFreeChart keeps drawing state in the chart (a title's or legend's laid-out items), so
   * two draws at once could fail with a ConcurrentModificationException.
   */
  synchronized void draw(Graphics2D g2) {
    ChartRenderingInfo info = new ChartRenderingInfo(null);
    chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), null, info);
    if (text.illustrative()) {
      Watermark.draw(g2, info.getPlotInfo().getDataArea());
    }
  }

  /**
   * The height at which the plot gets the height it needs at the chart's width: the chart is laid
   * out once on a tall page to measure what its titles, legend and caption take.
   */
  static int fitHeight(JFreeChart chart, int width, DoubleUnaryOperator plotHeightForWidth) {
    int probe = 4000;
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = scratch.createGraphics();
    try {
      g2.setRenderingHints(ChartStyle.renderingHints());
      ChartRenderingInfo info = new ChartRenderingInfo(null);
      chart.draw(g2, new Rectangle2D.Double(0, 0, width, probe), null, info);
      Rectangle2D plot = info.getPlotInfo().getPlotArea();
      double overhead = probe - plot.getHeight();
      return (int) Math.ceil(overhead + plotHeightForWidth.applyAsDouble(plot.getWidth()));
    } finally {
      g2.dispose();
    }
  }

  Dimension size() {
    return new Dimension(width, height);
  }
}
