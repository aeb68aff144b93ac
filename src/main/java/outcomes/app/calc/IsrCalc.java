package outcomes.app.calc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import outcomes.ingest.Row;
import outcomes.stats.IndirectlyStandardised;
import outcomes.stats.Isr;
import outcomes.stats.IsrBand;

/**
 * calculate_ISRatio or calculate_ISRate within each group, with each band's reference count and
 * population in columns beside its count and population. A missing count, population or reference
 * count is 0, as in PHEindicatormethods; a missing reference population is an error.
 */
final class IsrCalc {
  private IsrCalc() {}

  static void run(CalcMethod.Isr m, CalcContext context) throws IOException {
    try (CalcInput in = context.open()) {
      Column count = in.column(m.count(), "--count");
      Column population = in.column(m.population(), "--population");
      Column refCount = in.column(m.referenceCount(), "--ref-count");
      Column refPopulation = in.column(m.referencePopulation(), "--ref-population");
      Groups<List<IsrBand>> groups = new Groups<>(context.groupColumns(in), ArrayList::new);
      for (Row row = in.next(); row != null; row = in.next()) {
        double x = in.count(row, count).orElse(0);
        double n = in.count(row, population).orElse(0);
        double refX = in.count(row, refCount).orElse(0);
        double refN =
            in.requiredPositive(row, refPopulation, "every band needs its reference population");
        groups.of(in.file(), row).data().add(new IsrBand(x, n, refX, refN));
      }
      context.read(in);
      List<String> totals =
          m.rate() ? List.of("observed", "expected", "ref_rate") : List.of("observed", "expected");
      context.header(
          in,
          Headers.of(
              context.groupNames(), totals, Headers.limits(context.levels()), Headers.DESCRIPTION));
      for (Groups.Group<List<IsrBand>> g : groups.all()) {
        Isr isr = calculate(m, g, context);
        OutRow out = new OutRow().texts(g.key()).number(isr.observed()).number(isr.expected());
        if (m.rate()) {
          out.number(isr.referenceRate());
        }
        context.row(out.estimate(isr.estimate(), context.levels()).description(isr.estimate()));
      }
    }
  }

  private static Isr calculate(
      CalcMethod.Isr m, Groups.Group<List<IsrBand>> g, CalcContext context) {
    try {
      return m.rate()
          ? IndirectlyStandardised.rate(g.data(), m.multiplier(), context.levels())
          : IndirectlyStandardised.ratio(g.data(), m.multiplier(), context.levels());
    } catch (IllegalArgumentException e) {
      // chiefly an expected count of 0: every band's population or reference count is 0
      throw g.error(null, e.getMessage());
    }
  }
}
