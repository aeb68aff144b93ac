package outcomes.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import outcomes.fetch.FetchListener;
import outcomes.fetch.ManifestEntry;
import outcomes.model.OutcomesException;

/**
 * Fetch progress on standard error: a redrawn bar for a person at a terminal, plain lines for a
 * log. When a run fetches several indicators, each failure gets its own line as it happens, since
 * the final error names only the first; a single indicator's failure is left to that error line.
 * Progress arrives from an HTTP thread, so the methods are synchronized.
 */
final class FetchProgress {
  private FetchProgress() {}

  /** One line per event, for logs and CI. */
  static final class Lines implements FetchListener {
    private final PrintWriter err;
    private int count;

    Lines(PrintWriter err) {
      this.err = err;
    }

    @Override
    public synchronized void started(String indicator, int index, int count, URI url) {
      this.count = count;
      err.printf(Locale.ROOT, "fetch %s (%d/%d): %s%n", indicator, index, count, url);
      err.flush();
    }

    @Override
    public synchronized void retrying(
        String indicator, int failedTry, int tries, String why, Duration wait) {
      err.printf(
          Locale.ROOT,
          "%s: try %d of %d failed (%s); trying again in %s%n",
          indicator,
          failedTry,
          tries,
          why,
          seconds(wait));
      err.flush();
    }

    @Override
    public synchronized void saved(ManifestEntry e, int index, int count) {
      err.printf(
          Locale.ROOT,
          "%s: saved %s, %,d bytes, %,d rows, latest period %s%n",
          e.indicator(),
          e.file(),
          e.bytes(),
          e.rows(),
          e.latestPeriod().isEmpty() ? "unknown" : e.latestPeriod());
      err.flush();
    }

    @Override
    public synchronized void failed(String indicator, OutcomesException why) {
      if (count > 1) {
        err.printf(Locale.ROOT, "%s: failed: %s%n", indicator, why.describe());
        err.flush();
      }
    }

    @Override
    public synchronized void note(String text) {
      err.println("outcomes: note: " + text);
      err.flush();
    }
  }

  /** A bar redrawn in place with a carriage return; finished lines stay above it. */
  static final class Bar implements FetchListener {
    private static final int WIDTH = 24;
    private final PrintWriter err;
    private String label = "";
    private int count;
    private int drawn = -1;
    private boolean open;

    Bar(PrintWriter err) {
      this.err = err;
    }

    @Override
    public synchronized void started(String indicator, int index, int count, URI url) {
      label = String.format(Locale.ROOT, "%s (%d/%d)", indicator, index, count);
      this.count = count;
      drawn = -1;
      err.print("\r[" + " ".repeat(WIDTH) + "]  waiting for the server  " + label + "\u001b[K");
      err.flush();
      open = true;
    }

    @Override
    public synchronized void progress(String indicator, long bytes, long expected) {
      // Redraw only when the bar or the size changes visibly, not for every buffer.
      int step = expected > 0 ? (int) (bytes * 100 / expected) : (int) (bytes >> 18);
      if (step != drawn) {
        drawn = step;
        draw(bytes, expected);
      }
    }

    @Override
    public synchronized void retrying(
        String indicator, int failedTry, int tries, String why, Duration wait) {
      drawn = -1; // the next try starts from nothing
      line(
          String.format(
              Locale.ROOT,
              "%s: try %d of %d failed (%s); trying again in %s",
              indicator,
              failedTry,
              tries,
              why,
              seconds(wait)));
    }

    @Override
    public synchronized void saved(ManifestEntry e, int index, int count) {
      line(
          String.format(
              Locale.ROOT,
              "%s: saved %s, %s, %,d rows",
              label,
              e.file(),
              size(e.bytes()),
              e.rows()));
    }

    @Override
    public synchronized void failed(String indicator, OutcomesException why) {
      if (count > 1) {
        line(label + ": failed: " + why.describe());
      } else if (open) {
        err.print("\r\u001b[K"); // a clean line for the error that follows
        err.flush();
        open = false;
      }
    }

    @Override
    public synchronized void note(String text) {
      line("outcomes: note: " + text);
    }

    private void draw(long bytes, long expected) {
      String bar;
      if (expected > 0) {
        int filled = (int) Math.min(WIDTH, bytes * WIDTH / expected);
        bar =
            String.format(
                Locale.ROOT,
                "[%s%s] %3d%%  %s of %s",
                "#".repeat(filled),
                "-".repeat(WIDTH - filled),
                Math.min(100, bytes * 100 / expected),
                size(bytes),
                size(expected));
      } else {
        bar = "[" + "?".repeat(WIDTH) + "]  " + size(bytes);
      }
      err.print("\r" + bar + "  " + label + "\u001b[K");
      err.flush();
      open = true;
    }

    private void line(String text) {
      err.print((open ? "\r\u001b[K" : "") + text + System.lineSeparator());
      err.flush();
      open = false;
    }
  }

  static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%,d kB", (bytes + 1023) / 1024);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
