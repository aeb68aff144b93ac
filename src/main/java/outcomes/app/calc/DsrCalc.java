package outcomes.app.calc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import outcomes.ingest.Row;
import outcomes.stats.DirectlyStandardisedRates;
import outcomes.stats.Dsr;
import outcomes.stats.DsrBand;
import outcomes.stats.DsrPersonsBand;

/**
 * calculate_dsr within each group. A missing count is 0, as in PHEindicatormethods; a missing or
 * zero population is an error. Standard populations matched by age (ESP2013 or a file) must cover
 * the same bands in every group, with no gap between the youngest and the oldest.
 */
final class DsrCalc {
  private static final List<String> TOTALS = List.of("total_count", "total_pop");

  /** One band of a group. With non-independent events, people by their number of events. */
  private static final class Band {
    final double population;
    final double standard;
    double count;
    final Map<Integer, Double> persons = new TreeMap<>();

    Band(double population, double standard) {
      this.population = population;
      this.standard = standard;
    }
  }

  /** A group's bands, by start age (or by row, when no age column is named). */
  private static final class Bands {
    final Map<Integer, Band> byAge = new LinkedHashMap<>();
  }

  private final CalcMethod.Dsr method;
  private final CalcInput in;
  private final Column count;
  private final Column population;
  private final Column age;
  private final Column frequency;
  private final Column standardColumn;
  private final StandardWeights standard;

  private DsrCalc(CalcMethod.Dsr method, CalcInput in) {
    this.method = method;
    this.in = in;
    count = in.column(method.count(), "--count");
    population = in.column(method.population(), "--population");
    age = method.age() == null ? null : in.column(method.age().name(), method.age().option());
    frequency = in.columnIfNamed(method.eventFrequency(), "--event-frequency");
    StandardPopulation sp = method.standard();
    standardColumn =
        sp instanceof StandardPopulation.InColumn c
            ? in.column(c.name(), "--standard-population")
            : null;
    standard =
        sp instanceof StandardPopulation.FromFile f
            ? StandardWeights.read(f.file())
            : sp instanceof StandardPopulation.Esp2013 ? StandardWeights.esp2013() : null;
  }

  static void run(CalcMethod.Dsr method, CalcContext context) throws IOException {
    try (CalcInput in = context.open()) {
      DsrCalc calc = new DsrCalc(method, in);
      Groups<Bands> groups = new Groups<>(context.groupColumns(in), Bands::new);
      for (Row row = in.next(); row != null; row = in.next()) {
        calc.take(groups.of(in.file(), row).data(), row);
      }
      context.read(in);
      if (calc.standard != null) {
        BandCoverage.check(groups.all(), g -> g.data().byAge.keySet(), calc.standard, calc.age);
      }
      context.header(
          in,
          Headers.of(
              context.groupNames(), TOTALS, Headers.limits(context.levels()), Headers.DESCRIPTION));
      for (Groups.Group<Bands> g : groups.all()) {
        Dsr dsr = calc.dsr(g, context);
        context.row(
            new OutRow()
                .texts(g.key())
                .number(dsr.totalCount())
                .number(dsr.totalPopulation())
                .estimate(dsr.estimate(), context.levels())
                .description(dsr.estimate()));
      }
    }
  }

  private void take(Bands bands, Row row) {
    int key = age == null ? bands.byAge.size() : method.age().startAge(in, row, age);
    double pop = in.requiredPositive(row, population, "every band needs its population");
    double weight = weight(row, key);
    Band band = bands.byAge.get(key);
    if (band == null) {
      band = new Band(pop, weight);
      bands.byAge.put(key, band);
    } else if (frequency == null) {
      throw in.error(
          row, age, "a second row for the band starting at age " + key + " in this group");
    } else if (band.population != pop) {
      throw in.error(
          row,
          population,
          population.name()
              + " "
              + NumberText.of(pop)
              + " differs from "
              + NumberText.of(band.population)
              + " on this band's other rows: each event frequency's row repeats the band's population");
    }
    double x = in.count(row, count).orElse(0);
    if (frequency == null) {
      band.count = x;
      return;
    }
    int f = in.whole(row, frequency, 0, "each row needs its number of events per person");
    if (band.persons.containsKey(f)) {
      throw in.error(
          row,
          frequency,
          "a second row for " + f + " events in the band starting" + " at age " + key);
    }
    if (f > 0) {
      band.persons.put(f, x);
    }
  }

  private double weight(Row row, int startAge) {
    if (standardColumn != null) {
      return in.requiredPositive(row, standardColumn, "every band needs its standard population");
    }
    OptionalDouble w = standard.weight(startAge);
    if (w.isEmpty()) {
      throw in.error(
          row,
          age,
          "no band of "
              + standard.name()
              + " starts at age "
              + startAge
              + "; its bands start at "
              + standard.startAges());
    }
    return w.getAsDouble();
  }

  private Dsr dsr(Groups.Group<Bands> g, CalcContext context) {
    List<Band> bands = new ArrayList<>(g.data().byAge.values());
    double multiplier = method.multiplier();
    try {
      if (frequency == null) {
        List<DsrBand> independent =
            bands.stream().map(b -> new DsrBand(b.count, b.population, b.standard)).toList();
        return DirectlyStandardisedRates.calculate(independent, multiplier, context.levels());
      }
      List<DsrPersonsBand> persons =
          bands.stream().map(b -> new DsrPersonsBand(b.population, b.standard, b.persons)).toList();
      return DirectlyStandardisedRates.calculateNonIndependent(
          persons, multiplier, context.levels());
    } catch (IllegalArgumentException e) {
      throw g.error(null, e.getMessage());
    }
  }
}
