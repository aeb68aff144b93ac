package outcomes.app.inspect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import outcomes.csv.CsvChunks;
import outcomes.csv.RawRecord;
import outcomes.ingest.FingertipsLayout;
import outcomes.model.DataRule;
import outcomes.model.Location;
import outcomes.model.OutcomesException;
import outcomes.model.Problem;
import outcomes.model.TimePeriod;

/**
 * Summarises Fingertips extracts, keeping per series only its latest row with a value, so memory
 * grows with the number of series, not rows. A large file is read in chunks on every core ({@link
 * CsvChunks}); the chunks' tallies merge in file order into what one pass would give. Files are
 * read by their header's names ({@link FingertipsLayout}), so the API's exports, the website's
 * table export and files written back by R or Python read alike, and files of different spellings
 * can be read together. Rows are checked by the data-quality policy ({@link DataRule}).
 */
public final class InspectJob {
  /**
   * The summary, and each series' latest row with a value exactly as the extract wrote it: as
   * cells, and as the record's UTF-8 bytes ({@link outcomes.csv.RecordCells} reads them) for
   * writing tens of thousands of rows without decoding each cell. Rows from a file laid out unlike
   * the first are moved into the first file's layout, and then have no record bytes (null).
   *
   * @param layouts what was recognised in each file's header
   * @param findings what the data-quality policy found, the first few of each rule, in file order
   * @param findingCounts how many of each rule's findings there were in all
   */
  public record Result(
      ExtractSummary summary,
      List<String> header,
      List<String[]> latestRows,
      List<byte[]> latestRecords,
      List<String> layouts,
      List<Problem> findings,
      Map<DataRule, Long> findingCounts) {
    /** The first file's header and the rows, for a result with nothing found. */
    public Result(
        ExtractSummary summary,
        List<String> header,
        List<String[]> latestRows,
        List<byte[]> latestRecords) {
      this(summary, header, latestRows, latestRecords, List.of(), List.of(), Map.of());
    }

    /** Refuses the findings that are errors for the use the file was read for, the first named. */
    public void refuseErrors() {
      List<Problem> errors = findings.stream().filter(Problem::isError).toList();
      if (!errors.isEmpty()) {
        throw OutcomesException.firstOf(errors);
      }
    }
  }

  private final int threads;
  private final int chunkBytes;
  private final boolean perIndicator;
  private final String indicatorId;
  private final List<String> files = new ArrayList<>();
  private final List<FingertipsLayout> layouts = new ArrayList<>();
  private final List<ExtractColumns> columns = new ArrayList<>();
  private final List<RowFinding> findings = new ArrayList<>();
  private final Map<DataRule, Long> counts = new EnumMap<>(DataRule.class);

  private InspectJob(int threads, int chunkBytes, boolean perIndicator, String indicatorId) {
    this.threads = threads;
    this.chunkBytes = chunkBytes;
    this.perIndicator = perIndicator;
    this.indicatorId = indicatorId;
  }

  /**
   * The whole summary, and each series' latest row; what the policy finds is in the result, a
   * warning when a file is only described. {@code indicatorId} names the indicator of a file
   * without an Indicator ID column (the legacy download), or is empty.
   */
  public static Result run(List<Path> paths, String indicatorId) {
    Result r =
        run(paths, Runtime.getRuntime().availableProcessors(), CsvChunks.CHUNK, true, indicatorId);
    r.refuseErrors();
    return r;
  }

  /**
   * Each series' latest row, and the summary's totals only: its per-indicator part (areas and their
   * types, rows without a value and why) is not counted, which saves a tenth of the time of a
   * national extract. Every row is still checked as {@link #run} checks it, and a row that repeats
   * another's series and period with other figures is refused: which is latest cannot be told.
   */
  public static Result latestRows(List<Path> paths, String indicatorId) {
    Result r =
        run(paths, Runtime.getRuntime().availableProcessors(), CsvChunks.CHUNK, false, indicatorId);
    r.refuseErrors();
    return r;
  }

  /** As {@link #run(List, String)} on the given threads and chunks, refusing nothing found. */
  static Result run(List<Path> paths, int threads, int chunkBytes, boolean perIndicator) {
    return run(paths, threads, chunkBytes, perIndicator, "");
  }

  static Result run(
      List<Path> paths, int threads, int chunkBytes, boolean perIndicator, String indicatorId) {
    InspectJob job = new InspectJob(threads, chunkBytes, perIndicator, indicatorId);
    ExtractTally all = job.read(paths);
    if (threads > 1 && all.sortableSeen && all.sortableMissing) {
      // Periods with and without a sortable do not order transitively, so the latest of each
      // chunk's latest rows could differ from a single pass's: make that single pass.
      return run(paths, 1, chunkBytes, perIndicator, indicatorId);
    }
    if (all.anyMayRepeat) {
      job.compareRepeats(paths, all);
    }
    return job.result(paths, all);
  }

  private ExtractTally read(List<Path> paths) {
    ExtractTally all = null;
    for (int f = 0; f < paths.size(); f++) {
      try (CsvChunks src = CsvChunks.open(paths.get(f))) {
        FingertipsLayout layout =
            FingertipsLayout.of(src.header(), src.file(), src.headerLine(), !indicatorId.isEmpty());
        if (!layouts.isEmpty()) {
          layouts.get(0).requireSameFields(layout, src.file(), src.headerLine());
        }
        layouts.add(layout);
        files.add(src.file());
        ExtractColumns cols = new ExtractColumns(layout, indicatorId);
        columns.add(cols);
        int file = f;
        ExtractTally whole = new ExtractTally(cols, file, perIndicator);
        // A fresh tally per chunk: emptying and reusing tallies took 0.2 s more CPU on the
        // 2-million-row benchmark (measured), likely as their tables, grown old, then held each
        // chunk's young objects for every young collection to scan.
        src.read(
            () -> threads == 1 ? whole : new ExtractTally(cols, file, perIndicator),
            t -> {
              if (t != whole) {
                whole.absorb(t);
              }
            },
            threads,
            chunkBytes);
        if (all == null) {
          all = whole;
        } else {
          all.absorb(whole);
        }
      }
    }
    return all;
  }

  /** The second pass, over the rows of series that may repeat a period. */
  private void compareRepeats(List<Path> paths, ExtractTally all) {
    RepeatedRows repeats = new RepeatedRows(all.mayRepeat());
    for (int f = 0; f < paths.size(); f++) {
      try (CsvChunks src = CsvChunks.open(paths.get(f))) {
        RepeatedRows r = repeats.in(columns.get(f), f);
        src.read(() -> r, x -> {}, 1, CsvChunks.CHUNK);
      }
    }
    findings.addAll(repeats.conflicts());
    if (repeats.count() > 0) {
      counts.put(DataRule.CONFLICTING_DUPLICATE, repeats.count());
    }
  }

  /** The row's period, with its sortable when it has one; errors name the cell. */
  static TimePeriod period(RawRecord row, ExtractColumns c) {
    String label = row.text(c.period);
    String sortable = row.text(c.sortable).strip();
    try {
      TimePeriod p = TimePeriod.parse(label);
      return sortable.isEmpty() ? p : p.withSortable(Long.parseLong(sortable));
    } catch (NumberFormatException e) {
      throw row.error(
          c.sortable + 1, "Time period Sortable '" + sortable + "' is not a whole number");
    } catch (IllegalArgumentException e) {
      throw row.error(c.period + 1, e.getMessage());
    }
  }

  private Result result(List<Path> paths, ExtractTally all) {
    List<ExtractSummary.IndicatorSummary> list = new ArrayList<>();
    if (perIndicator) {
      all.indicators.forEach(t -> list.add(t.summary()));
    }
    ExtractSummary s =
        new ExtractSummary(
            files, all.rows, all.rowsWithValue, all.valuedSeries(), all.sumOfLatestValues(), list);
    for (DataRule rule : DataRule.values()) {
      long n =
          rule == DataRule.CONFLICTING_DUPLICATE
              ? counts.getOrDefault(rule, 0L)
              : all.findingCounts[rule.ordinal()];
      if (n > 0) {
        counts.put(rule, n);
      }
    }
    findings.addAll(all.findings);
    List<String> header = layouts.isEmpty() ? List.of() : layouts.get(0).header();
    List<String[]> rows = all.latestRows();
    List<byte[]> records = all.latestRecords();
    int[] from = all.latestFiles();
    boolean mixed = layouts.stream().anyMatch(l -> !l.header().equals(header));
    if (mixed) {
      List<String[]> arranged = new ArrayList<>(rows.size());
      List<byte[]> none = new ArrayList<>(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        FingertipsLayout l = layouts.get(from[i]);
        arranged.add(l == layouts.get(0) ? rows.get(i) : layouts.get(0).arrange(rows.get(i), l));
        none.add(null);
      }
      rows = arranged;
      records = none;
    }
    List<String> described = new ArrayList<>();
    layouts.forEach(l -> described.add(l.describe()));
    return new Result(
        s,
        header,
        rows,
        records,
        described,
        located(paths),
        java.util.Collections.unmodifiableMap(new EnumMap<>(counts)));
  }

  /** The findings with their lines counted, in file order. */
  private List<Problem> located(List<Path> paths) {
    List<RowFinding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparingInt(RowFinding::file).thenComparingLong(RowFinding::offset));
    Map<Integer, List<Long>> offsets = new TreeMap<>();
    for (RowFinding f : sorted) {
      offsets.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f.offset());
      if (f.earlierFile() >= 0) {
        offsets.computeIfAbsent(f.earlierFile(), k -> new ArrayList<>()).add(f.earlierOffset());
      }
    }
    Map<Integer, Map<Long, Long>> lines = new HashMap<>();
    offsets.forEach(
        (file, list) -> {
          long[] at = list.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
          try (CsvChunks src = CsvChunks.open(paths.get(file))) {
            long[] ln = src.linesAt(at);
            Map<Long, Long> m = new HashMap<>();
            for (int i = 0; i < at.length; i++) {
              m.put(at[i], ln[i]);
            }
            lines.put(file, m);
          }
        });
    List<Problem> out = new ArrayList<>();
    for (RowFinding f : sorted) {
      long line = lines.get(f.file()).get(f.offset());
      String message = f.message();
      if (f.earlierFile() >= 0) {
        long earlier = lines.get(f.earlierFile()).get(f.earlierOffset());
        String place =
            f.earlierFile() == f.file()
                ? "line " + earlier
                : files.get(f.earlierFile()) + ":" + earlier;
        int at = message.indexOf("%s");
        message = message.substring(0, at) + place + message.substring(at + 2);
      }
      Problem p =
          f.rule()
              .problem(
                  new Location(files.get(f.file()), line, f.column()),
                  message,
                  ExtractTally.use(perIndicator));
      out.add(p);
    }
    return out;
  }
}
