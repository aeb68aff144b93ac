package outcomes.app.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import outcomes.ingest.Row;
import outcomes.stats.FunnelLimit;
import outcomes.stats.FunnelLimits;
import outcomes.stats.FunnelSignificance;
import outcomes.stats.NumeratorAndDenominator;
import outcomes.stats.ObservedAndExpected;
import outcomes.stats.ProportionFunnelRow;
import outcomes.stats.RatioFunnelRow;

/**
 * Funnels of proportions and ratios, with PHEindicatormethods' column names, and the helpers
 * every funnel shares (rates are in {@link FunnelRates}).
 */
final class FunnelKinds {
  private static final List<String> SIGNIFICANCE = List.of("significance");
  private static final List<String> SIDES = List.of("lower_2s", "upper_2s", "lower_3s", "upper_3s");

  private FunnelKinds() {}

  /** The rows of a group that have every input, in order. */
  static List<Integer> complete(FunnelCalc.Kind kind, Gathered g) {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      if (kind.missing(g, i).isEmpty()) {
        rows.add(i);
      }
    }
    return rows;
  }

  /** Each row's cells: the result of its complete row, in order, or empty cells. */
  static List<List<String>> spread(Gathered g, List<Integer> complete,
      List<List<String>> results, int width) {
    List<List<String>> all = new ArrayList<>();
    List<String> none = java.util.Collections.nCopies(width, "");
    for (int i = 0; i < g.size(); i++) {
      all.add(none);
    }
    for (int k = 0; k < complete.size(); k++) {
      all.set(complete.get(k), results.get(k));
    }
    return all;
  }

  static String missing(Gathered g, int row, Column... columns) {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < columns.length; c++) {
      if (g.get(c, row).isEmpty()) {
        names.add(columns[c].name());
      }
    }
    return names.isEmpty() ? "" : "not in the funnel: " + String.join(" and ", names) + " missing";
  }

  static List<String> limitNames(String... perSide) {
    List<String> names = new ArrayList<>();
    for (String side : SIDES) {
      for (String p : perSide) {
        names.add(side + "_" + p);
      }
    }
    return names;
  }

  static List<FunnelLimit> sides(FunnelLimit l2, FunnelLimit u2, FunnelLimit l3,
      FunnelLimit u3) {
    return List.of(l2, u2, l3, u3);
  }

  /** Proportions: a count and a denominator; limits times the multiplier. */
  static final class Proportions implements FunnelCalc.Kind {
    private final CalcMethod.FunnelProportion m;
    private Column count;
    private Column denominator;

    Proportions(CalcMethod.FunnelProportion m) {
      this.m = m;
    }

    @Override
    public void columns(CalcInput in) {
      count = in.column(m.count(), "--count");
      denominator = in.column(m.denominator(), "--denominator");
    }

    @Override
    public int numbers() {
      return 2;
    }

    @Override
    public OptionalDouble[] read(CalcInput in, Row row) {
      OptionalDouble x = in.count(row, count);
      OptionalDouble n = in.positive(row, denominator);
      if (x.isPresent() && n.isPresent() && x.getAsDouble() > n.getAsDouble()) {
        throw in.error(row, count, count.name() + " " + NumberText.of(x.getAsDouble())
            + " is greater than " + denominator.name() + " " + NumberText.of(n.getAsDouble())
            + ": a proportion's count cannot exceed its denominator");
      }
      return new OptionalDouble[] {x, n};
    }

    @Override
    public String missing(Gathered g, int row) {
      return FunnelKinds.missing(g, row, count, denominator);
    }

    @Override
    public List<String> significanceHeader() {
      return SIGNIFICANCE;
    }

    @Override
    public List<List<String>> significance(Gathered g) {
      List<Integer> rows = complete(this, g);
      List<FunnelSignificance> labels = FunnelSignificance.forProportions(areas(g, rows));
      return spread(g, rows, labels.stream().map(l -> List.of(l.label())).toList(), 1);
    }

    @Override
    public List<String> limitsHeader() {
      return Headers.of(List.of("population"), limitNames("limit"), List.of("baseline"));
    }

    @Override
    public List<OutRow> limits(Gathered g) {
      List<OutRow> table = new ArrayList<>();
      for (ProportionFunnelRow r : FunnelLimits.forProportions(areas(g, complete(this, g)),
          m.multiplier())) {
        table.add(new OutRow().number(r.population()).number(r.lower2s()).number(r.upper2s())
            .number(r.lower3s()).number(r.upper3s()).number(r.baseline()));
      }
      return table;
    }

    private static List<NumeratorAndDenominator> areas(Gathered g, List<Integer> rows) {
      return rows.stream().map(i -> new NumeratorAndDenominator(g.get(0, i).getAsDouble(),
          g.get(1, i).getAsDouble())).toList();
    }
  }

  /** Ratios: observed and expected events; limits as O/E − 1 (count) or O/E × multiplier (isr). */
  static final class Ratios implements FunnelCalc.Kind {
    private final CalcMethod.FunnelRatio m;
    private Column observed;
    private Column expected;

    Ratios(CalcMethod.FunnelRatio m) {
      this.m = m;
    }

    @Override
    public void columns(CalcInput in) {
      observed = in.column(m.observed(), "--count");
      expected = in.column(m.expected(), "--expected");
    }

    @Override
    public int numbers() {
      return 2;
    }

    @Override
    public OptionalDouble[] read(CalcInput in, Row row) {
      return new OptionalDouble[] {in.count(row, observed), in.positive(row, expected)};
    }

    @Override
    public String missing(Gathered g, int row) {
      return FunnelKinds.missing(g, row, observed, expected);
    }

    @Override
    public List<String> significanceHeader() {
      return SIGNIFICANCE;
    }

    @Override
    public List<List<String>> significance(Gathered g) {
      List<Integer> rows = complete(this, g);
      List<FunnelSignificance> labels = FunnelSignificance.forRatios(areas(g, rows));
      return spread(g, rows, labels.stream().map(l -> List.of(l.label())).toList(), 1);
    }

    @Override
    public List<String> limitsHeader() {
      return Headers.of(List.of("observed_events"), limitNames("exp_events", "limit"));
    }

    @Override
    public List<OutRow> limits(Gathered g) {
      List<OutRow> table = new ArrayList<>();
      for (RatioFunnelRow r : FunnelLimits.forRatios(areas(g, complete(this, g)), m.ratioType(),
          m.multiplier())) {
        OutRow out = new OutRow().number(r.observedEvents());
        for (FunnelLimit l : sides(r.lower2s(), r.upper2s(), r.lower3s(), r.upper3s())) {
          out.number(l.denominator()).number(l.limit());
        }
        table.add(out);
      }
      return table;
    }

    private static List<ObservedAndExpected> areas(Gathered g, List<Integer> rows) {
      return rows.stream().map(i -> new ObservedAndExpected(g.get(0, i).getAsDouble(),
          g.get(1, i).getAsDouble())).toList();
    }
  }
}
