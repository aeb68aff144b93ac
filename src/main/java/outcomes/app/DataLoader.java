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
import java.util.function.Supplier;
import outcomes.catalogue.AreaLookupReader;
import outcomes.ingest.ObservationReader;
import outcomes.ingest.RowSource;
import outcomes.model.Age;
import outcomes.model.Area;
import outcomes.model.AreaLookup;
import outcomes.model.Catalogue;
import outcomes.model.ColumnMapping;
import outcomes.model.DataFile;
import outcomes.model.DataRule;
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
  public record Result(
      List<IndicatorData> indicators, List<Problem> problems, int files, AreaLookup areas) {}

  public static Result load(Catalogue catalogue, Path dataDir) {
    Result read = read(catalogue, dataDir);
    List<Problem> problems = new ArrayList<>(read.problems());
    problems.addAll(HeadlineGapCheck.problems(catalogue.framework(), read.indicators()));
    problems.addAll(BaselineCheck.problems(catalogue.framework(), read.indicators()));
    return new Result(read.indicators(), problems, read.files(), read.areas());
  }

  /**
   * The data of the catalogue's indicators and the problems of the files read for them (the ward
   * lookups and the indicators' own), without {@link #load}'s checks of the framework's headline
   * gaps and baselines: for a command about one indicator, which draws no headline gap and measures
   * no progress.
   */
  static Result read(Catalogue catalogue, Path dataDir) {
    if (!Files.isDirectory(dataDir)) {
      throw OutcomesException.missingInput(
          Location.of(dataDir.toString()),
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
      Indicator ind = l.data().indicator();
      files +=
          ind.data().size()
              + (ind.fetchedExtract()
                      .filter(df -> Files.isRegularFile(dataDir.resolve(df.path())))
                      .isPresent()
                  ? 1
                  : 0);
    }
    return new Result(out, problems, files, lookup.lookup());
  }

  /** One indicator's figures, and the problems met reading them. */
  record Loaded(IndicatorData data, List<Problem> problems) {}

  /**
   * A loader of one data folder for `outcomes update`'s checks, its area lookup read once for the
   * run (the lookup's own problems are validate's, not an extract's).
   */
  static DataLoader forChecks(Catalogue catalogue, Path dataDir) {
    return new DataLoader(dataDir, AreaLookupReader.read(catalogue.framework(), dataDir).lookup());
  }

  /**
   * One indicator's data as they would be with {@code extract} as its fetched extract (null: as if
   * none were fetched): what `outcomes update` checks a new extract by, before it replaces the
   * current one, and what it compares the two by.
   */
  Loaded withExtract(Indicator ind, Path extract) {
    return load(ind, Optional.ofNullable(extract));
  }

  private Loaded load(Indicator ind) {
    return load(
        ind,
        ind.fetchedExtract().map(df -> dataDir.resolve(df.path())).filter(Files::isRegularFile));
  }

  private Loaded load(Indicator ind, Optional<Path> extract) {
    // An indicator's files are read on every core too (gap reads one indicator), each with problems
    // of its own, then taken in their declared order, the fetched extract last.
    List<Supplier<FileRows>> reads = new ArrayList<>();
    for (DataFile df : ind.data()) {
      reads.add(() -> read(ind, df, dataDir.resolve(df.path()), false));
    }
    ind.fetchedExtract()
        .ifPresent(
            df -> {
              if (extract.isPresent()) {
                reads.add(() -> read(ind, df, extract.get(), true));
              } else if (ind.data().isEmpty()) {
                reads.add(
                    () ->
                        FileRows.none(
                            DataRule.NOT_FETCHED_YET.problem(
                                ind.declaredAt(),
                                ind.id()
                                    + " is declared by its Fingertips id alone and "
                                    + dataDir.resolve(df.path())
                                    + " is not there yet: run outcomes update",
                                DataRule.Use.FIGURES)));
              }
            });
    List<FileRows> read = reads.parallelStream().map(Supplier::get).toList();
    List<Problem> problems = new ArrayList<>();
    List<FileRows> files = new ArrayList<>();
    for (FileRows f : read) {
      problems.addAll(f.problems());
      if (f.file() != null) {
        files.add(f);
      }
    }
    Optional<Age> implied = impliedAge(ind, files, problems);
    Series series = new Series(problems);
    for (FileRows f : files) {
      for (Observation o : f.rows()) {
        Observation aged = f.givesAge() || implied.isEmpty() ? o : withAge(o, implied.get());
        if (f.fetched()) {
          series.addFetched(aged);
        } else {
          series.add(aged);
        }
      }
    }
    List<Observation> all = series.all();
    severalAges(ind, all, problems);
    return new Loaded(new IndicatorData(ind, all), problems);
  }

  /**
   * The framework shows one age group per indicator: all ages, or the one it has. Figures for
   * several and none for all ages cannot be shown without choosing, so they are a data error here,
   * not a surprise in the report.
   */
  private static void severalAges(Indicator ind, List<Observation> all, List<Problem> problems) {
    Map<Age, Observation> first =
        new java.util.TreeMap<>(java.util.Comparator.comparing(Age::label));
    all.forEach(o -> first.putIfAbsent(o.age(), o));
    if (first.size() > 1 && !first.containsKey(Age.ALL)) {
      problems.add(
          DataRule.SEVERAL_AGE_GROUPS.problem(
              ind.declaredAt(),
              ind.id()
                  + " has figures for several"
                  + " age groups "
                  + first.keySet()
                  + " (the first at "
                  + first.values().iterator().next().provenance().location()
                  + ") and none for all ages: keep one with where: in its files' mappings, or make each its own indicator",
              DataRule.Use.FIGURES));
    }
  }

  /**
   * One file's rows as read, whether it is the fetched extract, whether it says ages, and the
   * problems met reading it; a file of null is one not read, with the problem saying why.
   */
  private record FileRows(
      String file,
      boolean fetched,
      boolean givesAge,
      List<Observation> rows,
      List<Problem> problems) {
    static FileRows none(Problem why) {
      return new FileRows(null, false, false, List.of(), List.of(why));
    }
  }

  private FileRows read(Indicator ind, DataFile df, Path path, boolean fetched) {
    if (!fetched && !Files.isRegularFile(path)) {
      return FileRows.none(
          new Problem(
              df.declaredAt(),
              "the data file "
                  + path
                  + (Files.exists(path)
                      ? " is not a regular file (a pipe, a device or a folder)"
                      : " does not exist")));
    }
    List<Problem> problems = new ArrayList<>();
    List<Observation> rows = new ArrayList<>();
    String file = path.toString();
    try (RowSource source = RowSources.open(path, df.mapping())) {
      file = source.file();
      ObservationReader.read(
          source,
          mapping(ind, df),
          ind.id(),
          df.origin(),
          areas,
          o -> rows.add(derived(ind, o)),
          problems::add);
    } catch (OutcomesException e) {
      problems.add(new Problem(e.location(), e.getMessage()));
    }
    wardsInTheirSets(rows, problems);
    java.time.YearMonth now = java.time.YearMonth.now();
    Set<TimePeriod> said = new HashSet<>();
    for (Observation o : rows) {
      if (o.period().start().isAfter(now) && said.add(o.period())) {
        problems.add(
            DataRule.PERIOD_IN_THE_FUTURE.problem(
                o.provenance().location(),
                "the period "
                    + o.period().label()
                    + " starts after this month ("
                    + now
                    + "): no figures are published for it"
                    + " yet; correct the period",
                DataRule.Use.FIGURES));
      }
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(
          DataRule.FILE_GIVES_NO_FIGURES.problem(
              Location.of(file),
              "gives "
                  + ind.id()
                  + " no figures: it has only a header, or its where:/areas: keep none of its rows; check its"
                  + " mapping in "
                  + ind.declaredAt().file(),
              DataRule.Use.FIGURES));
    }
    return new FileRows(file, fetched, givesAge(df.mapping()), rows, problems);
  }

  /** Every ward figure on a ward the lookups list, in a period its boundary set was in use. */
  private void wardsInTheirSets(List<Observation> rows, List<Problem> problems) {
    if (!areas.hasWards()) {
      return;
    }
    Set<String> said = new HashSet<>();
    for (Observation o : rows) {
      Area a = o.area();
      if (a.boundarySet().isEmpty()) {
        // GSS ward codes begin E05: one the lookups do not know cannot be placed in a set
        if (a.code().startsWith("E05") && said.add(a.code())) {
          problems.add(
              DataRule.WARD_NOT_IN_ITS_BOUNDARY_SET.problem(
                  o.provenance().location(),
                  "the ward "
                      + a
                      + " is in none of the ward lookups: a ward of another borough, or of a boundary set they"
                      + " do not list; keep the boroughs' wards with areas: within, or add its set to the lookups",
                  DataRule.Use.FIGURES));
        }
        continue;
      }
      java.util.Optional<Integer> last = areas.lastYear(a);
      if (last.isPresent()
          && o.period().start().getYear() > last.get()
          && said.add(a.code() + o.period())) {
        problems.add(
            DataRule.WARD_NOT_IN_ITS_BOUNDARY_SET.problem(
                o.provenance().location(),
                "the ward "
                    + a
                    + " is of '"
                    + a.boundarySet()
                    + "', in use until "
                    + last.get()
                    + ", but has a figure for "
                    + o.period().label()
                    + ": a code of the old wards in a file of the new; check the file's area codes",
                DataRule.Use.FIGURES));
      }
    }
  }

  /**
   * The age group of a file that states none. Where the files that state one give a single age
   * group (a Fingertips extract of the dementia diagnosis rate: "65+ yrs"), a file without ages is
   * about that same indicator, so its rows take it and join the same series. Where they state
   * several and none is "All ages", which one it means cannot be told: that is an error, because
   * the report would show one series and silently not the other.
   */
  private static Optional<Age> impliedAge(
      Indicator ind, List<FileRows> files, List<Problem> problems) {
    Map<Age, String> stated = new java.util.TreeMap<>(java.util.Comparator.comparing(Age::label));
    files.stream()
        .filter(FileRows::givesAge)
        .forEach(f -> f.rows().forEach(o -> stated.putIfAbsent(o.age(), f.file())));
    List<FileRows> silent =
        files.stream().filter(f -> !f.givesAge() && !f.rows().isEmpty()).toList();
    if (silent.isEmpty() || stated.isEmpty() || stated.containsKey(Age.ALL)) {
      return Optional.empty();
    }
    if (stated.size() == 1) {
      return Optional.of(stated.keySet().iterator().next());
    }
    for (FileRows f : silent) {
      problems.add(
          DataRule.AGE_GROUP_NOT_GIVEN.problem(
              Location.of(f.file()),
              "gives no age group, and the"
                  + " other files of "
                  + ind.id()
                  + " give several "
                  + stated.keySet()
                  + " ("
                  + String.join(", ", new java.util.TreeSet<>(stated.values()))
                  + "): say which is this file's with values: {age: …} in its"
                  + " mapping in "
                  + ind.declaredAt().file(),
              DataRule.Use.FIGURES));
    }
    return Optional.empty();
  }

  private static Observation withAge(Observation o, Age age) {
    return new Observation(
        o.indicatorId(),
        o.area(),
        o.sex(),
        age,
        o.category(),
        o.period(),
        o.value(),
        o.ci95(),
        o.ci998(),
        o.count(),
        o.denominator(),
        o.valueNote(),
        o.labels(),
        o.provenance());
  }

  /** Whether a file's rows say their age group: a Fingertips export does, others when mapped. */
  private static boolean givesAge(ColumnMapping m) {
    return m.layout() == ColumnMapping.Layout.FINGERTIPS
        || m.columns().containsKey(Field.AGE)
        || m.constants().containsKey(Field.AGE)
        || (m.wide() != null && m.wide().groups().contains(Field.AGE.key()));
  }

  /** A Fingertips extract may hold several indicators; read only this one's rows. */
  private static ColumnMapping mapping(Indicator ind, DataFile df) {
    ColumnMapping m = df.mapping();
    if (m.layout() != ColumnMapping.Layout.FINGERTIPS
        || m.where().containsKey("Indicator ID")
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
  public static boolean computesFigures(Indicator ind, DataFile df) {
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
    return !given.contains(Field.VALUE)
        && given.contains(Field.COUNT)
        && given.contains(Field.DENOMINATOR);
  }

  /**
   * A proportion given only as a count and denominator (a Census table) gets its percentage and
   * Wilson limits here, by the same method Fingertips uses, so no figure is typed in by hand.
   * {@link #computesFigures} says which files these rows come from.
   */
  private static Observation derived(Indicator ind, Observation o) {
    if (ind.valueType() != ValueType.PROPORTION
        || o.value().isPresent()
        || o.count().isEmpty()
        || o.denominator().isEmpty()) {
      return o;
    }
    double multiplier = ind.unit().label().equals("%") ? 100 : 1;
    Estimate e;
    try {
      e =
          Proportions.of(
              o.count().getAsDouble(),
              o.denominator().getAsDouble(),
              multiplier,
              ConfidenceLevels.STANDARD);
    } catch (IllegalArgumentException ex) {
      throw OutcomesException.badInput(o.provenance().location(), ex.getMessage());
    }
    return new Observation(
        o.indicatorId(),
        o.area(),
        o.sex(),
        o.age(),
        o.category(),
        o.period(),
        e.value(),
        interval(e, 0.95),
        interval(e, 0.998),
        o.count(),
        o.denominator(),
        o.valueNote(),
        o.labels(),
        o.provenance());
  }

  private static Optional<Interval> interval(Estimate e, double level) {
    OptionalDouble lo = e.lower(level);
    OptionalDouble hi = e.upper(level);
    return lo.isPresent() && hi.isPresent()
        ? Optional.of(new Interval(lo.getAsDouble(), hi.getAsDouble()))
        : Optional.empty();
  }

  /**
   * One indicator's series as its files are read: the declared files first, then the fetched
   * extract, which is one more real source and the newest, so its figure stands where both give one
   * (a revision beyond rounding is said) and its real series replace illustrative ones.
   */
  private record Series(
      Map<SeriesKey, Origin> origins,
      Map<SeriesKey, Map<TimePeriod, Observation>> byKey,
      Set<SeriesKey> fetched,
      List<Problem> problems) {
    Series(List<Problem> problems) {
      this(new HashMap<>(), new LinkedHashMap<>(), new HashSet<>(), problems);
    }

    /** A row of a declared file. */
    void add(Observation o) {
      SeriesKey key = o.seriesKey();
      Origin before = origins.putIfAbsent(key, o.provenance().origin());
      if (before != null && before != o.provenance().origin()) {
        problems.add(
            new Problem(
                o.provenance().location(),
                "this "
                    + o.provenance().origin().label()
                    + " row would join a "
                    + before.label()
                    + " series for "
                    + o.area()
                    + ": real and illustrative figures are never mixed in one series"));
        return;
      }
      Observation earlier =
          byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(o.period(), o);
      if (earlier != null && !sameFigures(earlier, o)) {
        problems.add(
            new Problem(
                o.provenance().location(),
                "this row gives "
                    + o.area()
                    + " "
                    + o.period()
                    + " a different value from "
                    + earlier.provenance().location()
                    + ": remove one of them"));
      }
    }

    /** A row of the fetched extract. */
    void addFetched(Observation o) {
      SeriesKey key = o.seriesKey();
      if (fetched.add(key) && origins.get(key) == Origin.ILLUSTRATIVE) {
        Map<TimePeriod, Observation> set = byKey.remove(key);
        String file = set.values().iterator().next().provenance().file();
        problems.add(
            DataRule.REAL_REPLACES_ILLUSTRATIVE.problem(
                o.provenance().location(),
                "real figures fetched for "
                    + o.area()
                    + " replace the illustrative series of "
                    + file
                    + ": take that file out of the indicator",
                DataRule.Use.FIGURES));
      }
      origins.put(key, Origin.REAL);
      Map<TimePeriod, Observation> periods = byKey.computeIfAbsent(key, k -> new LinkedHashMap<>());
      Observation earlier = periods.put(o.period(), o);
      if (earlier == null) {
        return;
      }
      if (earlier.provenance().file().equals(o.provenance().file())) {
        if (!sameFigures(earlier, o)) {
          periods.put(o.period(), earlier);
          problems.add(
              new Problem(
                  o.provenance().location(),
                  "this row gives "
                      + o.area()
                      + " "
                      + o.period()
                      + " a different value from "
                      + earlier.provenance().location()
                      + ": remove one of them"));
        }
      } else if (!earlier.agreesToPublishedDecimals(o)) {
        problems.add(
            DataRule.REVISED_FIGURE.problem(
                o.provenance().location(),
                o.area()
                    + " "
                    + o.period()
                    + ": "
                    + earlier.valueText()
                    + " in "
                    + earlier.provenance().location()
                    + " is revised to "
                    + o.valueText()
                    + " here; the fetched figure is used",
                DataRule.Use.FIGURES));
      }
    }

    List<Observation> all() {
      List<Observation> out = new ArrayList<>();
      byKey.values().forEach(byPeriod -> out.addAll(byPeriod.values()));
      return out;
    }
  }

  private static boolean sameFigures(Observation a, Observation b) {
    return a.sameFigures(b) && Objects.equals(a.valueNote(), b.valueNote());
  }
}
