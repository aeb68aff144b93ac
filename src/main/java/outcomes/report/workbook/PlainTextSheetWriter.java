package outcomes.report.workbook;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * POI's streaming sheet writer, made quicker where it writes a few characters at a time: most of
 * the time spent writing a workbook of national tidy tables went on calls to its writer.
 *
 * <ul>
 *   <li>A text that needs no escaping is written in one piece; POI escapes every text a code point
 *       at a time. Only printable ASCII other than {@code < > & "} is taken whole, and POI writes
 *       each of those characters as itself; any other text goes to POI.
 *   <li>The temporary file's writer buffers without a lock: one thread writes a sheet.
 *   <li>With shared strings, each text is looked up in a map of the texts already shared; POI would
 *       serialise every text to XML to find it in its table, which tripled the time to write a
 *       table of 40,000 figures whose cells repeat a few thousand texts.
 * </ul>
 */
final class PlainTextSheetWriter extends SheetDataWriter {
  PlainTextSheetWriter() throws IOException {
    super();
    this.strings = null;
    this.shared = null;
  }

  private final SharedStringsTable strings;
  private final Map<String, Integer> shared;

  /**
   * A writer that puts text in the workbook's shared strings (one copy of each), {@code shared}
   * being the index of each text already there, kept across the workbook's sheets.
   */
  PlainTextSheetWriter(SharedStringsTable strings, Map<String, Integer> shared) throws IOException {
    super(strings);
    this.strings = strings;
    this.shared = shared;
  }

  /**
   * A text cell as POI writes it with shared strings ({@code <c r="B2" s="3" t="s"><v>7</v></c>}),
   * its index found in our map; every other cell as POI writes it.
   */
  @Override
  public void writeCell(int columnIndex, Cell cell) throws IOException {
    if (strings == null || cell == null || cell.getCellType() != CellType.STRING) {
      super.writeCell(columnIndex, cell);
      return;
    }
    String text = cell.getStringCellValue();
    Integer index = shared.get(text);
    if (index == null) {
      index = strings.addSharedStringItem(new XSSFRichTextString(text));
      shared.put(text, index);
    }
    _out.write("<c r=\"");
    _out.write(new CellReference(cell.getRowIndex(), columnIndex).formatAsString());
    int style = cell.getCellStyle().getIndex() & 0xffff;
    if (style != 0) {
      _out.write("\" s=\"");
      _out.write(Integer.toString(style));
    }
    _out.write("\" t=\"s\"><v>");
    _out.write(Integer.toString(index));
    _out.write("</v></c>");
  }

  @Override
  public Writer createWriter(File fd) throws IOException {
    return new UnsharedWriter(
        new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8));
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
