package outcomes.app.calc;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import outcomes.ingest.Row;
import outcomes.model.Location;

/**
 * Funnel plots within each group: each row's significance against its group's funnel, or with
 * --limits each group's 100-point control-limit table. Significance depends on every row of the
 * group, so the input is read twice (a few numbers per row are held in between); the limit tables
 * need one pass. Rows with a missing input take no part, and get a note.
 */
final class FunnelCalc {
  /** One kind of funnel: the columns it reads, and what it writes. */
  interface Kind {
    /** Resolves the columns. */
    void columns(CalcInput in);

    /** How many numbers {@link #read} gives for each row. */
    int numbers();

    /** A row's numbers, checked, in a fixed order; an absent one is missing. */
    OptionalDouble[] read(CalcInput in, Row row);

    /** Why the row cannot take part, or "" when it can. */
    String missing(Gathered g, int row);

    List<String> significanceHeader();

    /** The cells each row adds (without the note), computed from its whole group. */
    List<List<String>> significance(Gathered g);

    List<String> limitsHeader();

    /** The group's control-limit table. */
    List<OutRow> limits(Gathered g);
  }

  private FunnelCalc() {}

  static void proportions(CalcMethod.FunnelProportion m, CalcContext context) throws IOException {
    run(new FunnelKinds.Proportions(m), m.limits(), context);
  }

  static void ratios(CalcMethod.FunnelRatio m, CalcContext context) throws IOException {
    run(new FunnelKinds.Ratios(m), m.limits(), context);
  }

  static void rates(CalcMethod.FunnelRate m, CalcContext context) throws IOException {
    run(new FunnelRates(m), m.limits(), context);
  }

  private static void run(Kind kind, boolean limits, CalcContext context) throws IOException {
    Groups<Gathered> groups;
    try (CalcInput in = context.open()) {
      kind.columns(in);
      groups = new Groups<>(context.groupColumns(in), () -> new Gathered(kind.numbers()));
      for (Row row = in.next(); row != null; row = in.next()) {
        groups.of(in.file(), row).data().add(kind.read(in, row));
      }
      context.read(in);
      if (limits) {
        writeLimits(kind, groups, in, context);
        return;
      }
    }
    writeSignificance(kind, groups, context);
  }

  private static void writeLimits(
      Kind kind, Groups<Gathered> groups, CalcInput in, CalcContext context) throws IOException {
    context.header(in, Headers.of(context.groupNames(), kind.limitsHeader()));
    for (Groups.Group<Gathered> g : groups.all()) {
      List<OutRow> table;
      try {
        table = kind.limits(g.data());
      } catch (IllegalArgumentException e) {
        throw g.error(null, e.getMessage());
      }
      for (OutRow row : table) {
        context.row(new OutRow().texts(g.key()).texts(row.cells()));
      }
    }
  }

  private static void writeSignificance(Kind kind, Groups<Gathered> groups, CalcContext context)
      throws IOException {
    Map<Gathered, List<List<String>>> results = new IdentityHashMap<>();
    for (Groups.Group<Gathered> g : groups.all()) {
      try {
        results.put(g.data(), kind.significance(g.data()));
      } catch (IllegalArgumentException e) {
        throw g.error(null, e.getMessage());
      }
    }
    try (CalcInput in = context.open()) {
      context.header(in, Headers.of(in.header(), kind.significanceHeader(), List.of("note")));
      int width = in.header().size();
      for (Row row = in.next(); row != null; row = in.next()) {
        Gathered g = groups.of(in.file(), row).data();
        int i = g.next(new Location(in.file(), row.line(), 0));
        OutRow out = new OutRow();
        for (int c = 0; c < width; c++) {
          out.text(row.cell(c));
        }
        context.row(out.texts(results.get(g).get(i)).text(kind.missing(g, i)));
      }
    }
  }
}
