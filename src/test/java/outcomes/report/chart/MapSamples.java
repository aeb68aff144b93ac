package outcomes.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import outcomes.geo.Ring;
import outcomes.model.Comparison;
import outcomes.model.Interval;
import outcomes.model.Polarity;
import outcomes.model.Unit;

/**
 * Map views on a small made-up borough: six square wards in two rows, near Westminster's latitude,
 * so the projection's cos(latitude) is the real one.
 */
final class MapSamples {
  static final Unit YEARS = new Unit("years", 1);
  static final Unit PERCENT = new Unit("%", 1);

  /** Name, value ("" for none), lower, upper, comparison with the borough. */
  static final String[][] WARDS = {
    {"Westbourne", "72.2", "69.2", "75.3", "WORSE"},
    {"Knightsbridge & Belgravia", "90.3", "86.9", "93.7", "BETTER"},
    {"Abbey Road", "85.0", "81.7", "88.3", "BETTER"},
    {"West End", "79.8", "76.5", "83.0", "SIMILAR"},
    {"Hyde Park", "", "", "", "NOT_COMPARED"},
    {"Church Street", "71.7", "68.5", "74.9", "WORSE"},
  };

  private MapSamples() {}

  /** A square ward, the i-th of a 3-by-2 grid. */
  static List<Ring> square(int i) {
    double lon = -0.20 + (i % 3) * 0.02;
    double lat = 51.50 + (i / 3) * 0.015;
    return List.of(
        new Ring(
            new double[] {
              lon, lat, lon + 0.02, lat, lon + 0.02, lat + 0.015, lon, lat + 0.015, lon, lat
            }));
  }

  static String code(int i) {
    return "E0500064" + i;
  }

  /** Wards compared with the borough on their limits; Hyde Park has no figure. */
  static MapView compared(boolean illustrative) {
    List<MapView.Ward> wards = new ArrayList<>();
    for (int i = 0; i < WARDS.length; i++) {
      String[] w = WARDS[i];
      boolean has = !w[1].isEmpty();
      wards.add(
          new MapView.Ward(
              code(i),
              w[0],
              square(i),
              has ? OptionalDouble.of(Double.parseDouble(w[1])) : OptionalDouble.empty(),
              has
                  ? Optional.of(new Interval(Double.parseDouble(w[2]), Double.parseDouble(w[3])))
                  : Optional.empty(),
              Comparison.valueOf(w[4])));
    }
    return new MapView(
        new ChartText(
            "Life expectancy at birth (male), 2019 - 21: the wards of Westminster",
            "years, 2019 - 21, Westminster wards since 2022",
            "OHID Fingertips",
            illustrative),
        YEARS,
        "Westminster",
        "Westminster wards since 2022",
        "ONS Wards (May 2025) BGC",
        new MapView.ByComparison("Westminster", Polarity.HIGH_IS_GOOD),
        wards,
        List.of("Marylebone (E05013802) 82.1"));
  }

  /** The same wards shaded in classes of round breaks, as for figures without limits. */
  static MapView classes(double... values) {
    List<MapView.Ward> wards = new ArrayList<>();
    List<Double> all = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      wards.add(
          new MapView.Ward(
              code(i),
              WARDS[i][0],
              square(i),
              OptionalDouble.of(values[i]),
              Optional.empty(),
              Comparison.NOT_COMPARED));
      all.add(values[i]);
    }
    return new MapView(
        new ChartText(
            "Child poverty, FYE 2025: the wards of Westminster", "%, FYE 2025", "DWP", false),
        PERCENT,
        "Westminster",
        "Westminster wards since 2022",
        "ONS",
        MapView.classesOver(all, PERCENT),
        wards,
        List.of());
  }
}
