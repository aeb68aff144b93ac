package outcomes.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import outcomes.catalogue.BoundaryReader;
import outcomes.geo.WardBoundaries;
import outcomes.geo.WardShape;
import outcomes.model.Area;
import outcomes.model.Observation;
import outcomes.model.OutcomesException;
import outcomes.model.Problem;
import outcomes.model.TimePeriod;
import outcomes.report.AreaFigure;
import outcomes.report.FrameworkView;
import outcomes.report.IndicatorView;
import outcomes.report.WardMap;
import outcomes.report.WardTable;
import outcomes.stats.Spread;

/**
 * The ward maps the report and the paper draw: for each indicator and borough, one map per boundary
 * set its ward figures are on, each set in its own latest period (the GLA's real life expectancy on
 * the wards as they were, illustrative figures on today's). A figure is drawn only on a boundary of
 * its own set. The borough's latest map shows the ranked chart's own figures and judgements; a map
 * of an earlier set judges its wards against the borough's figure of its period.
 */
public final class WardMaps {
  private WardMaps() {}

  /**
   * The boundaries framework.yaml names, read whole: a problem in a boundary file stops the run as
   * a problem in a data file does, and warnings are said.
   */
  public static WardBoundaries boundaries(
      FrameworkData data, Path dataDir, Consumer<String> progress) {
    BoundaryReader.Result r =
        BoundaryReader.read(data.catalogue().framework(), dataDir, data.areas());
    List<Problem> errors = r.problems().stream().filter(Problem::isError).toList();
    if (!errors.isEmpty()) {
      throw OutcomesException.firstOf(errors);
    }
    List<Problem> warnings = r.problems().stream().filter(p -> !p.isError()).toList();
    Warnings.say(warnings, warnings.size(), "run outcomes validate", progress);
    return r.boundaries();
  }

  /** Every map: no boundaries, no maps. */
  public static List<WardMap> of(FrameworkView view, WardBoundaries boundaries) {
    List<WardMap> maps = new ArrayList<>();
    if (boundaries.isEmpty()) {
      return maps;
    }
    for (IndicatorView v : view.indicators()) {
      for (AreaFigure borough : v.focus()) {
        maps.addAll(ofBorough(v, borough.area(), boundaries));
      }
    }
    return maps;
  }

  private static List<WardMap> ofBorough(IndicatorView v, Area borough, WardBoundaries boundaries) {
    Map<String, List<Observation>> bySet = new TreeMap<>();
    for (Observation o : v.headlineFigures()) {
      if (o.hasValue() && o.area().parentCode().equals(borough.code())) {
        bySet.computeIfAbsent(o.area().boundarySet(), k -> new ArrayList<>()).add(o);
      }
    }
    List<WardTable> tables = new ArrayList<>();
    List<String> sets = new ArrayList<>();
    for (Map.Entry<String, List<Observation>> e : bySet.entrySet()) {
      List<WardShape> shapes = boundaries.of(borough.code(), e.getKey());
      if (shapes.isEmpty()) {
        continue; // a set without boundaries has no map; its wards are still ranked
      }
      table(v, borough, e.getValue())
          .ifPresent(
              t -> {
                tables.add(t);
                sets.add(e.getKey());
              });
    }
    // the latest is the set whose figures are the latest (the ranked chart's own, where they match)
    Optional<WardTable> latest = tables.stream().max(Comparator.comparing(WardTable::period));
    List<WardMap> maps = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      WardTable t = tables.get(i);
      maps.add(
          new WardMap(
              v, t, sets.get(i), latest.get() == t, boundaries.of(borough.code(), sets.get(i))));
    }
    return maps;
  }

  /**
   * One set's wards in its latest period, judged against the borough; the report's own ward table
   * where it holds exactly these figures, so the map and the ranked chart agree.
   */
  private static Optional<WardTable> table(
      IndicatorView v, Area borough, List<Observation> figures) {
    TimePeriod period =
        figures.stream().map(Observation::period).max(Comparator.naturalOrder()).orElseThrow();
    List<Observation> wards = figures.stream().filter(o -> o.period().equals(period)).toList();
    if (wards.size() < 2) {
      return Optional.empty();
    }
    for (WardTable t : v.wardTables()) {
      if (t.parent().code().equals(borough.code())
          && t.period().equals(period)
          && t.spread().ranked().size() == wards.size()
          && t.spread().ranked().containsAll(wards)) {
        return Optional.of(t);
      }
    }
    Optional<Observation> figure =
        v.headlineFigures().stream()
            .filter(o -> o.area().code().equals(borough.code()) && o.period().equals(period))
            .findFirst();
    return Optional.of(
        new WardTable(
            borough,
            figure,
            period,
            Spread.of(wards, figure, v.indicator().polarity(), v.indicator().comparison())));
  }
}
