package outcomes.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import outcomes.csv.CsvRowSource;
import outcomes.ingest.FingertipsLayout;
import outcomes.ingest.ObservationReader;
import outcomes.ingest.Row;
import outcomes.ingest.RowSource;
import outcomes.model.Age;
import outcomes.model.AreaLookup;
import outcomes.model.Category;
import outcomes.model.ColumnMapping;
import outcomes.model.ComparisonMethod;
import outcomes.model.Field;
import outcomes.model.Observation;
import outcomes.model.Origin;
import outcomes.model.OutcomesException;
import outcomes.model.Polarity;
import outcomes.model.Problem;
import outcomes.model.SeriesKey;
import outcomes.model.Sex;
import outcomes.model.TimePeriod;
import outcomes.model.ValueType;
import outcomes.stats.Benchmarking;
import outcomes.stats.Judgement;
import outcomes.stats.RecentTrends;

/**
 * Judges every row of a Fingertips extract against a benchmark area, as Fingertips would, and
 * writes the rows back as they came with two columns more: {@code comparison} and {@code trend}.
 * Two streaming passes: the first keeps only the benchmark's figures and each series' latest
 * points, so memory grows with series, not rows; the second judges and writes.
 */
public final class CompareJob {
  /**
   * What to compare with what. The rules give each indicator's polarity and value type (which
   * decides the trend test; none means the test is made on the limits).
   *
   * @param indicatorId the indicator of an extract without an Indicator ID column, or empty
   * @param within for quintiles, the parent whose areas alone are ranked, or empty
   */
  public record Request(
      Path extract,
      String benchmark,
      IndicatorRules rules,
      ComparisonMethod method,
      String indicatorId,
      String within) {
    public Request(
        Path extract,
        String benchmark,
        Polarity polarity,
        ComparisonMethod method,
        Optional<ValueType> valueType) {
      this(extract, benchmark, IndicatorRules.of(polarity, valueType), method, "", "");
    }
  }

  /** Where the rows go, header first. */
  public interface Table {
    void header(List<String> header);

    void row(String[] cells);
  }

  /**
   * How our judgements agree with the extract's own column, for the rows the extract judged.
   *
   * @param column the extract's column checked against, or empty when none applies
   * @param unjudged rows the extract left blank: not counted as agreeing or not
   * @param differences "file:line: ours vs theirs", the first few
   */
  public record Agreement(
      String column, long checked, long agreed, long unjudged, List<String> differences) {
    public boolean allAgree() {
      return checked == agreed;
    }
  }

  /** Rows written, the agreement with the extract's own comparisons, and the policy's warnings. */
  public record Result(long rows, Agreement agreement, List<Problem> warnings) {}

  static final int DIFFERENCES_SHOWN = 10;
  private static final String ENGLAND = "E92000001";

  private final Request request;
  private final Map<FigureKey, Observation> benchmarks = new HashMap<>();
  private final Map<SeriesKey, TrendWindow> windows = new LinkedHashMap<>();
  private final Map<PeerKey, List<Observation>> peers = new LinkedHashMap<>();
  private final Map<String, TimePeriod> latestPeriods = new HashMap<>();

  /** Each series and period's figures, so a repeat with other figures is refused. */
  private final Map<PeriodKey, Observation> seen = new HashMap<>();

  private final Set<String> areaCodes = new TreeSet<>();
  private final List<Problem> warnings = new ArrayList<>();
  private Map<Long, Judgement> quintiles = Map.of();

  private CompareJob(Request request) {
    this.request = request;
  }

  public static Result run(Request request, Table out) {
    CompareJob job = new CompareJob(request);
    job.read(job::collect, null);
    job.requireBenchmark();
    job.rankQuintiles();
    return job.write(out);
  }

  private void read(Consumer<Observation> sink, RowWatcher watcher) {
    try (CsvRowSource csv = CsvRowSource.open(request.extract(), "UTF-8", 1)) {
      FingertipsLayout layout =
          FingertipsLayout.of(
              csv.header(), csv.file(), csv.headerLine(), !request.indicatorId().isEmpty());
      String id = layout.has(Field.INDICATOR_ID) ? "" : request.indicatorId();
      RowSource rows = watcher == null ? csv : watcher.watch(csv);
      // the warnings are said once, from the first of the two passes
      ObservationReader.read(
          rows,
          ColumnMapping.fingertips(),
          id,
          Origin.REAL,
          AreaLookup.EMPTY,
          sink,
          watcher == null ? warnings::add : p -> {});
      if (watcher != null) {
        watcher.flush();
      }
    }
  }

  private void collect(Observation row) {
    // every figure is held until the extract is read: its text is not needed to judge it
    Observation o = row.figuresOnly();
    areaCodes.add(o.area().code());
    Observation before = seen.putIfAbsent(new PeriodKey(o.seriesKey(), o.period()), o);
    if (before != null && !before.sameFigures(o)) {
      // two rows that disagree would make every judgement depend on their order
      throw OutcomesException.badInput(
          o.provenance().location(),
          "this row gives "
              + row.area()
              + " "
              + o.period()
              + " a different value or limits from line "
              + before.provenance().line()
              + ": which is right cannot be told, so neither is used;"
              + " remove the wrong row");
    }
    if (isBenchmark(o)) {
      benchmarks.putIfAbsent(benchmarkKey(o), o);
    }
    windows.computeIfAbsent(o.seriesKey(), k -> new TrendWindow()).add(o);
    latestPeriods.merge(o.indicatorId(), o.period(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
    if (request.method() == ComparisonMethod.QUINTILES
        && !isBenchmark(o)
        && (request.within().isEmpty() || request.within().equals(o.area().parentCode()))) {
      peers.computeIfAbsent(peerKey(o), k -> new ArrayList<>()).add(o);
    }
  }

  /**
   * A benchmark the extract does not hold (a typo, a GP file without England) would leave every row
   * "Not compared" without a word: it is an error naming the codes nearest to it.
   */
  private void requireBenchmark() {
    if (request.method() == ComparisonMethod.QUINTILES
        || !benchmarks.isEmpty()
        || areaCodes.isEmpty()) {
      return;
    }
    String want = request.benchmark();
    List<String> nearest = new ArrayList<>(areaCodes);
    nearest.sort(Comparator.comparingInt((String c) -> distance(c, want)).thenComparing(c -> c));
    throw OutcomesException.usage(
        "--benchmark",
        "the extract has no rows for the benchmark "
            + want
            + ": nearest codes in the file are "
            + String.join(", ", nearest.subList(0, Math.min(3, nearest.size())))
            + " (give one with --benchmark)");
  }

  /** The edit distance between two codes. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + change);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * Ranks each group of peers into quintiles. Against England a group must be England's whole set
   * of areas of its type: a file of one region's areas ranked alone would give quintiles Fingertips
   * never published, so it is refused unless ranked within that parent on purpose.
   */
  private void rankQuintiles() {
    Map<Long, Judgement> byLine = new HashMap<>();
    peers
        .values()
        .forEach(
            group -> {
              requireNationalSet(group);
              List<Judgement> q = Benchmarking.quintiles(group);
              for (int i = 0; i < group.size(); i++) {
                byLine.put(group.get(i).provenance().line(), q.get(i));
              }
            });
    quintiles = byLine;
    peers.clear();
  }

  private void requireNationalSet(List<Observation> group) {
    if (!request.within().isEmpty() || !request.benchmark().equals(ENGLAND)) {
      return;
    }
    Set<String> parents = new TreeSet<>();
    group.forEach(o -> parents.add(o.area().parentCode()));
    String parent = parents.iterator().next();
    if (parents.size() == 1 && !parent.isEmpty() && !parent.equals(ENGLAND)) {
      Observation first = group.get(0);
      String type = first.area().type().isEmpty() ? "" : first.area().type() + " ";
      throw OutcomesException.badInput(
          first.provenance().location(),
          "the extract holds only the "
              + type
              + "areas of "
              + parent
              + " ("
              + group.size()
              + " of them) for "
              + first.period()
              + ": quintiles against England rank every area of that type in England, so these cannot"
              + " be: use a national download, or rank within the parent with --within "
              + parent);
    }
  }

  private Result write(Table out) {
    Checker checker = new Checker(request.benchmark());
    RowWatcher watcher = new RowWatcher(out);
    read(
        o -> {
          Judgement j = judge(o);
          checker.check(o, j, request.rules().polarity(o.indicatorId()));
          watcher.annotate(j.label(), trend(o));
        },
        watcher);
    return new Result(watcher.written(), checker.agreement(), warnings);
  }

  /**
   * The row's judgement. The benchmark's own total is not compared, except where a download lists
   * it again as a child of itself, which Fingertips judges Similar; the benchmark's rows for a
   * category (England's deprivation deciles) are compared with its total, as Fingertips does.
   */
  private Judgement judge(Observation o) {
    boolean benchmarkTotal = isBenchmark(o) && o.category().equals(Category.NONE);
    if (benchmarkTotal) {
      return request.benchmark().equals(o.area().parentCode())
          ? Judgement.of(outcomes.model.Comparison.SIMILAR)
          : Judgement.NOT_COMPARED;
    }
    if (request.method() == ComparisonMethod.QUINTILES) {
      return quintiles.getOrDefault(o.provenance().line(), Judgement.NOT_COMPARED);
    }
    Observation b =
        benchmarks.get(
            isBenchmark(o)
                ? new FigureKey(o.indicatorId(), o.sex(), o.age(), Category.NONE, o.period())
                : benchmarkKey(o));
    return b == null
        ? Judgement.NOT_COMPARED
        : Benchmarking.compare(o, b, request.rules().polarity(o.indicatorId()), request.method());
  }

  /** Fingertips gives the recent trend only on rows of the indicator's latest period. */
  private String trend(Observation o) {
    TrendWindow w = windows.get(o.seriesKey());
    if (w == null || !w.isLatest(o) || !o.period().equals(latestPeriods.get(o.indicatorId()))) {
      return "";
    }
    Polarity polarity = request.rules().polarity(o.indicatorId());
    return request
        .rules()
        .valueType(o.indicatorId())
        .map(type -> RecentTrends.judge(w.points(), type, polarity))
        .orElseGet(() -> RecentTrends.judgeFromLimits(w.points(), polarity))
        .describe();
  }

  private boolean isBenchmark(Observation o) {
    return o.area().code().equals(request.benchmark());
  }

  /** One series' figure in one period. */
  private record PeriodKey(SeriesKey series, TimePeriod period) {}

  /** What a benchmark's figure must share with an area's to be compared with it. */
  private record FigureKey(
      String indicator, Sex sex, Age age, Category category, TimePeriod period) {}

  /** The areas of one type ranked together into quintiles. */
  private record PeerKey(FigureKey figure, String areaType) {}

  private static FigureKey benchmarkKey(Observation o) {
    return new FigureKey(o.indicatorId(), o.sex(), o.age(), o.category(), o.period());
  }

  private static PeerKey peerKey(Observation o) {
    return new PeerKey(benchmarkKey(o), o.area().type());
  }

  /**
   * Passes rows through to the reader and writes each one out once the reader has judged it; a row
   * the reader keeps no figure for (a table's note row) is written unjudged.
   */
  private static final class RowWatcher {
    private final Table out;
    private int width;
    private Row pending;
    private String[] annotation;
    private long written;

    RowWatcher(Table out) {
      this.out = out;
    }

    RowSource watch(RowSource rows) {
      List<String> header = new ArrayList<>(rows.header());
      header.add("comparison");
      header.add("trend");
      width = header.size();
      out.header(header);
      return new RowSource() {
        @Override
        public String file() {
          return rows.file();
        }

        @Override
        public List<String> header() {
          return rows.header();
        }

        @Override
        public long headerLine() {
          return rows.headerLine();
        }

        @Override
        public Row next() {
          flush();
          pending = rows.next();
          return pending;
        }

        @Override
        public void close() {
          rows.close();
        }
      };
    }

    void annotate(String comparison, String trend) {
      annotation = new String[] {comparison, trend};
    }

    void flush() {
      if (pending == null) {
        return;
      }
      // Short rows (Fingertips drops an empty last column) are padded so the judgements line up.
      String[] row = Arrays.copyOf(pending.cells(), width);
      Arrays.fill(row, pending.size(), width - 2, "");
      row[width - 2] = annotation == null ? "" : annotation[0];
      row[width - 1] = annotation == null ? "" : annotation[1];
      out.row(row);
      written++;
      pending = null;
      annotation = null;
    }

    long written() {
      return written;
    }
  }
}
