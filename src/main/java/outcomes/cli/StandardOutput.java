package outcomes.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import outcomes.csv.CsvWriter;

/**
 * The process's standard output as picocli's writer, which can also take bytes already encoded:
 * tens of megabytes of UTF-8 rows need not be decoded to text and encoded again when the writer's
 * encoding is UTF-8 too.
 */
final class StandardOutput extends PrintWriter {
  private final OutputStream stream;
  private final boolean utf8;

  StandardOutput(OutputStream stream, Charset charset) {
    super(new OutputStreamWriter(stream, charset), true);
    this.stream = stream;
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
  }

  /** Where UTF-8 bytes can go as they are: straight to the stream, or decoded for this writer. */
  static CsvWriter.ByteSink bytesFor(PrintWriter w) {
    if (w instanceof StandardOutput s && s.utf8) {
      s.flush();
      return (b, n) -> {
        s.stream.write(b, 0, n);
        s.stream.flush();
      };
    }
    return CsvWriter.toWriter(w);
  }

  @Override
  public void flush() {
    super.flush();
    try {
      stream.flush();
    } catch (IOException e) {
      setError();
    }
  }
}
