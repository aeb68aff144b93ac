package outcomes.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import outcomes.catalogue.AreaLookupReader;
import outcomes.ingest.ObservationReader;
import outcomes.ingest.RowSource;
import outcomes.model.AreaLookup;
import outcomes.model.Catalogue;
import outcomes.model.ColumnMapping;
import outcomes.model.DataFile;
import outcomes.model.Field;
import outcomes.model.Indicator;
import outcomes.model.Interval;
import outcomes.model.Location;
import outcomes.model.Observation;
import outcomes.model.Origin;
import outcomes.model.OutcomesException;
import outcomes.model.Problem;
import outcomes.model.SeriesKey;
import outcomes.model.TimePeriod;
import outcomes.model.ValueType;
import outcomes.model.WideColumns;
import outcomes.stats.ConfidenceLevels;
import outcomes.stats.Estimate;
import outcomes.stats.Proportions;

/**
 * Reads every data file the catalogue names, naming areas by code through the area lookup (the
 * framework's areas and the ward lookups, every boundary set). A row repeated exactly (some
 * published files list a row twice) is kept once; a repeat that disagrees, or a series that would
 * mix real and illustrative figures, is a problem, because either would put a wrong number in a
 * report. A series is one area in one boundary set, so no series joins values across sets.
 */
public final class DataLoader {
  private final Path dataDir;
  private final AreaLookup areas;

  private DataLoader(Path dataDir, AreaLookup areas) {
    this.dataDir = dataDir;
    this.areas = areas;
  }

  /** The data of every indicator, the problems found reading it, and the area lookup used. */
  public record Result(List<IndicatorData> indicators, List<Problem> problems, int files,
      AreaLookup areas) {}

  public static Result load(Catalogue catalogue, Path dataDir) {
    if (!Files.isDirectory(dataDir)) {
      throw OutcomesException.missingInput(Location.of(dataDir.toString()),
          "no such data folder: give the folder the indicator files' paths start from with --data");
    }
    AreaLookupReader.Result lookup = AreaLookupReader.read(catalogue.framework(), dataDir);
    DataLoader loader = new DataLoader(dataDir, lookup.lookup());
    // Indicators are read on every core (the lookup is only read); their figures and problems
    // are then taken in the catalogue's order, so the result is the same as one by one.
    List<Loaded> loaded = catalogue.indicators().parallelStream().map(loader::load).toList();
    List<Problem> problems = new ArrayList<>(lookup.problems());
    List<IndicatorData> out = new ArrayList<>();
    int files = 0;
    for (Loaded l : loaded) {
      out.add(l.data());
      problems.addAll(l.problems());
      files += l.data().indicator().data().size();
    }
    return new Result(out, problems, files, lookup.lookup());
  }

  /** One indicator's figures, and the problems met reading them. */
  private record Loaded(IndicatorData data, List<Problem> problems) {}

  private Loaded load(Indicator ind) {
    List<Problem> problems = new ArrayList<>();
    Map<SeriesKey, Origin> origins = new HashMap<>();
    Map<SeriesKey, Map<TimePeriod, Observation>> series = new LinkedHashMap<>();
    for (DataFile df : ind.data()) {
      Path path = dataDir.resolve(df.path());
      if (!Files.isRegularFile(path)) {
        problems.add(new Problem(df.declaredAt(), "the data file " + path + " does not exist"));
        continue;
      }
      try (RowSource rows = RowSources.open(path, df.mapping())) {
        ObservationReader.read(rows, mapping(ind, df), ind.id(), df.origin(), areas,
            o -> add(derived(ind, o), series, origins, problems), problems::add);
      } catch (OutcomesException e) {
        problems.add(new Problem(e.location(), e.getMessage()));
      }
    }
    List<Observation> all = new ArrayList<>();
    series.values().forEach(byPeriod -> all.addAll(byPeriod.values()));
    return new Loaded(new IndicatorData(ind, all), problems);
  }

  /** A Fingertips extract may hold several indicators; read only this one's rows. */
  private static ColumnMapping mapping(Indicator ind, DataFile df) {
    ColumnMapping m = df.mapping();
    if (m.layout() != ColumnMapping.Layout.FINGERTIPS || m.where().containsKey("Indicator ID")
        || ind.source().fingertipsId().isEmpty()) {
      return m;
    }
    Map<String, List<String>> where = new HashMap<>(m.where());
    where.put("Indicator ID", List.of(String.valueOf(ind.source().fingertipsId().getAsInt())));
    return m.withWhere(where);
  }

  /**
   * Whether the figures read from this file are computed here rather than given by it: a file of a
   * proportion that has no value, only counts and denominators (a Census table). Every row of such
   * a file with a count and a denominator is one {@link #derived} fills in.
   */
  static boolean computesFigures(Indicator ind, DataFile df) {
    ColumnMapping m = df.mapping();
    if (ind.valueType() != ValueType.PROPORTION || m.layout() == ColumnMapping.Layout.FINGERTIPS) {
      return false;
    }
    Set<Field> given = new HashSet<>(m.columns().keySet());
    given.addAll(m.constants().keySet());
    if (m.wide() != null) {
      // without a measure group every matching column is a value
      if (!m.wide().groups().contains(WideColumns.MEASURE)) {
        return false;
      }
      given.addAll(m.wide().measures().keySet());
    }
    return !given.contains(Field.VALUE) && given.contains(Field.COUNT) && given.contains(Field.DENOMINATOR);
  }

  /**
   * A proportion given only as a count and denominator (a Census table) gets its percentage and
   * Wilson limits here, by the same method Fingertips uses, so no figure is typed in by hand.
   * {@link #computesFigures} says which files these rows come from.
   */
  private static Observation derived(Indicator ind, Observation o) {
    if (ind.valueType() != ValueType.PROPORTION || o.value().isPresent()
        || o.count().isEmpty() || o.denominator().isEmpty()) {
      return o;
    }
    double multiplier = ind.unit().label().equals("%") ? 100 : 1;
    Estimate e;
    try {
      e = Proportions.of(o.count().getAsDouble(), o.denominator().getAsDouble(), multiplier,
          ConfidenceLevels.STANDARD);
    } catch (IllegalArgumentException ex) {
      throw OutcomesException.badInput(o.provenance().location(), ex.getMessage());
    }
    return new Observation(o.indicatorId(), o.area(), o.sex(), o.age(), o.category(), o.period(),
        e.value(), interval(e, 0.95), interval(e, 0.998), o.count(), o.denominator(),
        o.valueNote(), o.labels(), o.provenance());
  }

  private static Optional<Interval> interval(Estimate e, double level) {
    OptionalDouble lo = e.lower(level);
    OptionalDouble hi = e.upper(level);
    return lo.isPresent() && hi.isPresent()
        ? Optional.of(new Interval(lo.getAsDouble(), hi.getAsDouble())) : Optional.empty();
  }

  private static void add(Observation o, Map<SeriesKey, Map<TimePeriod, Observation>> series,
      Map<SeriesKey, Origin> origins, List<Problem> problems) {
    SeriesKey key = o.seriesKey();
    Origin before = origins.putIfAbsent(key, o.provenance().origin());
    if (before != null && before != o.provenance().origin()) {
      problems.add(new Problem(o.provenance().location(), "this " + o.provenance().origin().label()
          + " row would join a " + before.label() + " series for " + o.area()
          + ": real and illustrative figures are never mixed in one series"));
      return;
    }
    Observation earlier = series.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(o.period(), o);
    if (earlier != null && !sameFigures(earlier, o)) {
      problems.add(new Problem(o.provenance().location(), "this row gives " + o.area() + " "
          + o.period() + " a different value from " + earlier.provenance().location()
          + ": remove one of them"));
    }
  }

  private static boolean sameFigures(Observation a, Observation b) {
    return a.sameFigures(b) && Objects.equals(a.valueNote(), b.valueNote());
  }
}
