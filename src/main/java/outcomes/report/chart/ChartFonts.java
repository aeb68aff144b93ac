package outcomes.report.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Sans (SIL Open Font License 1.1, bundled with its licence beside it), loaded from the
 * jar so that charts look the same, and are the same bytes, whatever fonts the machine has. It is
 * metric-compatible with Arial, so an SVG viewer without it lays text out the same way with Arial.
 *
 * <p>The fonts are registered with the graphics environment but used as loaded, never looked up by
 * name: a machine with another version of Liberation Sans installed would win a lookup.
 */
final class ChartFonts {
  /** The family name written into SVG, with fallbacks a viewer may have. */
  static final String SVG_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

  static final String FAMILY = "Liberation Sans";

  private static final Font REGULAR = load("LiberationSans-Regular.ttf");
  private static final Font BOLD = load("LiberationSans-Bold.ttf");

  private ChartFonts() {}

  static Font regular(float size) {
    return REGULAR.deriveFont(size);
  }

  static Font bold(float size) {
    // BOLD marks it bold for SVG; Java2D draws the bold face as it is, with no synthetic
    // emboldening
    return BOLD.deriveFont(Font.BOLD, size);
  }

  private static Font load(String file) {
    String resource = "fonts/" + file;
    try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the chart font " + resource + " is missing from the jar");
      }
      Font font = Font.createFont(Font.TRUETYPE_FONT, in);
      // so that a lookup by name finds it too; false (already there) changes nothing here
      GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the chart font " + resource, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("the chart font " + resource + " is not a TrueType font", e);
    }
  }
}
