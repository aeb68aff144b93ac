package outcomes.app.calc;

import java.io.IOException;
import java.util.List;
import java.util.OptionalDouble;
import outcomes.ingest.Row;
import outcomes.stats.Estimate;
import outcomes.stats.Proportions;
import outcomes.stats.Rates;

/**
 * Proportions and crude rates from a count and a denominator: row by row, streaming, or with
 * groups, summed within each group first as PHEindicatormethods does (a missing cell makes its
 * group's sum missing).
 */
final class CountsCalc {
  /** The statistic from a count and a denominator, either of which may be missing. */
  private interface Statistic {
    Estimate of(OptionalDouble count, OptionalDouble denominator);
  }

  /** A group's sums; a missing cell leaves its sum missing. */
  private static final class Sums {
    double count;
    double denominator;
    boolean countMissing;
    boolean denominatorMissing;

    void add(OptionalDouble x, OptionalDouble n) {
      countMissing |= x.isEmpty();
      denominatorMissing |= n.isEmpty();
      count += x.orElse(0);
      denominator += n.orElse(0);
    }

    OptionalDouble count() {
      return countMissing ? OptionalDouble.empty() : OptionalDouble.of(count);
    }

    OptionalDouble denominator() {
      return denominatorMissing ? OptionalDouble.empty() : OptionalDouble.of(denominator);
    }
  }

  private CountsCalc() {}

  static void proportion(CalcMethod.Proportion p, CalcContext context) throws IOException {
    run(
        context,
        p.count(),
        p.denominator(),
        true,
        (x, n) -> Proportions.of(x, n, p.multiplier(), context.levels()));
  }

  static void rate(CalcMethod.Rate r, CalcContext context) throws IOException {
    run(
        context,
        r.count(),
        r.denominator(),
        false,
        (x, n) -> Rates.crude(x, n, r.multiplier(), context.levels()));
  }

  private static void run(
      CalcContext context,
      String countName,
      String denominatorName,
      boolean proportion,
      Statistic statistic)
      throws IOException {
    try (CalcInput in = context.open()) {
      Column count = in.column(countName, "--count");
      Column denominator = in.column(denominatorName, "--denominator");
      List<Column> groups = context.groupColumns(in);
      if (groups.isEmpty()) {
        perRow(context, in, count, denominator, proportion, statistic);
      } else {
        grouped(context, in, groups, count, denominator, proportion, statistic);
      }
      context.read(in);
    }
  }

  private static void perRow(
      CalcContext context,
      CalcInput in,
      Column count,
      Column denominator,
      boolean proportion,
      Statistic statistic)
      throws IOException {
    context.header(
        in, Headers.of(in.header(), Headers.limits(context.levels()), Headers.DESCRIPTION));
    int width = in.header().size();
    for (Row row = in.next(); row != null; row = in.next()) {
      OptionalDouble x = in.count(row, count);
      OptionalDouble n = in.positive(row, denominator);
      checkProportion(in, row, count, denominator, x, n, proportion);
      Estimate e = statistic.of(x, n);
      OutRow out = new OutRow();
      for (int i = 0; i < width; i++) {
        out.text(row.cell(i));
      }
      context.row(out.estimate(e, context.levels()).description(e));
    }
  }

  private static void grouped(
      CalcContext context,
      CalcInput in,
      List<Column> columns,
      Column count,
      Column denominator,
      boolean proportion,
      Statistic statistic)
      throws IOException {
    Groups<Sums> groups = new Groups<>(columns, Sums::new);
    for (Row row = in.next(); row != null; row = in.next()) {
      OptionalDouble x = in.count(row, count);
      OptionalDouble n = in.positive(row, denominator);
      checkProportion(in, row, count, denominator, x, n, proportion);
      groups.of(in.file(), row).data().add(x, n);
    }
    context.header(
        in,
        Headers.of(
            context.groupNames(),
            List.of(count.name(), denominator.name()),
            Headers.limits(context.levels()),
            Headers.DESCRIPTION));
    for (Groups.Group<Sums> g : groups.all()) {
      Estimate e = statistic.of(g.data().count(), g.data().denominator());
      context.row(
          new OutRow()
              .texts(g.key())
              .number(g.data().count())
              .number(g.data().denominator())
              .estimate(e, context.levels())
              .description(e));
    }
  }

  private static void checkProportion(
      CalcInput in,
      Row row,
      Column count,
      Column denominator,
      OptionalDouble x,
      OptionalDouble n,
      boolean proportion) {
    if (proportion && x.isPresent() && n.isPresent() && x.getAsDouble() > n.getAsDouble()) {
      throw in.error(
          row,
          count,
          count.name()
              + " "
              + NumberText.of(x.getAsDouble())
              + " is greater than "
              + denominator.name()
              + " "
              + NumberText.of(n.getAsDouble())
              + ": a proportion's count cannot exceed its denominator");
    }
  }
}
