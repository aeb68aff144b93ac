package outcomes.csv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import outcomes.ingest.InputFiles;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * A large UTF-8 CSV file read in chunks, on several threads, with the same rows, the same errors
 * and the same lines as {@link CsvRowSource}. For a reader that folds rows into a summary: each
 * chunk gets its own fold, and the folds are handed back in file order to be merged.
 *
 * <p>A chunk other than the first cannot know whether its first line break is inside a quoted cell,
 * so it guesses: it starts after the first line break from which a few records read cleanly. The
 * guess is checked when the chunks are merged, against where the chunk before it really ended, and
 * a chunk that guessed wrong is read again from there. Errors are reported in file order, so the
 * first bad row of the file is the one reported, at the line it starts on.
 */
public final class CsvChunks implements Closeable {
  /** The default chunk: big enough that a chunk's set-up is nothing beside its reading. */
  public static final int CHUNK = 8 << 20;

  /** Folds the rows of one chunk; made fresh for each chunk, and again if one is read again. */
  public interface Fold<P> {
    /**
     * One row: not blank and no wider than the header. Throw {@link RawRecord#error} for a bad one.
     */
    void row(RawRecord row);

    /** After the chunk's last row, while its records can still be copied; returns what to merge. */
    P finish(Bytes bytes);
  }

  /** The bytes of the chunk just read. */
  public interface Bytes {
    byte[] copy(int start, int end);
  }

  private final String file;
  private final FileChannel channel;
  private final long size;
  private List<String> header;
  private long headerLine;
  private long dataStart;

  private CsvChunks(String file, FileChannel channel, long size) {
    this.file = file;
    this.channel = channel;
    this.size = size;
  }

  /** Opens a UTF-8 CSV file and reads its header, the first record. */
  public static CsvChunks open(Path path) {
    String name = path.toString();
    FileChannel ch = InputFiles.openChannel(path);
    try {
      CsvChunks c = new CsvChunks(name, ch, ch.size());
      c.readHeader();
      return c;
    } catch (IOException | RuntimeException e) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // an input: nothing is lost
      }
      throw e instanceof OutcomesException oe ? oe : InputFiles.unreadable(name, e);
    }
  }

  private void readHeader() throws IOException {
    ChunkReader r = new ChunkReader(this);
    r.load(0, (int) Math.min(size, 1 << 16));
    Bom.check(r.buf, r.lim, file);
    int p = r.lim >= 3 && Bom.isUtf8(java.util.Arrays.copyOf(r.buf, 3)) ? 3 : 0;
    for (; ; ) {
      int next = r.scanner.scan(r.buf, p, r.lim, r.atEof());
      if (next >= 0) {
        header = List.of(r.scanner.texts(r.buf));
        headerLine = 1 + r.scanner.linesBefore;
        dataStart = next;
        return;
      }
      if (next == CsvScanner.END) {
        throw OutcomesException.badInput(
            Location.of(file), "the file is empty: expected a header row");
      }
      if (next == CsvScanner.ERROR) {
        throw located(r.scanError());
      }
      if (!r.more(CsvErrors.MAX_RECORD)) {
        throw located(new RawRecord.BadRow(r.scanner.recordStart, 0, CsvErrors.TOO_LONG));
      }
    }
  }

  public String file() {
    return file;
  }

  public List<String> header() {
    return header;
  }

  public long headerLine() {
    return headerLine;
  }

  long size() {
    return size;
  }

  long dataStart() {
    return dataStart;
  }

  int width() {
    return header.size();
  }

  /**
   * Reads every row after the header: chunks of about {@code chunkBytes} on up to {@code threads}
   * threads; each chunk's fold result goes to {@code inOrder} on the calling thread, in file order.
   * With one thread the chunks are read one after another, each from where the last one ended.
   */
  public <P> void read(
      Supplier<? extends Fold<P>> folds, Consumer<P> inOrder, int threads, int chunkBytes) {
    long data = size - dataStart;
    int chunks = (int) Math.max(1, (data + chunkBytes - 1) / chunkBytes);
    List<Long> limits = new ArrayList<>();
    for (int k = 1; k <= chunks; k++) {
      limits.add(k == chunks ? size : dataStart + (long) k * chunkBytes);
    }
    if (threads <= 1 || chunks == 1) {
      ChunkReader reader = new ChunkReader(this);
      long start = dataStart;
      for (long limit : limits) {
        ChunkReader.Result<P> r = reader.read(folds.get(), start, limit, false);
        start = accept(r, inOrder);
      }
      return;
    }
    readInParallel(folds, inOrder, threads, limits);
  }

  private <P> void readInParallel(
      Supplier<? extends Fold<P>> folds, Consumer<P> inOrder, int threads, List<Long> limits) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread t = new Thread(task, "outcomes-read");
              t.setDaemon(true);
              return t;
            });
    ThreadLocal<ChunkReader> readers = ThreadLocal.withInitial(() -> new ChunkReader(this));
    List<Future<ChunkReader.Result<P>>> pending = new ArrayList<>();
    int ahead = threads + 1;
    try {
      ChunkReader mine = new ChunkReader(this);
      long start = dataStart;
      for (int k = 0; k < limits.size(); k++) {
        while (pending.size() < Math.min(limits.size(), k + ahead)) {
          int c = pending.size();
          long from = c == 0 ? dataStart : limits.get(c - 1);
          long limit = limits.get(c);
          Fold<P> fold = folds.get();
          pending.add(pool.submit(() -> readers.get().read(fold, from, limit, from != dataStart)));
        }
        ChunkReader.Result<P> r = Tasks.result(pending.get(k), "reading " + file);
        pending.set(k, null);
        if (r.start != start) {
          // the guess was wrong (or given up): read the chunk again from where the last one ended
          r = mine.read(folds.get(), start, limits.get(k), false);
        }
        start = accept(r, inOrder);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private <P> long accept(ChunkReader.Result<P> r, Consumer<P> inOrder) {
    if (r.failure != null) {
      throw r.failure;
    }
    if (r.error != null) {
      throw located(r.error);
    }
    inOrder.accept(r.value);
    return r.end;
  }

  /** The bad row as the one-line error, its line counted from the start of the file. */
  OutcomesException located(RawRecord.BadRow e) {
    return OutcomesException.badInput(
        new Location(file, lineAt(e.offset), e.column), e.getMessage());
  }

  private long lineAt(long offset) {
    return linesAt(new long[] {offset})[0];
  }

  /**
   * The line each of these byte offsets (in ascending order) lies on, counted in one read of the
   * file up to the last of them.
   */
  public long[] linesAt(long[] offsets) {
    long[] lines = new long[offsets.length];
    if (offsets.length == 0) {
      return lines;
    }
    ByteBuffer bb = ByteBuffer.allocate(1 << 20);
    long line = 1;
    byte prev = 0;
    int next = 0;
    long end = offsets[offsets.length - 1];
    try {
      long pos = 0;
      while (next < offsets.length && pos < end) {
        bb.clear().limit((int) Math.min(bb.capacity(), end - pos));
        int n = channel.read(bb, pos);
        if (n <= 0) {
          break;
        }
        byte[] b = bb.array();
        for (int i = 0; i < n; i++) {
          while (next < offsets.length && offsets[next] == pos + i) {
            lines[next++] = line;
          }
          byte x = b[i];
          if (x == '\r' || (x == '\n' && prev != '\r')) {
            line++;
          }
          prev = x;
        }
        pos += n;
      }
    } catch (IOException e) {
      throw InputFiles.unreadable(file, e);
    }
    while (next < offsets.length) {
      lines[next++] = line;
    }
    return lines;
  }

  void readAt(ByteBuffer bb, long position) throws IOException {
    while (bb.hasRemaining()) {
      int n = channel.read(bb, position);
      if (n < 0) {
        return;
      }
      position += n;
    }
  }

  String fileName() {
    return file;
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // an input: nothing is lost
    }
  }
}
