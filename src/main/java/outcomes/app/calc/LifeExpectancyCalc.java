package outcomes.app.calc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import outcomes.ingest.Row;
import outcomes.stats.LifeExpectancy;
import outcomes.stats.LifeExpectancyRow;
import outcomes.stats.LifeTableBand;

/**
 * phe_life_expectancy within each group: one output row per group and start age. Every group needs
 * all 20 bands, each once, with its deaths and population; a band that is missing, repeated or not
 * one of the 20 is an error. What PHEindicatormethods suppresses (a population of 0 in a band, more
 * deaths than people, a total population of 5000 or less, too wide an interval) is written with
 * empty values and a note.
 */
final class LifeExpectancyCalc {
  private static final List<String> EXTRA = List.of("startage", "pops_used", "dths_used");

  private LifeExpectancyCalc() {}

  static void run(CalcMethod.LifeExpectancy m, CalcContext context) throws IOException {
    try (CalcInput in = context.open()) {
      Column deaths = in.column(m.deaths(), "--deaths");
      Column population = in.column(m.population(), "--population");
      Column age = in.column(m.age().name(), m.age().option());
      Groups<Map<Integer, LifeTableBand>> groups =
          new Groups<>(context.groupColumns(in), TreeMap::new);
      for (Row row = in.next(); row != null; row = in.next()) {
        int start = m.age().startAge(in, row, age);
        if (!LifeExpectancy.START_AGES.contains(start)) {
          throw in.error(
              row,
              age,
              "no life-table band starts at age "
                  + start
                  + "; the 20 bands start at "
                  + LifeExpectancy.START_AGES);
        }
        double d = required(in, row, deaths);
        double n = required(in, row, population);
        Map<Integer, LifeTableBand> bands = groups.of(in.file(), row).data();
        if (bands.put(start, new LifeTableBand(start, n, d)) != null) {
          throw in.error(
              row, age, "a second row for the band starting at age " + start + " in this group");
        }
      }
      context.read(in);
      for (Groups.Group<Map<Integer, LifeTableBand>> g : groups.all()) {
        requireAllBands(g, age);
      }
      context.header(
          in,
          Headers.of(
              context.groupNames(), EXTRA, Headers.limits(context.levels()), Headers.DESCRIPTION));
      for (Groups.Group<Map<Integer, LifeTableBand>> g : groups.all()) {
        List<LifeTableBand> bands = new ArrayList<>(g.data().values());
        for (LifeExpectancyRow r : LifeExpectancy.calculate(bands, context.levels())) {
          context.row(
              new OutRow()
                  .texts(g.key())
                  .number(r.startAge())
                  .number(r.populationUsed())
                  .number(r.deathsUsed())
                  .estimate(r.estimate(), context.levels())
                  .description(r.estimate()));
        }
      }
    }
  }

  private static double required(CalcInput in, Row row, Column c) {
    return in.requiredCount(row, c, "life expectancy needs every band's deaths and population");
  }

  private static void requireAllBands(Groups.Group<Map<Integer, LifeTableBand>> g, Column age) {
    List<Integer> missing = new ArrayList<>(LifeExpectancy.START_AGES);
    missing.removeAll(g.data().keySet());
    if (!missing.isEmpty()) {
      throw g.error(
          age,
          "no row for the band"
              + (missing.size() > 1 ? "s" : "")
              + " starting at age "
              + join(missing)
              + ": life expectancy needs all 20 bands, "
              + LifeExpectancy.START_AGES);
    }
  }

  private static String join(List<Integer> ages) {
    return String.join(", ", ages.stream().map(String::valueOf).toList());
  }
}
