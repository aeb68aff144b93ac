package outcomes.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import outcomes.model.Age;
import outcomes.model.Area;
import outcomes.model.Category;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.model.Origin;
import outcomes.model.Provenance;
import outcomes.model.Sex;
import outcomes.model.TimePeriod;

/** Small observations for the comparison, trend and gap tests. */
final class Observations {
  private Observations() {}

  static Observation of(String period, double value, double lower, double upper) {
    return of(
        "E09000033",
        period,
        value,
        new Interval(lower, upper),
        null,
        OptionalDouble.empty(),
        OptionalDouble.empty());
  }

  static Observation withCounts(String period, double count, double denominator) {
    double p = 100 * count / denominator;
    return of(
        "E09000033",
        period,
        p,
        null,
        null,
        OptionalDouble.of(count),
        OptionalDouble.of(denominator));
  }

  static Observation of(
      String area,
      String period,
      double value,
      Interval ci95,
      Interval ci998,
      OptionalDouble count,
      OptionalDouble denominator) {
    return new Observation(
        "90366",
        new Area(area, "", "", ""),
        Sex.PERSONS,
        Age.ALL,
        Category.NONE,
        TimePeriod.parse(period),
        Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value),
        Optional.ofNullable(ci95),
        Optional.ofNullable(ci998),
        count,
        denominator,
        "",
        null,
        new Provenance("test.csv", 2, Origin.REAL));
  }
}
