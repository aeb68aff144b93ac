package outcomes.report.chart;

import java.awt.Color;

/**
 * The viridis palette (Smith and van der Walt, CC0), as R's viridisLite gives it for 1 to 7
 * classes, lightest first: a sequential palette that reads the same to people with the common
 * colour-vision deficiencies and in greyscale, its lightness rising evenly.
 */
final class Viridis {
  static final int MAX_CLASSES = 7;

  /** viridis(n), reversed so that the lowest class is the lightest. */
  private static final int[][] PALETTES = {
    {0x21908C},
    {0xFDE725, 0x440154},
    {0xFDE725, 0x21908C, 0x440154},
    {0xFDE725, 0x35B779, 0x31688E, 0x440154},
    {0xFDE725, 0x5DC863, 0x21908C, 0x3B528B, 0x440154},
    {0xFDE725, 0x7AD151, 0x22A884, 0x2A788E, 0x414487, 0x440154},
    {0xFDE725, 0x8FD744, 0x35B779, 0x21908C, 0x31688E, 0x443A83, 0x440154},
  };

  private Viridis() {}

  /** The colour of class {@code k} (0 the lowest) of {@code n}. */
  static Color colour(int k, int n) {
    return new Color(PALETTES[n - 1][k]);
  }
}
