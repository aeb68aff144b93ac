package outcomes.app.calc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import outcomes.ingest.Row;
import outcomes.stats.ConfidenceLevels;
import outcomes.stats.Estimate;
import outcomes.stats.Limits;
import outcomes.stats.Sii;
import outcomes.stats.SiiOptions;
import outcomes.stats.SiiQuantile;
import outcomes.stats.SiiValueType;
import outcomes.stats.SlopeIndex;

/**
 * phe_sii within each group: two output rows per group, the slope index (statistic sii) and the
 * relative index (rii). Each group needs 5 to 100 quantiles, each once. A quantile without a value
 * (or without its error or limits) leaves its group's indices empty, with a note;
 * PHEindicatormethods drops such a group with a warning.
 */
final class SiiCalc {
  private static final class Quantiles {
    final Map<Integer, SiiQuantile> byNumber = new TreeMap<>();
    final List<Integer> incomplete = new ArrayList<>();
  }

  private final CalcMethod.Sii method;
  private final CalcInput in;
  private final Column quantile;
  private final Column population;
  private final Column value;
  private final Column se;
  private final Column lower;
  private final Column upper;

  private SiiCalc(CalcMethod.Sii method, CalcInput in) {
    this.method = method;
    this.in = in;
    quantile = in.column(method.quantile(), "--quantile");
    population = in.column(method.population(), "--population");
    value = in.column(method.value(), "--value");
    se = in.columnIfNamed(method.standardError(), "--se");
    lower = in.columnIfNamed(method.lower(), "--lower");
    upper = in.columnIfNamed(method.upper(), "--upper");
  }

  static void run(CalcMethod.Sii method, CalcContext context) throws IOException {
    try (CalcInput in = context.open()) {
      SiiCalc calc = new SiiCalc(method, in);
      Groups<Quantiles> groups = new Groups<>(context.groupColumns(in), Quantiles::new);
      for (Row row = in.next(); row != null; row = in.next()) {
        calc.take(groups.of(in.file(), row).data(), row);
      }
      context.read(in);
      for (Groups.Group<Quantiles> g : groups.all()) {
        int n = g.data().byNumber.size() + g.data().incomplete.size();
        if (n < SlopeIndex.MINIMUM_QUANTILES || n > SlopeIndex.MAXIMUM_QUANTILES) {
          throw g.error(
              calc.quantile,
              n
                  + " quantile"
                  + (n == 1 ? "" : "s")
                  + ": the SII needs "
                  + SlopeIndex.MINIMUM_QUANTILES
                  + " to "
                  + SlopeIndex.MAXIMUM_QUANTILES);
        }
      }
      ConfidenceLevels levels = context.levels();
      context.header(
          in, Headers.of(context.groupNames(), Headers.limits(levels), Headers.DESCRIPTION));
      SiiOptions options =
          new SiiOptions(
              method.valueType(),
              method.transform(),
              method.multiplier(),
              levels,
              method.repetitions(),
              method.seed());
      for (Groups.Group<Quantiles> g : groups.all()) {
        Sii sii = calc.sii(g, options);
        context.row(new OutRow().texts(g.key()).estimate(sii.sii(), levels).description(sii.sii()));
        context.row(new OutRow().texts(g.key()).estimate(sii.rii(), levels).description(sii.rii()));
      }
    }
  }

  private void take(Quantiles quantiles, Row row) {
    int q = in.whole(row, quantile, 1, "each row needs its quantile number");
    if (quantiles.byNumber.containsKey(q) || quantiles.incomplete.contains(q)) {
      throw in.error(row, quantile, "a second row for quantile " + q + " in this group");
    }
    double pop = in.requiredPositive(row, population, "every quantile needs its population");
    OptionalDouble v = onScale(row, value);
    OptionalDouble error = se == null ? OptionalDouble.empty() : in.count(row, se);
    OptionalDouble l = lower == null ? OptionalDouble.empty() : onScale(row, lower);
    OptionalDouble u = upper == null ? OptionalDouble.empty() : onScale(row, upper);
    boolean complete =
        v.isPresent() && (se != null ? error.isPresent() : l.isPresent() && u.isPresent());
    if (complete) {
      quantiles.byNumber.put(q, new SiiQuantile(q, pop, v.getAsDouble(), error, l, u));
    } else {
      quantiles.incomplete.add(q);
    }
  }

  /** A value or limit, which must suit the value type: above 0 for rates, in (0, 1) otherwise. */
  private OptionalDouble onScale(Row row, Column c) {
    OptionalDouble x = in.number(row, c);
    if (x.isEmpty()) {
      return x;
    }
    double v = x.getAsDouble();
    SiiValueType type = method.valueType();
    if (type == SiiValueType.RATE && !(v > 0)) {
      throw in.error(
          row,
          c,
          c.name() + " " + NumberText.of(v) + " must be greater than zero for --value-type rate");
    }
    if (type == SiiValueType.PROPORTION && !(v > 0 && v < 1)) {
      throw in.error(
          row,
          c,
          c.name()
              + " "
              + NumberText.of(v)
              + " must be between 0 and 1 for"
              + " --value-type proportion (a proportion, not a percentage)");
    }
    return x;
  }

  private Sii sii(Groups.Group<Quantiles> g, SiiOptions options) {
    if (!g.data().incomplete.isEmpty()) {
      String note =
          "sii NA: quantile "
              + g.data().incomplete.get(0)
              + " has no value"
              + (se != null ? " or standard error" : " or limits");
      return new Sii(absent("sii", note, options), absent("rii", note, options), Double.NaN);
    }
    try {
      return SlopeIndex.calculate(new ArrayList<>(g.data().byNumber.values()), options);
    } catch (IllegalArgumentException e) {
      throw g.error(quantile, e.getMessage());
    }
  }

  private static Estimate absent(String statistic, String note, SiiOptions options) {
    return new Estimate(
        OptionalDouble.empty(),
        options.levels().fractions().stream().map(Limits::absent).toList(),
        statistic,
        "Monte Carlo simulation, " + options.repetitions() + " repetitions",
        note);
  }
}
