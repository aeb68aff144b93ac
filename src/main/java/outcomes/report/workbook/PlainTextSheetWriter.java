package outcomes.report.workbook;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming sheet writer, made quicker where it writes a few characters at a time: most of
 * the time spent writing a workbook of national tidy tables went on calls to its writer.
 *
 * <ul>
 *   <li>A text that needs no escaping is written in one piece; POI escapes every text a code point
 *       at a time. Only printable ASCII other than {@code < > & "} is taken whole, and POI writes
 *       each of those characters as itself; any other text goes to POI.
 *   <li>The temporary file's writer buffers without a lock: one thread writes a sheet.
 * </ul>
 */
final class PlainTextSheetWriter extends SheetDataWriter {
  PlainTextSheetWriter() throws IOException {
    super();
  }

  @Override
  public Writer createWriter(File fd) throws IOException {
    return new UnsharedWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8));
  }

  @Override
  protected void outputEscapedString(String s) throws IOException {
    if (s != null && plain(s)) {
      _out.write(s);
    } else {
      super.outputEscapedString(s);
    }
  }

  static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < ' ' || c > '~' || c == '<' || c == '>' || c == '&' || c == '"') {
        return false;
      }
    }
    return true;
  }

  /** A buffer in front of a writer, for one thread: no lock and no checks per call. */
  private static final class UnsharedWriter extends Writer {
    private final Writer out;
    private final char[] buf = new char[1 << 16];
    private int size;

    UnsharedWriter(Writer out) {
      this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
      if (size == buf.length) {
        drain();
      }
      buf[size++] = (char) c;
    }

    @Override
    public void write(String s) throws IOException {
      write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      if (len > buf.length - size) {
        drain();
        if (len > buf.length) {
          out.write(s, off, len);
          return;
        }
      }
      s.getChars(off, off + len, buf, size);
      size += len;
    }

    @Override
    public void write(char[] c, int off, int len) throws IOException {
      if (len > buf.length - size) {
        drain();
        if (len > buf.length) {
          out.write(c, off, len);
          return;
        }
      }
      System.arraycopy(c, off, buf, size, len);
      size += len;
    }

    private void drain() throws IOException {
      out.write(buf, 0, size);
      size = 0;
    }

    @Override
    public void flush() throws IOException {
      drain();
      out.flush();
    }

    @Override
    public void close() throws IOException {
      drain();
      out.close();
    }
  }
}
