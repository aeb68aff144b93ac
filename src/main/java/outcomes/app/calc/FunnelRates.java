package outcomes.app.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import outcomes.ingest.Row;
import outcomes.stats.EventsAndRate;
import outcomes.stats.FunnelLimit;
import outcomes.stats.FunnelLimits;
import outcomes.stats.FunnelPoints;
import outcomes.stats.FunnelSignificance;
import outcomes.stats.RateFunnel;
import outcomes.stats.RateFunnelPoint;
import outcomes.stats.RateFunnelRow;
import outcomes.stats.RateType;

/** Rates: events and a rate (crude or DSR), and a denominator for crude rates on 0 events. */
final class FunnelRates implements FunnelCalc.Kind {
  private final CalcMethod.FunnelRate m;
  private Column events;
  private Column rate;
  private Column denominator;

  FunnelRates(CalcMethod.FunnelRate m) {
    this.m = m;
  }

  @Override
  public void columns(CalcInput in) {
    events = in.column(m.events(), "--count");
    rate = in.column(m.rate(), "--rate");
    denominator = in.columnIfNamed(m.denominator(), "--denominator");
  }

  @Override
  public int numbers() {
    return 3;
  }

  @Override
  public OptionalDouble[] read(CalcInput in, Row row) {
    OptionalDouble x = in.count(row, events);
    OptionalDouble r = in.count(row, rate);
    OptionalDouble n = denominator == null ? OptionalDouble.empty() : in.positive(row, denominator);
    if (x.isPresent() && x.getAsDouble() > 0 && r.isPresent() && r.getAsDouble() == 0) {
      throw in.error(
          row,
          rate,
          rate.name()
              + " is 0 but "
              + events.name()
              + " is "
              + NumberText.of(x.getAsDouble())
              + ": a rate on events must be greater than zero");
    }
    if (m.rateType() == RateType.CRUDE && x.isPresent() && x.getAsDouble() == 0 && n.isEmpty()) {
      throw in.error(
          row,
          events,
          events.name()
              + " is 0: a crude rate on 0 events needs its"
              + " population (name it with --denominator) to take part in the funnel");
    }
    return new OptionalDouble[] {x, r, n};
  }

  @Override
  public String missing(Gathered g, int row) {
    boolean noEvents = g.get(0, row).isPresent() && g.get(0, row).getAsDouble() == 0;
    if (noEvents) {
      return "";
    }
    return FunnelKinds.missing(g, row, events, rate);
  }

  @Override
  public List<String> significanceHeader() {
    return List.of("significance", "rate_chart", "denominator_derived");
  }

  @Override
  public List<List<String>> significance(Gathered g) {
    List<Integer> rows = FunnelKinds.complete(this, g);
    List<EventsAndRate> areas = areas(g, rows);
    List<FunnelSignificance> labels =
        FunnelSignificance.forRates(areas, m.rateType(), m.multiplier());
    List<RateFunnelPoint> points =
        FunnelPoints.forRates(areas, m.rateType(), m.multiplier(), m.years());
    List<List<String>> results = new ArrayList<>();
    for (int k = 0; k < rows.size(); k++) {
      RateFunnelPoint p = points.get(k);
      results.add(
          new OutRow()
              .text(labels.get(k).label())
              .number(p.rate())
              .number(p.denominator())
              .cells());
    }
    return FunnelKinds.spread(g, rows, results, 3);
  }

  @Override
  public List<String> limitsHeader() {
    return Headers.of(
        List.of("events"),
        FunnelKinds.limitNames("population_1_year", "limit"),
        List.of("baseline", "statistic", "method"));
  }

  @Override
  public List<OutRow> limits(Gathered g) {
    RateFunnel funnel =
        FunnelLimits.forRates(
            areas(g, FunnelKinds.complete(this, g)), m.rateType(), m.multiplier(), m.years());
    List<OutRow> table = new ArrayList<>();
    for (RateFunnelRow r : funnel.rows()) {
      OutRow out = new OutRow().number(r.events());
      for (FunnelLimit l : FunnelKinds.sides(r.lower2s(), r.upper2s(), r.lower3s(), r.upper3s())) {
        out.number(l.denominator()).number(l.limit());
      }
      table.add(out.number(r.baseline()).text(funnel.statistic()).text(funnel.method()));
    }
    return table;
  }

  private static List<EventsAndRate> areas(Gathered g, List<Integer> rows) {
    return rows.stream()
        .map(i -> new EventsAndRate(g.get(0, i).getAsDouble(), g.get(1, i), g.get(2, i)))
        .toList();
  }
}
