package outcomes.report.chart;

/**
 * Draws chart views. Each method takes a view, which says what the chart shows, computed
 * beforehand, and returns a {@link Chart} to write as PNG or SVG.
 *
 * <pre>{@code
 * Chart chart = Charts.trend(view);
 * AtomicOutput.write(dir.resolve("life-expectancy-trend.png"), chart::writePng);
 * AtomicOutput.write(dir.resolve("life-expectancy-trend.svg"), chart::writeSvg);
 * }</pre>
 */
public final class Charts {
  private Charts() {}

  /** One indicator over time for the focus areas, with 95% bands, against London and England. */
  public static Chart trend(TrendView view) {
    return TrendChart.draw(view);
  }

  /** Every ward ranked, with 95% intervals, coloured by comparison with the borough. */
  public static Chart wards(WardsView view) {
    return WardsChart.draw(view);
  }

  /** Two areas' values over time with their intervals, and the gap between them annotated. */
  public static Chart gap(GapView view) {
    return GapChart.draw(view);
  }

  /**
   * One area across indicators against the spread of comparable areas, in the Fingertips manner.
   */
  public static Chart spine(SpineView view) {
    return SpineChart.draw(view);
  }

  /**
   * A borough's wards on a map, shaded by comparison with the borough or in classes, numbered, with
   * a key; in SVG each ward a group titled with its name and figure.
   */
  public static Chart map(MapView view) {
    return MapChart.draw(view);
  }
}
