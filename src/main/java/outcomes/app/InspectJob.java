package outcomes.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import outcomes.ingest.CsvChunks;
import outcomes.ingest.FingertipsHeader;
import outcomes.ingest.RawRecord;
import outcomes.model.Location;
import outcomes.model.OutcomesException;
import outcomes.model.TimePeriod;

/**
 * Summarises Fingertips extracts, keeping per series only its latest row with a value, so memory
 * grows with the number of series, not rows. A large file is read in chunks on every core
 * ({@link CsvChunks}); the chunks' tallies merge in file order into what one pass would give.
 */
public final class InspectJob {
  /**
   * The summary, and each series' latest row with a value exactly as the extract wrote it: as
   * cells, and as the record's UTF-8 bytes ({@link outcomes.ingest.RecordCells} reads them) for
   * writing tens of thousands of rows without decoding each cell.
   */
  public record Result(ExtractSummary summary, List<String> header, List<String[]> latestRows,
      List<byte[]> latestRecords) {}

  private final int threads;
  private final int chunkBytes;
  private final boolean perIndicator;
  private final List<String> files = new ArrayList<>();
  private List<String> header;

  private InspectJob(int threads, int chunkBytes, boolean perIndicator) {
    this.threads = threads;
    this.chunkBytes = chunkBytes;
    this.perIndicator = perIndicator;
  }

  /** The whole summary, and each series' latest row. */
  public static Result run(List<Path> paths) {
    return run(paths, Runtime.getRuntime().availableProcessors(), CsvChunks.CHUNK, true);
  }

  /**
   * Each series' latest row, and the summary's totals only: its per-indicator part (areas and
   * their types, rows without a value and why) is not counted, which saves a tenth of the time
   * of a national extract. Every row is still checked as {@link #run(List)} checks it.
   */
  public static Result latestRows(List<Path> paths) {
    return run(paths, Runtime.getRuntime().availableProcessors(), CsvChunks.CHUNK, false);
  }

  /** As {@link #run(List)} on the given number of threads, in chunks of about the given size. */
  static Result run(List<Path> paths, int threads, int chunkBytes, boolean perIndicator) {
    InspectJob job = new InspectJob(threads, chunkBytes, perIndicator);
    ExtractTally all = job.read(paths);
    if (threads > 1 && all.sortableSeen && all.sortableMissing) {
      // Periods with and without a sortable do not order transitively, so the latest of each
      // chunk's latest rows could differ from a single pass's: make that single pass.
      return run(paths, 1, chunkBytes, perIndicator);
    }
    return job.result(all);
  }

  private ExtractTally read(List<Path> paths) {
    ExtractTally all = new ExtractTally(perIndicator);
    for (Path p : paths) {
      try (CsvChunks src = CsvChunks.open(p)) {
        FingertipsHeader.check(src.header(), src.file(), src.headerLine());
        if (header == null) {
          header = src.header();
        } else if (!header.equals(src.header())) {
          throw OutcomesException.badInput(new Location(src.file(), src.headerLine(), 0),
              "this extract's header differs from the first file's (26 and 27 columns mixed?):"
                  + " inspect them separately");
        }
        files.add(src.file());
        // A fresh tally per chunk: emptying and reusing tallies took 0.2 s more CPU on the
        // 2-million-row benchmark (measured), likely as their tables, grown old, then held each
        // chunk's young objects for every young collection to scan.
        src.read(() -> threads == 1 ? all : new ExtractTally(perIndicator),
            t -> {
              if (t != all) {
                all.absorb(t);
              }
            },
            threads, chunkBytes);
      }
    }
    return all;
  }

  /** The row's period, with its sortable when it has one; errors name the cell. */
  static TimePeriod period(RawRecord row) {
    String label = row.text(FingertipsHeader.PERIOD);
    String sortable = row.text(FingertipsHeader.PERIOD_SORTABLE).strip();
    try {
      TimePeriod p = TimePeriod.parse(label);
      return sortable.isEmpty() ? p : p.withSortable(Long.parseLong(sortable));
    } catch (NumberFormatException e) {
      throw row.error(FingertipsHeader.PERIOD_SORTABLE + 1,
          "Time period Sortable '" + sortable + "' is not a whole number");
    } catch (IllegalArgumentException e) {
      throw row.error(FingertipsHeader.PERIOD + 1, e.getMessage());
    }
  }

  private Result result(ExtractTally all) {
    List<ExtractSummary.IndicatorSummary> list = new ArrayList<>();
    if (perIndicator) {
      all.indicators.forEach(t -> list.add(t.summary()));
    }
    ExtractSummary s = new ExtractSummary(files, all.rows, all.rowsWithValue, all.series.size(),
        all.sumOfLatestValues(), list);
    return new Result(s, header == null ? List.of() : header, all.latestRows(), all.latestRecords());
  }
}
