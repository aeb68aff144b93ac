package outcomes.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import outcomes.ingest.InputFiles;

/** Reads one chunk of a {@link CsvChunks} file at a time into a buffer it keeps for the next. */
final class ChunkReader {
  /** How far past its end a chunk that guessed its start may read to finish a record. */
  private static final int GUESS_SLACK = 1 << 20;

  private static final int READ_SLICE = 1 << 20;
  private static final int GUESSES = 64;
  private static final int RECORDS_TO_TRUST = 8;

  final CsvScanner scanner = new CsvScanner();
  private final CsvChunks src;
  private final RawRecord record = new RawRecord(scanner);
  byte[] buf = new byte[0];
  int lim;
  private long base;

  ChunkReader(CsvChunks src) {
    this.src = src;
  }

  /** What reading a chunk came to; start is -1 when a guessed start could not be found. */
  static final class Result<P> {
    long start;
    long end;
    P value;
    RawRecord.BadRow error;
    RuntimeException failure;
  }

  /** Folds the records that start in [from, limit); {@code guess} when from may be mid-record. */
  <P> Result<P> read(CsvChunks.Fold<P> fold, long from, long limit, boolean guess) {
    Result<P> res = new Result<>();
    long loadFrom = guess ? from - 1 : from;
    load(loadFrom, (int) Math.min(limit - loadFrom + (1 << 16), src.size() - loadFrom));
    int p = 0;
    if (guess) {
      p = guessStart(limit);
      if (p < 0) {
        res.start = -1;
        return res;
      }
    }
    res.start = base + p;
    long cap = limit - base + GUESS_SLACK;
    int width = src.width();
    try {
      while (base + p < limit) {
        int r = scanner.scan(buf, p, lim, atEof());
        if (r >= 0) {
          if (!scanner.isBlank(buf)) {
            if (scanner.cells > width) {
              res.error =
                  new RawRecord.BadRow(
                      base + scanner.recordStart,
                      width + 1,
                      CsvErrors.tooWide(scanner.cells, width));
              break;
            }
            record.at(buf, base);
            fold.row(record);
          }
          p = r;
        } else if (r == CsvScanner.NEED_MORE) {
          if (!more(guess ? cap : p + (long) CsvErrors.MAX_RECORD)) {
            if (guess) {
              res.start = -1;
              return res;
            }
            res.error = new RawRecord.BadRow(base + scanner.recordStart, 0, CsvErrors.TOO_LONG);
            break;
          }
        } else if (r == CsvScanner.END) {
          p = lim;
          break;
        } else {
          res.error = scanError();
          break;
        }
      }
    } catch (RawRecord.BadRow e) {
      res.error = e;
    } catch (RuntimeException e) {
      res.failure = e;
    }
    res.end = base + p;
    if (res.error == null && res.failure == null) {
      byte[] b = buf;
      res.value = fold.finish((s, e) -> Arrays.copyOfRange(b, s, e));
    }
    return res;
  }

  /**
   * The first position after a line feed from which a few records read cleanly, or -1. Reading from
   * inside a quoted cell soon meets a quote followed by text, or a row wider than the header.
   */
  private int guessStart(long limit) {
    int p = 0;
    for (int tries = 0; tries < GUESSES; tries++) {
      while (p < lim && buf[p] != '\n') {
        p++;
      }
      p++;
      if (p > lim || base + p >= limit) {
        return -1;
      }
      if (readsCleanly(p)) {
        return p;
      }
    }
    return -1;
  }

  private boolean readsCleanly(int from) {
    int p = from;
    for (int n = 0; n < RECORDS_TO_TRUST; n++) {
      int r = scanner.scan(buf, p, lim, atEof());
      if (r == CsvScanner.ERROR || (r >= 0 && scanner.cells > src.width())) {
        return false;
      }
      if (r < 0) {
        return true;
      }
      p = r;
    }
    return true;
  }

  RawRecord.BadRow scanError() {
    return switch (scanner.errorKind) {
      case CsvScanner.BAD_UTF8 ->
          new RawRecord.BadRow(base + scanner.errorAt, 0, CsvErrors.NOT_IN_ENCODING);
      case CsvScanner.UNCLOSED_QUOTE ->
          new RawRecord.BadRow(base + scanner.recordStart, 0, CsvErrors.UNCLOSED_QUOTE);
      default -> new RawRecord.BadRow(base + scanner.recordStart, 0, CsvErrors.TEXT_AFTER_QUOTE);
    };
  }

  boolean atEof() {
    return base + lim >= src.size();
  }

  /** Reads {@code length} bytes from {@code from} into the start of the buffer. */
  void load(long from, int length) {
    scanner.forget();
    base = from;
    lim = 0;
    if (buf.length < length) {
      // room for the next chunk's guess too, which reads a byte more
      buf = new byte[length + (1 << 16)];
    }
    fillTo(length);
  }

  /** Reads more of the file after the buffer, growing it up to {@code cap} bytes; false past it. */
  boolean more(long cap) {
    if (lim == buf.length) {
      if (buf.length >= cap) {
        return false;
      }
      buf = Arrays.copyOf(buf, (int) Math.min(cap, Math.max(1 << 16, buf.length * 2L)));
    }
    fillTo((int) Math.min(buf.length, src.size() - base));
    return true;
  }

  private void fillTo(int length) {
    try {
      while (lim < length) {
        ByteBuffer bb = ByteBuffer.wrap(buf, lim, Math.min(READ_SLICE, length - lim));
        int before = bb.position();
        src.readAt(bb, base + lim);
        int n = bb.position() - before;
        if (n <= 0) {
          return;
        }
        lim += n;
      }
    } catch (IOException e) {
      throw InputFiles.unreadable(src.file(), e);
    }
  }
}
