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
 * Funnels of proportions and ratios, with PHEindicatormethods' column names, and the helpers every
 * funnel shares (rates are in {@link FunnelRates}).
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
  static List<List<String>> spread(
      Gathered g, List<Integer> complete, List<List<String>> results, int width) {
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

  static List<FunnelLimit> sides(FunnelLimit l2, FunnelLimit u2, FunnelLimit l3, FunnelLimit u3) {
    return List.of(l2, u2, l3, u3);
  }

  /**
   * A funnel read from two columns, the numerator first (a count and its denominator, or observed
   * and expected events): each row's significance comes from its whole group.
   */
  private abstract static class TwoColumns<A> implements FunnelCalc.Kind {
    private final String firstName;
    private final String firstOption;
    private final String secondName;
    private final String secondOption;
    Column first;
    Column second;

    TwoColumns(String firstName, String firstOption, String secondName, String secondOption) {
      this.firstName = firstName;
      this.firstOption = firstOption;
      this.secondName = secondName;
      this.secondOption = secondOption;
    }

    @Override
    public void columns(CalcInput in) {
      first = in.column(firstName, firstOption);
      second = in.column(secondName, secondOption);
    }

    @Override
    public int numbers() {
      return 2;
    }

    @Override
    public String missing(Gathered g, int row) {
      return FunnelKinds.missing(g, row, first, second);
    }

    @Override
    public List<String> significanceHeader() {
      return SIGNIFICANCE;
    }

    @Override
    public List<List<String>> significance(Gathered g) {
      List<Integer> rows = complete(this, g);
      List<FunnelSignificance> labels = labels(areas(g, rows));
      return spread(g, rows, labels.stream().map(l -> List.of(l.label())).toList(), 1);
    }

    /** The given rows' two numbers, as the statistics take them. */
    List<A> areas(Gathered g, List<Integer> rows) {
      return rows.stream()
          .map(i -> area(g.get(0, i).getAsDouble(), g.get(1, i).getAsDouble()))
          .toList();
    }

    abstract A area(double first, double second);

    abstract List<FunnelSignificance> labels(List<A> areas);
  }

  /** Proportions: a count and a denominator; limits times the multiplier. */
  static final class Proportions extends TwoColumns<NumeratorAndDenominator> {
    private final CalcMethod.FunnelProportion m;

    Proportions(CalcMethod.FunnelProportion m) {
      super(m.count(), "--count", m.denominator(), "--denominator");
      this.m = m;
    }

    @Override
    public OptionalDouble[] read(CalcInput in, Row row) {
      OptionalDouble x = in.count(row, first);
      OptionalDouble n = in.positive(row, second);
      if (x.isPresent() && n.isPresent() && x.getAsDouble() > n.getAsDouble()) {
        throw in.error(
            row,
            first,
            first.name()
                + " "
                + NumberText.of(x.getAsDouble())
                + " is greater than "
                + second.name()
                + " "
                + NumberText.of(n.getAsDouble())
                + ": a proportion's count cannot exceed its denominator");
      }
      return new OptionalDouble[] {x, n};
    }

    @Override
    NumeratorAndDenominator area(double count, double denominator) {
      return new NumeratorAndDenominator(count, denominator);
    }

    @Override
    List<FunnelSignificance> labels(List<NumeratorAndDenominator> areas) {
      return FunnelSignificance.forProportions(areas);
    }

    @Override
    public List<String> limitsHeader() {
      return Headers.of(List.of("population"), limitNames("limit"), List.of("baseline"));
    }

    @Override
    public List<OutRow> limits(Gathered g) {
      List<OutRow> table = new ArrayList<>();
      for (ProportionFunnelRow r :
          FunnelLimits.forProportions(areas(g, complete(this, g)), m.multiplier())) {
        table.add(
            new OutRow()
                .number(r.population())
                .number(r.lower2s())
                .number(r.upper2s())
                .number(r.lower3s())
                .number(r.upper3s())
                .number(r.baseline()));
      }
      return table;
    }
  }

  /** Ratios: observed and expected events; limits as O/E − 1 (count) or O/E × multiplier (isr). */
  static final class Ratios extends TwoColumns<ObservedAndExpected> {
    private final CalcMethod.FunnelRatio m;

    Ratios(CalcMethod.FunnelRatio m) {
      super(m.observed(), "--count", m.expected(), "--expected");
      this.m = m;
    }

    @Override
    public OptionalDouble[] read(CalcInput in, Row row) {
      return new OptionalDouble[] {in.count(row, first), in.positive(row, second)};
    }

    @Override
    ObservedAndExpected area(double observed, double expected) {
      return new ObservedAndExpected(observed, expected);
    }

    @Override
    List<FunnelSignificance> labels(List<ObservedAndExpected> areas) {
      return FunnelSignificance.forRatios(areas);
    }

    @Override
    public List<String> limitsHeader() {
      return Headers.of(List.of("observed_events"), limitNames("exp_events", "limit"));
    }

    @Override
    public List<OutRow> limits(Gathered g) {
      List<OutRow> table = new ArrayList<>();
      for (RatioFunnelRow r :
          FunnelLimits.forRatios(areas(g, complete(this, g)), m.ratioType(), m.multiplier())) {
        OutRow out = new OutRow().number(r.observedEvents());
        for (FunnelLimit l : sides(r.lower2s(), r.upper2s(), r.lower3s(), r.upper3s())) {
          out.number(l.denominator()).number(l.limit());
        }
        table.add(out);
      }
      return table;
    }
  }
}
