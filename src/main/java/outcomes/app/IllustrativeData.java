package outcomes.app;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import outcomes.app.output.AtomicOutput;
import outcomes.csv.CsvRowSource;
import outcomes.csv.CsvWriter;
import outcomes.ingest.Row;
import outcomes.stats.ConfidenceLevels;
import outcomes.stats.Estimate;
import outcomes.stats.Proportions;

/**
 * Makes the illustrative series that stand in where no real figures are published (life expectancy
 * by current ward, feeling safe, high anxiety, low-income households, CHAIN counts). They are
 * seeded, so the same files come out every time, and calibrated to the strategy's own figures: boys
 * in Westbourne live about 18 years less than in Knightsbridge & Belgravia, in Notting Dale about
 * 17 less than in Queen's Gate; about 1 in 5 adults have high anxiety; 1,698 people were seen
 * sleeping rough in Westminster in 2021/22. Every row says it is illustrative.
 */
public final class IllustrativeData {
  public static final String NOTE = "Illustrative data: synthetic, not a published figure";
  static final long SEED = 20231001L;
  private static final double Z95 = 1.959963984540054;
  private static final double Z998 = 3.090232306167813;
  private static final List<String> HEADER =
      List.of(
          "Indicator ID",
          "Indicator Name",
          "Parent Code",
          "Parent Name",
          "Area Code",
          "Area Name",
          "Area Type",
          "Sex",
          "Age",
          "Category Type",
          "Category",
          "Time period",
          "Value",
          "Lower CI 95.0 limit",
          "Upper CI 95.0 limit",
          "Lower CI 99.8 limit",
          "Upper CI 99.8 limit",
          "Count",
          "Denominator",
          "Value note",
          "Recent Trend",
          "Compared to England value or percentiles",
          "Compared to London region value or percentiles",
          "Time period Sortable",
          "New data",
          "Compared to goal",
          "Time period range");
  private static final String[][] BOROUGHS = {
    {"E09000033", "Westminster"}, {"E09000020", "Kensington and Chelsea"}
  };

  private record Ward(String code, String name, String boroughCode, String boroughName) {}

  private final List<Ward> wards;
  private final SplittableRandom random = new SplittableRandom(SEED);

  private IllustrativeData(List<Ward> wards) {
    this.wards = wards;
  }

  /** Writes every illustrative file into the folder, reading the ward list from the lookup. */
  public static List<Path> write(Path wardLookup, Path dir) {
    IllustrativeData d = new IllustrativeData(wards(wardLookup));
    List<Path> written = new ArrayList<>();
    written.add(d.file(dir, "life-expectancy-wards-illustrative.csv", d.lifeExpectancy()));
    written.add(
        d.file(
            dir,
            "high-anxiety-illustrative.csv",
            d.boroughProportions(
                "high-anxiety",
                "Adults with a high anxiety score",
                "16+ yrs",
                20.5,
                1.5,
                420,
                false)));
    written.add(
        d.file(
            dir,
            "feeling-safe-illustrative.csv",
            d.boroughProportions(
                "feeling-safe",
                "Residents who feel safe in their local area after dark",
                "16+ yrs",
                78,
                2.5,
                900,
                false)));
    written.add(
        d.file(
            dir,
            "low-income-households-illustrative.csv",
            d.boroughProportions(
                "low-income-households",
                "Households on low income",
                "All ages",
                19,
                1.0,
                20000,
                true)));
    written.add(d.file(dir, "rough-sleeping-chain-illustrative.csv", d.chain()));
    return written;
  }

  private static List<Ward> wards(Path lookup) {
    List<Ward> out = new ArrayList<>();
    try (CsvRowSource rows = CsvRowSource.open(lookup, "UTF-8", 1)) {
      for (Row r = rows.next(); r != null; r = rows.next()) {
        out.add(new Ward(r.cell(0), r.cell(1), r.cell(2), r.cell(3)));
      }
    }
    return out;
  }

  private Path file(Path dir, String name, List<List<String>> rows) {
    Path target = dir.resolve(name);
    AtomicOutput.write(
        target,
        o -> {
          Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
          CsvWriter.write(w, HEADER, rows.stream().map(r -> r.toArray(new String[0])).toList());
        });
    return target;
  }

  /**
   * Male life expectancy falls with the ward's child poverty, and the four headline wards are
   * pinned to the strategy's gaps; women live about four years longer.
   */
  private List<List<String>> lifeExpectancy() {
    String[] periods = {"2017 - 19", "2018 - 20", "2019 - 21"};
    List<List<String>> rows = new ArrayList<>();
    for (Ward w : wards) {
      double base = anchor(w.name());
      if (Double.isNaN(base)) {
        base = 88.5 - 0.38 * childPoverty(w.name()) + random.nextDouble(-0.8, 0.8);
      }
      for (int t = 0; t < periods.length; t++) {
        double drift = (t - 1) * 0.15 + (t == 0 ? 0 : random.nextDouble(-0.2, 0.2));
        double male = t == 1 && !Double.isNaN(anchor(w.name())) ? base : base + drift;
        double female = male + 4.0 + random.nextDouble(-0.8, 0.8);
        rows.add(leRow(w, "Male", periods[t], male));
        rows.add(leRow(w, "Female", periods[t], female));
      }
    }
    return rows;
  }

  private List<String> leRow(Ward w, String sex, String period, double value) {
    double se = 0.9 + random.nextDouble(0, 0.9);
    return row(
        "life-expectancy",
        "Life expectancy at birth",
        w.boroughCode(),
        w.boroughName(),
        w.code(),
        w.name(),
        "Ward",
        sex,
        "All ages",
        period,
        round(value, 2),
        round(value - Z95 * se, 2),
        round(value + Z95 * se, 2),
        round(value - Z998 * se, 2),
        round(value + Z998 * se, 2),
        "",
        "",
        "3y");
  }

  private static double anchor(String ward) {
    switch (ward) {
      case "Knightsbridge & Belgravia":
        return 90.0;
      case "Westbourne":
        return 72.0;
      case "Queen's Gate":
        return 89.5;
      case "Notting Dale":
        return 72.5;
      default:
        return Double.NaN;
    }
  }

  /** The real FYE 2025 child poverty percentages (DWP) that order the illustrative wards. */
  private static double childPoverty(String ward) {
    return CHILD_POVERTY_2025.getOrDefault(ward, 20.0);
  }

  private static final java.util.Map<String, Double> CHILD_POVERTY_2025 =
      java.util.Map.ofEntries(
          java.util.Map.entry("Abingdon", 11.1), java.util.Map.entry("Brompton & Hans Town", 8.3),
          java.util.Map.entry("Campden", 3.7), java.util.Map.entry("Chelsea Riverside", 28.0),
          java.util.Map.entry("Colville", 21.8), java.util.Map.entry("Courtfield", 5.5),
          java.util.Map.entry("Dalgarno", 31.6), java.util.Map.entry("Earl's Court", 16.0),
          java.util.Map.entry("Golborne", 37.3), java.util.Map.entry("Holland", 10.1),
          java.util.Map.entry("Norland", 9.7), java.util.Map.entry("Pembridge", 6.5),
          java.util.Map.entry("Redcliffe", 8.4), java.util.Map.entry("Royal Hospital", 7.6),
          java.util.Map.entry("St. Helen's", 18.7), java.util.Map.entry("Stanley", 12.7),
          java.util.Map.entry("Abbey Road", 9.7), java.util.Map.entry("Bayswater", 16.0),
          java.util.Map.entry("Church Street", 44.0), java.util.Map.entry("Harrow Road", 39.8),
          java.util.Map.entry("Hyde Park", 25.3), java.util.Map.entry("Lancaster Gate", 22.4),
          java.util.Map.entry("Little Venice", 21.0), java.util.Map.entry("Maida Vale", 28.9),
          java.util.Map.entry("Marylebone", 15.6), java.util.Map.entry("Pimlico North", 21.8),
          java.util.Map.entry("Pimlico South", 33.7), java.util.Map.entry("Queen's Park", 37.8),
          java.util.Map.entry("Regent's Park", 13.6), java.util.Map.entry("St James's", 23.1),
          java.util.Map.entry("Vincent Square", 21.2), java.util.Map.entry("West End", 23.5));

  /**
   * A yearly survey-style percentage for each borough, from a count and sample with Wilson limits.
   */
  private List<List<String>> boroughProportions(
      String id,
      String name,
      String age,
      double level,
      double spread,
      int sample,
      boolean calendar) {
    List<List<String>> rows = new ArrayList<>();
    for (String[] b : BOROUGHS) {
      double shift = random.nextDouble(-spread, spread);
      for (int year = 2017; year <= 2022; year++) {
        int n = sample + random.nextInt(sample / 5);
        double p = (level + shift + random.nextDouble(-spread, spread)) / 100;
        long x = Math.round(p * n);
        Estimate e = Proportions.of(x, n, 100, ConfidenceLevels.STANDARD);
        String period =
            calendar ? String.valueOf(year) : year + "/" + String.format("%02d", (year + 1) % 100);
        rows.add(
            row(
                id,
                name,
                "E12000007",
                "London region",
                b[0],
                b[1],
                "London borough",
                "Persons",
                age,
                period,
                round(e.value().getAsDouble(), 4),
                round(e.lower(0.95).getAsDouble(), 4),
                round(e.upper(0.95).getAsDouble(), 4),
                round(e.lower(0.998).getAsDouble(), 4),
                round(e.upper(0.998).getAsDouble(), 4),
                String.valueOf(x),
                String.valueOf(n),
                "1y"));
      }
    }
    return rows;
  }

  /**
   * People seen sleeping rough in the year (CHAIN's measure); Westminster 2021/22 is the strategy's
   * 1,698.
   */
  private List<List<String>> chain() {
    List<List<String>> rows = new ArrayList<>();
    long[][] counts = {{2524, 2412, 2311, 2680, 1698, 1925}, {412, 398, 380, 446, 331, 352}};
    for (int b = 0; b < BOROUGHS.length; b++) {
      for (int i = 0; i < counts[b].length; i++) {
        int year = 2017 + i;
        rows.add(
            row(
                "rough-sleeping-chain",
                "People seen sleeping rough during the year (CHAIN)",
                "E12000007",
                "London region",
                BOROUGHS[b][0],
                BOROUGHS[b][1],
                "London borough",
                "Persons",
                "All ages",
                year + "/" + String.format("%02d", (year + 1) % 100),
                String.valueOf(counts[b][i]),
                "",
                "",
                "",
                "",
                String.valueOf(counts[b][i]),
                "",
                "1y"));
      }
    }
    return rows;
  }

  private static List<String> row(
      String id,
      String name,
      String parentCode,
      String parentName,
      String code,
      String area,
      String type,
      String sex,
      String age,
      String period,
      String value,
      String l95,
      String u95,
      String l998,
      String u998,
      String count,
      String denominator,
      String range) {
    String sortable = period.substring(0, 4) + "0000";
    return List.of(
        id,
        name,
        parentCode,
        parentName,
        code,
        area,
        type,
        sex,
        age,
        "",
        "",
        period,
        value,
        l95,
        u95,
        l998,
        u998,
        count,
        denominator,
        NOTE,
        "",
        "",
        "",
        sortable,
        "",
        "",
        range);
  }

  private static String round(double x, int places) {
    return BigDecimal.valueOf(x).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
  }
}
