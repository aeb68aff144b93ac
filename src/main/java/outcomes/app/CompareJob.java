package outcomes.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import outcomes.ingest.CsvRowSource;
import outcomes.ingest.FingertipsHeader;
import outcomes.ingest.ObservationReader;
import outcomes.ingest.Row;
import outcomes.ingest.RowSource;
import outcomes.model.ColumnMapping;
import outcomes.model.Observation;
import outcomes.model.Origin;
import outcomes.model.OutcomesException;
import outcomes.model.Polarity;
import outcomes.model.RecentTrend;
import outcomes.model.SeriesKey;
import outcomes.model.TimePeriod;
import outcomes.model.ValueType;
import outcomes.stats.Benchmarking;
import outcomes.stats.ComparisonMethod;
import outcomes.stats.Judgement;
import outcomes.stats.RecentTrends;

/**
 * Judges every row of a Fingertips extract against a benchmark area, as Fingertips would, and
 * writes the rows back as they came with two columns more: {@code comparison} and {@code trend}.
 * Two streaming passes: the first keeps only the benchmark's figures and each series' latest
 * points, so memory grows with series, not rows; the second judges and writes.
 */
public final class CompareJob {
  /** What to compare with what. {@code valueType} decides the trend test; empty means unknown. */
  public record Request(Path extract, String benchmark, Polarity polarity, ComparisonMethod method,
      Optional<ValueType> valueType) {}

  /** Where the rows go, header first. */
  public interface Table {
    void header(List<String> header);

    void row(String[] cells);
  }

  /**
   * How our judgements agree with the extract's own column, for rows that have one to check.
   *
   * @param column the extract's column checked against, or empty when none applies
   * @param differences "file:line: ours vs theirs", the first few
   */
  public record Agreement(String column, long checked, long agreed, List<String> differences) {
    public boolean allAgree() {
      return checked == agreed;
    }
  }

  /** Rows written, and the agreement with the extract's own comparisons. */
  public record Result(long rows, Agreement agreement) {}

  static final int DIFFERENCES_SHOWN = 10;

  private final Request request;
  private final Map<List<Object>, Observation> benchmarks = new HashMap<>();
  private final Map<SeriesKey, TrendWindow> windows = new LinkedHashMap<>();
  private final Map<List<Object>, List<Observation>> peers = new HashMap<>();
  private final Map<String, TimePeriod> latestPeriods = new HashMap<>();
  private Map<Long, Judgement> quintiles = Map.of();

  private CompareJob(Request request) {
    this.request = request;
  }

  public static Result run(Request request, Table out) {
    CompareJob job = new CompareJob(request);
    job.read(job::collect, null);
    job.rankQuintiles();
    return job.write(out);
  }

  private void read(Consumer<Observation> sink, RowWatcher watcher) {
    try (CsvRowSource csv = CsvRowSource.open(request.extract(), "UTF-8", 1)) {
      FingertipsHeader.check(csv.header(), csv.file(), csv.headerLine());
      RowSource rows = watcher == null ? csv : watcher.watch(csv);
      ObservationReader.read(rows, ColumnMapping.fingertips(), "", Origin.REAL, sink);
      if (watcher != null) {
        watcher.flush();
      }
    }
  }

  private void collect(Observation row) {
    // every figure is held until the extract is read: its text is not needed to judge it
    Observation o = row.figuresOnly();
    if (o.area().code().equals(request.benchmark())) {
      Observation earlier = benchmarks.putIfAbsent(benchmarkKey(o), o);
      if (earlier != null && !(earlier.value().equals(o.value()) && earlier.ci95().equals(o.ci95()))) {
        // two benchmark rows that disagree would make every judgement depend on row order
        throw OutcomesException.badInput(o.provenance().location(), "this row gives the benchmark "
            + row.area() + " " + o.period() + " a different value from line "
            + earlier.provenance().line() + ": remove one of them");
      }
    }
    windows.computeIfAbsent(o.seriesKey(), k -> new TrendWindow()).add(o);
    latestPeriods.merge(o.indicatorId(), o.period(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
    if (request.method() == ComparisonMethod.QUINTILES && !isBenchmark(o)) {
      peers.computeIfAbsent(peerKey(o), k -> new ArrayList<>()).add(o);
    }
  }

  private void rankQuintiles() {
    Map<Long, Judgement> byLine = new HashMap<>();
    peers.values().forEach(group -> {
      List<Judgement> q = Benchmarking.quintiles(group);
      for (int i = 0; i < group.size(); i++) {
        byLine.put(group.get(i).provenance().line(), q.get(i));
      }
    });
    quintiles = byLine;
    peers.clear();
  }

  private Result write(Table out) {
    Checker checker = new Checker(request.benchmark());
    RowWatcher watcher = new RowWatcher(out);
    read(o -> {
      Judgement j = judge(o);
      checker.check(o, j);
      watcher.annotate(j.label(), trend(o));
    }, watcher);
    return new Result(watcher.written(), checker.agreement());
  }

  private Judgement judge(Observation o) {
    if (isBenchmark(o)) {
      return Judgement.NOT_COMPARED;
    }
    if (request.method() == ComparisonMethod.QUINTILES) {
      return quintiles.getOrDefault(o.provenance().line(), Judgement.NOT_COMPARED);
    }
    Observation b = benchmarks.get(benchmarkKey(o));
    return b == null ? Judgement.NOT_COMPARED
        : Benchmarking.compare(o, b, request.polarity(), request.method());
  }

  /** Fingertips gives the recent trend only on rows of the indicator's latest period. */
  private String trend(Observation o) {
    TrendWindow w = windows.get(o.seriesKey());
    if (w == null || !w.isLatest(o) || !o.period().equals(latestPeriods.get(o.indicatorId()))) {
      return "";
    }
    RecentTrend t = request.valueType()
        .map(type -> RecentTrends.assess(w.points(), type, request.polarity()))
        .orElseGet(() -> RecentTrends.assessFromLimits(w.points(), request.polarity()));
    return t.label();
  }

  private boolean isBenchmark(Observation o) {
    return o.area().code().equals(request.benchmark());
  }

  private static List<Object> benchmarkKey(Observation o) {
    return List.of(o.indicatorId(), o.sex(), o.age(), o.category(), o.period());
  }

  private static List<Object> peerKey(Observation o) {
    return List.of(o.indicatorId(), o.sex(), o.age(), o.category(), o.period(), o.area().type());
  }

  /**
   * Passes rows through to the reader and writes each one out once the reader has judged it;
   * a row the reader keeps no figure for (a table's note row) is written unjudged.
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
