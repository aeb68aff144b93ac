package outcomes.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import outcomes.model.Comparison;
import outcomes.model.Interval;
import outcomes.model.Polarity;
import outcomes.model.Unit;

/**
 * Realistic views for tests and for looking at: male life expectancy in Westminster and Kensington
 * and Chelsea against London and England, made up to the shape of the published series (these are
 * test fixtures, not data).
 */
final class SampleViews {
  static final Unit YEARS = new Unit("years", 1);

  static final List<String> LE_PERIODS = threeYearPeriods(2001, 2018);

  private SampleViews() {}

  static List<String> threeYearPeriods(int first, int last) {
    List<String> periods = new ArrayList<>();
    for (int y = first; y <= last; y++) {
      periods.add(y + "-" + String.format("%02d", (y + 2) % 100));
    }
    return periods;
  }

  static List<PeriodValue> series(List<String> periods, double[] values, double halfWidth) {
    List<PeriodValue> points = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        continue;
      }
      points.add(
          halfWidth > 0
              ? PeriodValue.of(
                  periods.get(i), values[i], values[i] - halfWidth, values[i] + halfWidth * 1.02)
              : PeriodValue.of(periods.get(i), values[i]));
    }
    return points;
  }

  static TrendView lifeExpectancyTrend(boolean illustrative) {
    double[] westminster = {
      81.2, 81.5, 81.9, 82.4, 82.9, 83.2, 83.6, 83.9, 84.3, 84.6, 84.9, 85.0, 84.8, 84.9, 84.6,
      84.7, 85.0, 84.1
    };
    double[] kensington = {
      80.4, 80.9, 81.3, 81.9, 82.3, 82.9, 83.2, 83.4, 83.7, 83.9, 83.8, 83.5, 83.4, 83.2, 83.0,
      82.9, 83.1, 82.3
    };
    double[] london = {
      76.4, 76.8, 77.2, 77.7, 78.1, 78.5, 78.9, 79.3, 79.7, 80.1, 80.3, 80.4, 80.4, 80.5, 80.4,
      80.6, 80.9, 80.3
    };
    double[] england = {
      76.2, 76.5, 76.9, 77.3, 77.7, 78.0, 78.3, 78.6, 78.9, 79.2, 79.4, 79.5, 79.5, 79.6, 79.5,
      79.6, 79.8, 79.4
    };
    return new TrendView(
        new ChartText(
            "Male life expectancy in both boroughs stays above London and England",
            "Life expectancy at birth, males, years, 2001-03 to 2018-20",
            "OHID Fingertips, Public Health Outcomes Framework, indicator 90366",
            illustrative),
        YEARS,
        LE_PERIODS,
        List.of(
            new TrendView.Line(
                "Westminster", TrendView.Role.FOCUS, series(LE_PERIODS, westminster, 1.0)),
            new TrendView.Line(
                "Kensington and Chelsea",
                TrendView.Role.FOCUS,
                series(LE_PERIODS, kensington, 1.1)),
            new TrendView.Line(
                "London", TrendView.Role.COMPARATOR, series(LE_PERIODS, london, 0.1)),
            new TrendView.Line(
                "England", TrendView.Role.BENCHMARK, series(LE_PERIODS, england, 0.05))));
  }

  /** Westminster's wards, male life expectancy 2019-21, shaped like the illustrative series. */
  static final String[][] WESTMINSTER_WARDS = {
    {"Abbey Road", "85.03", "82.12", "87.95"},
    {"Bayswater", "82.57", "79.09", "86.06"},
    {"Church Street", "71.70", "68.37", "75.04"},
    {"Harrow Road", "74.26", "72.38", "76.14"},
    {"Hyde Park", "78.19", "76.32", "80.06"},
    {"Knightsbridge & Belgravia", "90.27", "88.05", "92.48"},
    {"Lancaster Gate", "79.48", "76.96", "82.00"},
    {"Little Venice", "80.83", "78.27", "83.39"},
    {"Maida Vale", "78.19", "75.14", "81.25"},
    {"Marylebone", "82.05", "79.87", "84.22"},
    {"Pimlico North", "80.22", "77.47", "82.97"},
    {"Pimlico South", "76.30", "74.18", "78.43"},
    {"Queen's Park", "75.07", "71.67", "78.46"},
    {"Regent's Park", "83.01", "79.66", "86.36"},
    {"St James's", "80.41", "78.18", "82.64"},
    {"Vincent Square", "80.14", "76.95", "83.33"},
    {"West End", "79.76", "76.54", "82.97"},
    {"Westbourne", "72.24", "69.20", "75.27"}
  };

  static WardsView westminsterWards(boolean illustrative, Polarity polarity) {
    double borough = 81.0;
    List<WardsView.Ward> wards = new ArrayList<>();
    for (String[] w : WESTMINSTER_WARDS) {
      double value = Double.parseDouble(w[1]);
      Interval ci = new Interval(Double.parseDouble(w[2]), Double.parseDouble(w[3]));
      wards.add(new WardsView.Ward(w[0], value, Optional.of(ci), compare(ci, borough, polarity)));
    }
    return new WardsView(
        new ChartText(
            "Men in Knightsbridge and Belgravia live 18 years longer than in Westbourne",
            "Life expectancy at birth, males, years, by ward, 2019-21",
            "Illustrative series made by outcomes illustrate; borough figure from OHID Fingertips",
            illustrative),
        YEARS,
        polarity,
        wards,
        new WardsView.Reference("Westminster", borough),
        Optional.of(new WardsView.Reference("England", 79.0)));
  }

  static Comparison compare(Interval ci, double benchmark, Polarity polarity) {
    if (ci.contains(benchmark)) {
      return Comparison.SIMILAR;
    }
    boolean higher = ci.lower() > benchmark;
    switch (polarity) {
      case HIGH_IS_GOOD:
        return higher ? Comparison.BETTER : Comparison.WORSE;
      case LOW_IS_GOOD:
        return higher ? Comparison.WORSE : Comparison.BETTER;
      default:
        return higher ? Comparison.HIGHER : Comparison.LOWER;
    }
  }

  /** Westbourne against Knightsbridge and Belgravia, male life expectancy, three periods. */
  static GapView wardGap(boolean illustrative) {
    List<String> periods = List.of("2017-19", "2018-20", "2019-21");
    return new GapView(
        new ChartText(
            "The 18-year gap in men's life expectancy between two Westminster wards has not closed",
            "Life expectancy at birth, males, years, 2017-19 to 2019-21",
            "Illustrative series made by outcomes illustrate",
            illustrative),
        YEARS,
        periods,
        new GapView.Series(
            "Knightsbridge & Belgravia",
            List.of(
                PeriodValue.of("2017-19", 89.61, 87.30, 91.92),
                PeriodValue.of("2018-20", 89.95, 87.71, 92.19),
                PeriodValue.of("2019-21", 90.27, 88.05, 92.48))),
        new GapView.Series(
            "Westbourne",
            List.of(
                PeriodValue.of("2017-19", 72.90, 69.91, 75.89),
                PeriodValue.of("2018-20", 72.41, 69.35, 75.47),
                PeriodValue.of("2019-21", 72.24, 69.20, 75.27))));
  }

  /** A long gap series, for layout: eighteen periods. */
  static GapView longGap() {
    double[] high = new double[18];
    double[] low = new double[18];
    for (int i = 0; i < 18; i++) {
      high[i] = 84.0 + i * 0.35 - (i > 12 ? (i - 12) * 0.2 : 0);
      low[i] = 70.5 + i * 0.15 + (i % 3 == 0 ? 0.3 : 0);
    }
    return new GapView(
        new ChartText(
            "The gap widened over two decades",
            "Life expectancy at birth, males, years, 2001-03 to 2018-20",
            "Test fixture",
            false),
        YEARS,
        LE_PERIODS,
        new GapView.Series("Queen's Gate", series(LE_PERIODS, high, 2.2)),
        new GapView.Series("Notting Dale", series(LE_PERIODS, low, 2.5)));
  }

  private static SpineView.Row row(
      String title,
      String period,
      String unit,
      Polarity polarity,
      double england,
      double[] spread,
      double value,
      Comparison comparison) {
    return new SpineView.Row(
        title,
        period,
        new Unit(unit, 1),
        polarity,
        england,
        new SpineView.Spread(spread[0], spread[1], spread[2], spread[3]),
        java.util.OptionalDouble.of(value),
        comparison);
  }

  static SpineView westminsterSpine(boolean illustrative) {
    Polarity high = Polarity.HIGH_IS_GOOD;
    Polarity low = Polarity.LOW_IS_GOOD;
    Polarity none = Polarity.NO_JUDGEMENT;
    List<SpineView.Row> rows =
        List.of(
            row(
                "Life expectancy at birth, males",
                "2018-20",
                "years",
                high,
                79.3,
                new double[] {74.1, 78.3, 80.6, 83.5},
                81.0,
                Comparison.BETTER),
            row(
                "Life expectancy at birth, females",
                "2018-20",
                "years",
                high,
                83.1,
                new double[] {79.0, 82.4, 84.2, 87.0},
                85.0,
                Comparison.BETTER),
            row(
                "Healthy life expectancy at birth, males",
                "2018-20",
                "years",
                high,
                63.1,
                new double[] {52.5, 60.4, 65.3, 71.1},
                64.6,
                Comparison.SIMILAR),
            row(
                "Physically inactive adults",
                "2022/23",
                "%",
                low,
                22.3,
                new double[] {12.3, 19.8, 25.0, 36.4},
                19.5,
                Comparison.BETTER),
            row(
                "Year 6: prevalence of overweight (including obesity)",
                "2017/18",
                "%",
                low,
                34.3,
                new double[] {22.5, 31.0, 37.1, 46.5},
                38.0,
                Comparison.WORSE),
            row(
                "Estimated dementia diagnosis rate (aged 65 and over)",
                "2018",
                "%",
                high,
                67.6,
                new double[] {47.4, 63.0, 72.0, 90.0},
                76.3,
                Comparison.BETTER),
            row(
                "Unemployment (model-based, aged 16 and over)",
                "Oct 2022 - Sep 2023",
                "%",
                low,
                3.8,
                new double[] {1.8, 3.2, 4.6, 7.2},
                4.7,
                Comparison.NOT_COMPARED),
            row(
                "Fine particulate matter (PM2.5), annual mean",
                "2019",
                "\u00b5g/m\u00b3",
                low,
                7.4,
                new double[] {5.0, 6.3, 7.5, 10.1},
                10.1,
                Comparison.WORSE),
            row(
                "Population from ethnic minority groups",
                "2021",
                "%",
                none,
                26.5,
                new double[] {3.2, 10.3, 28.1, 69.4},
                55.9,
                Comparison.HIGHER),
            row(
                "People providing unpaid care",
                "2021",
                "%",
                none,
                8.9,
                new double[] {4.5, 8.6, 10.3, 12.0},
                5.4,
                Comparison.LOWER));
    return new SpineView(
        new ChartText(
            "Westminster does better than England on most health outcomes but worse on air"
                + " quality and child weight",
            "Latest period for each indicator; local authorities in England",
            "OHID Fingertips; ONS; GLA London Atmospheric Emissions Inventory",
            illustrative),
        "Westminster",
        "England",
        "local authorities in England",
        rows);
  }

  /** Physically inactive adults, a low-is-good percentage with a missing year. */
  static TrendView inactiveAdultsTrend() {
    List<String> periods =
        List.of(
            "2015/16", "2016/17", "2017/18", "2018/19", "2019/20", "2020/21", "2021/22", "2022/23");
    double nan = Double.NaN;
    return new TrendView(
        new ChartText(
            "About one adult in five is physically inactive in both boroughs",
            "Physically inactive adults (aged 19 and over), %, 2015/16 to 2022/23",
            "OHID Fingertips, indicator 93015 (Sport England Active Lives Adult Survey)",
            false),
        new Unit("%", 1),
        periods,
        List.of(
            new TrendView.Line(
                "Westminster",
                TrendView.Role.FOCUS,
                series(periods, new double[] {17.9, 19.5, 16.8, 18.2, nan, 24.1, 21.0, 19.5}, 2.9)),
            new TrendView.Line(
                "Kensington and Chelsea",
                TrendView.Role.FOCUS,
                series(
                    periods, new double[] {18.5, 17.2, 19.9, 16.4, 19.0, 22.7, 20.3, 18.1}, 3.1)),
            new TrendView.Line(
                "London",
                TrendView.Role.COMPARATOR,
                series(periods, new double[] {22.6, 22.5, 22.3, 21.6, 22.6, 25.2, 23.4, 22.9}, 0)),
            new TrendView.Line(
                "England",
                TrendView.Role.BENCHMARK,
                series(
                    periods, new double[] {22.3, 22.2, 22.2, 21.4, 22.9, 23.4, 22.3, 22.0}, 0))));
  }

  /** Children in low income families by Kensington and Chelsea ward: low is good, a percentage. */
  static WardsView childPovertyWards() {
    String[] names = {
      "Abingdon",
      "Brompton & Hans Town",
      "Campden",
      "Chelsea Riverside",
      "Colville",
      "Courtfield",
      "Dalgarno",
      "Earl's Court",
      "Golborne",
      "Holland",
      "Norland",
      "Notting Dale",
      "Pembridge",
      "Queen's Gate",
      "Redcliffe",
      "Royal Hospital",
      "St. Helen's",
      "Stanley"
    };
    double[] values = {
      8.1, 6.2, 5.4, 31.5, 27.9, 9.8, 38.7, 21.4, 41.2, 12.6, 16.9, 44.8, 10.3, 4.9, 13.5, 7.7,
      33.0, 11.2
    };
    double borough = 19.6;
    List<WardsView.Ward> wards = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      double half = 2.5 + values[i] * 0.08;
      Interval ci = new Interval(Math.max(0, values[i] - half), values[i] + half);
      wards.add(
          new WardsView.Ward(
              names[i], values[i], Optional.of(ci), compare(ci, borough, Polarity.LOW_IS_GOOD)));
    }
    return new WardsView(
        new ChartText(
            "Child poverty ranges from 1 child in 20 to nearly half, ward by ward",
            "Children in relative low income families (after housing costs), %, by ward, FYE 2025",
            "DWP Children in Low Income Families; intervals are illustrative",
            false),
        new Unit("%", 1),
        Polarity.LOW_IS_GOOD,
        wards,
        new WardsView.Reference("Kensington and Chelsea", borough),
        Optional.of(new WardsView.Reference("England", 22.1)));
  }
}
