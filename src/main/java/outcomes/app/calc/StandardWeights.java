package outcomes.app.calc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import outcomes.csv.CsvRowSource;
import outcomes.ingest.Row;
import outcomes.model.Location;
import outcomes.model.OutcomesException;
import outcomes.stats.DirectlyStandardisedRates;

/**
 * The standard population of a DSR, by band start age: ESP2013 or a file. (A standard population in
 * a column of the input is read row by row instead, see {@link DsrCalc}.)
 */
final class StandardWeights {
  private final String name;
  private final Map<Integer, Double> byStartAge;

  private StandardWeights(String name, Map<Integer, Double> byStartAge) {
    this.name = name;
    this.byStartAge = byStartAge;
  }

  /** ESP2013: 0-4 … 85-89 and 90+. */
  static StandardWeights esp2013() {
    Map<Integer, Double> weights = new LinkedHashMap<>();
    for (int i = 0; i < DirectlyStandardisedRates.ESP2013.size(); i++) {
      weights.put(5 * i, DirectlyStandardisedRates.ESP2013.get(i));
    }
    return new StandardWeights("the European Standard Population 2013", weights);
  }

  /** A CSV file: a header, then a band (start age or label) and its population on each row. */
  static StandardWeights read(Path path) {
    Map<Integer, Double> weights = new LinkedHashMap<>();
    try (CsvRowSource src = CsvRowSource.open(path, "UTF-8", 1)) {
      if (src.header().size() < 2) {
        throw OutcomesException.badInput(
            new Location(src.file(), src.headerLine(), 0),
            "a standard population file needs two columns: the age band, then its population");
      }
      for (Row row = src.next(); row != null; row = src.next()) {
        Location at = new Location(src.file(), row.line(), 1);
        int start = AgeColumn.startOfLabel(row.cell(0).strip());
        if (start < 0) {
          throw OutcomesException.badInput(
              at,
              "'"
                  + row.cell(0)
                  + "' is not an age band: it"
                  + " needs the band's first age, as in 0-4 or 90+");
        }
        double weight = outcomes.ingest.Numbers.parse(row.cell(1));
        if (!(weight > 0)) {
          throw OutcomesException.badInput(
              at.atColumn(2), "'" + row.cell(1) + "' is not a" + " population greater than zero");
        }
        if (weights.put(start, weight) != null) {
          throw OutcomesException.badInput(at, "a second band starting at age " + start);
        }
      }
      if (weights.isEmpty()) {
        throw OutcomesException.badInput(Location.of(src.file()), "no bands in the file");
      }
      return new StandardWeights(src.file(), weights);
    }
  }

  /** The weight of the band starting at this age, if the standard has such a band. */
  OptionalDouble weight(int startAge) {
    Double w = byStartAge.get(startAge);
    return w == null ? OptionalDouble.empty() : OptionalDouble.of(w);
  }

  /** The bands' start ages, youngest first, as messages list them. */
  List<Integer> startAges() {
    List<Integer> ages = new ArrayList<>(byStartAge.keySet());
    ages.sort(null);
    return ages;
  }

  String name() {
    return name;
  }
}
