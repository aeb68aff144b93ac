package outcomes.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import outcomes.geo.WardShape;
import outcomes.model.Area;
import outcomes.model.Observation;
import outcomes.report.Figures;
import outcomes.report.IndicatorView;
import outcomes.report.WardMap;
import outcomes.report.WardTable;
import outcomes.stats.Judgement;

/**
 * The report's ward maps, named for their files: {@code <indicator>[-<sex>]-map-<borough code>} for
 * a borough's latest wards (beside the ranked wards), and with {@code -<period>} after it for the
 * latest figures on an earlier boundary set (the GLA's 2010-14 life expectancy on the wards as they
 * were). Names come from ids, codes and period labels made safe, never from names.
 */
public final class ReportMaps {
  private ReportMaps() {}

  /** The file name (without extension) of a map. */
  public static String name(WardMap m) {
    String base = latestName(m.view(), m.table().parent());
    return m.latest() ? base : base + "-" + ReportCharts.safe(m.table().period().label());
  }

  /**
   * The name of a borough's latest ward map of an indicator view, the one beside its ranked wards.
   */
  public static String latestName(IndicatorView v, Area borough) {
    return ReportCharts.stem(v) + "-map-" + ReportCharts.safe(borough.code());
  }

  /**
   * The maps of one indicator view, the latest first, each against all the maps it is drawn with.
   */
  static List<ReportCharts.Named> of(IndicatorView v, List<WardMap> all) {
    List<ReportCharts.Named> named = new ArrayList<>();
    for (boolean latest : new boolean[] {true, false}) {
      for (WardMap m : all) {
        if (m.view() == v && m.latest() == latest) {
          named.add(new ReportCharts.Named(name(m), Charts.map(view(m, all))));
        }
      }
    }
    return named;
  }

  static MapView view(WardMap m, List<WardMap> all) {
    IndicatorView v = m.view();
    WardTable t = m.table();
    Map<String, Integer> ranked = new LinkedHashMap<>();
    for (int i = 0; i < t.spread().ranked().size(); i++) {
      ranked.put(t.spread().ranked().get(i).area().code(), i);
    }
    List<MapView.Ward> wards = new ArrayList<>();
    TreeSet<String> sources = new TreeSet<>();
    for (WardShape s : m.shapes()) {
      Integer i = ranked.get(s.code());
      Optional<Observation> o =
          i == null ? Optional.empty() : Optional.of(t.spread().ranked().get(i));
      Judgement j = i == null ? Judgement.NOT_COMPARED : t.spread().judgements().get(i);
      wards.add(
          new MapView.Ward(
              s.code(),
              s.ward().name(),
              s.rings(),
              o.map(x -> OptionalDouble.of(x.value().getAsDouble())).orElse(OptionalDouble.empty()),
              o.flatMap(Observation::ci95),
              j.comparison()));
      sources.add(s.source());
    }
    List<String> notMapped = new ArrayList<>();
    int d = v.indicator().unit().decimals();
    for (Observation o : t.spread().ranked()) {
      if (m.shapes().stream().noneMatch(s -> s.code().equals(o.area().code()))) {
        notMapped.add(
            o.area().name()
                + " ("
                + o.area().code()
                + ") "
                + Figures.number(o.value().getAsDouble(), d));
      }
    }
    boolean limits = compares(t);
    MapView.Shading shading =
        limits
            ? new MapView.ByComparison(t.parent().name(), v.indicator().polarity())
            : MapView.classesOver(
                sharing(m, all).stream()
                    .flatMap(x -> x.table().spread().ranked().stream())
                    .map(o -> o.value().getAsDouble())
                    .toList(),
                v.indicator().unit());
    return new MapView(
        text(m, all, limits),
        v.indicator().unit(),
        t.parent().name(),
        m.boundarySet(),
        String.join("; ", sources),
        shading,
        wards,
        notMapped);
  }

  /**
   * The maps whose classes are the same as this one's: the indicator's other boroughs in the same
   * period, so that the two boroughs' maps can be read side by side.
   */
  private static List<WardMap> sharing(WardMap m, List<WardMap> all) {
    return all.stream()
        .filter(x -> x.view() == m.view() && x.table().period().equals(m.table().period()))
        .toList();
  }

  /**
   * The figures a map shows: its wards', and the borough's where each ward is compared with it; the
   * paper's caption names their data files.
   */
  public static List<Observation> shown(WardMap m) {
    List<Observation> shown = new ArrayList<>(m.table().spread().ranked());
    if (compares(m.table())) {
      shown.add(m.table().parentFigure().get());
    }
    return shown;
  }

  /**
   * Wards are compared with the borough where their figures have limits and the borough a figure.
   */
  private static boolean compares(WardTable t) {
    return t.spread().ranked().stream().anyMatch(o -> o.ci95().isPresent())
        && t.parentFigure().filter(Observation::hasValue).isPresent();
  }

  private static ChartText text(WardMap m, List<WardMap> all, boolean limits) {
    IndicatorView v = m.view();
    WardTable t = m.table();
    String borough = t.parent().name();
    List<Observation> shown = shown(m);
    String how;
    if (limits) {
      Observation b = t.parentFigure().get();
      how =
          "; each ward compared with "
              + borough
              + " ("
              + Figures.number(b.value().getAsDouble(), v.indicator().unit().decimals())
              + ") on 95% confidence intervals"
              + (b.isReal() && t.illustrative()
                  ? ", the wards illustrative, the borough's a real published figure"
                  : "");
    } else {
      List<String> others =
          sharing(m, all).stream().filter(x -> x != m).map(x -> x.table().parent().name()).toList();
      String why =
          t.spread().ranked().stream().anyMatch(o -> o.ci95().isPresent())
              ? "the data hold no figure for "
                  + borough
                  + " for "
                  + t.period().label()
                  + " to compare wards with"
              : "the source publishes no confidence intervals";
      how =
          "; "
              + why
              + ", so wards are shaded by value"
              + (others.isEmpty()
                  ? ""
                  : ", in the same classes as " + String.join(" and ", others) + "'s map");
    }
    boolean illustrative = shown.stream().anyMatch(o -> !o.isReal());
    // the period before the names, so that a long title breaks at a space, never inside "2010-14"
    return new ChartText(
        v.label() + ", " + t.period().label() + ": the wards of " + borough,
        v.indicator().unit().label() + ", " + t.period().label() + ", " + m.boundarySet() + how,
        ReportCharts.sources(v, shown),
        illustrative);
  }
}
