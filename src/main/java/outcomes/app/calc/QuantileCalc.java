package outcomes.app.calc;

import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;
import outcomes.ingest.Row;
import outcomes.model.Location;
import outcomes.stats.Quantiles;

/**
 * phe_quantile within each group. A row's quantile depends on every value of its group, so the
 * input is read twice: once to gather the values (one number per row is held), then again to write
 * each row with its quantile.
 */
final class QuantileCalc {
  private static final List<String> ADDED = List.of("quantile", "note");

  /** A group's values, and then their quantiles. */
  private static final class Ranked {
    final Gathered values = new Gathered(1);
    List<OptionalInt> quantiles;
  }

  private QuantileCalc() {}

  static void run(CalcMethod.Quantile m, CalcContext context) throws IOException {
    Groups<Ranked> groups;
    try (CalcInput in = context.open()) {
      Column value = in.column(m.value(), "--value");
      groups = new Groups<>(context.groupColumns(in), Ranked::new);
      for (Row row = in.next(); row != null; row = in.next()) {
        groups.of(in.file(), row).data().values.add(in.number(row, value));
      }
      context.read(in);
    }
    for (Groups.Group<Ranked> g : groups.all()) {
      g.data().quantiles = Quantiles.assign(g.data().values.column(0), m.quantiles(), m.invert());
    }
    try (CalcInput in = context.open()) {
      context.header(in, Headers.of(in.header(), ADDED));
      int width = in.header().size();
      for (Row row = in.next(); row != null; row = in.next()) {
        Ranked g = groups.of(in.file(), row).data();
        int i = g.values.next(new Location(in.file(), row.line(), 0));
        OutRow out = new OutRow();
        for (int c = 0; c < width; c++) {
          out.text(row.cell(c));
        }
        OptionalInt q = g.quantiles.get(i);
        out.text(q.isPresent() ? String.valueOf(q.getAsInt()) : "");
        context.row(out.text(q.isPresent() ? "" : note(g, i, m.quantiles())));
      }
    }
  }

  private static String note(Ranked g, int row, int quantiles) {
    if (g.values.get(0, row).isEmpty()) {
      return "quantile NA: value missing";
    }
    return "quantile NA: fewer than " + quantiles + " values in the group";
  }
}
