package outcomes.report.workbook;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
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
 *   <li>Text, number and empty cells are written in one piece each, their references made without
 *       an object per cell.
 *   <li>A text that needs no escaping is written in one piece; POI escapes every text a code point
 *       at a time. Only printable ASCII other than {@code < > & "} is taken whole, and POI writes
 *       each of those characters as itself; any other text goes to POI.
 *   <li>The temporary file's writer encodes UTF-8 itself and buffers without a lock (one thread
 *       writes a sheet); the markup written here, all ASCII, goes in without being encoded.
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
    this.out = (Utf8Writer) _out;
  }

  private final SharedStringsTable strings;
  private final Map<String, Integer> shared;

  /** {@code _out}, the writer {@link #createWriter} made, for the markup written here. */
  private final Utf8Writer out;

  /**
   * A writer that puts text in the workbook's shared strings (one copy of each), {@code shared}
   * being the index of each text already there, kept across the workbook's sheets.
   */
  PlainTextSheetWriter(SharedStringsTable strings, Map<String, Integer> shared) throws IOException {
    super(strings);
    this.strings = strings;
    this.shared = shared;
    this.out = (Utf8Writer) _out;
  }

  /**
   * A cell as POI writes it: a text with shared strings ({@code <c r="B2" s="3"
   * t="s"><v>7</v></c>}), its index found in our map; a number ({@code <c r="L2" s="5"
   * t="n"><v>84.1</v></c>}); a cell with a style and no value ({@code <c r="M2" s="5"></c>}); every
   * other cell through POI. Its reference is made from the column's letters, worked out once, and
   * the row's number, once a row.
   */
  @Override
  public void writeCell(int columnIndex, Cell cell) throws IOException {
    if (cell == null) {
      return;
    }
    CellType type = cell.getCellType();
    boolean text = type == CellType.STRING && strings != null;
    if (!text && type != CellType.NUMERIC && type != CellType.BLANK) {
      super.writeCell(columnIndex, cell);
      return;
    }
    out.ascii("<c r=\"");
    out.ascii(column(columnIndex));
    out.ascii(rowNumber(cell.getRowIndex()));
    int style = cell.getCellStyle().getIndex() & 0xffff;
    if (style != 0) {
      out.ascii("\" s=\"");
      out.ascii(Integer.toString(style));
    }
    if (text) {
      String value = cell.getStringCellValue();
      Integer index = shared.get(value);
      if (index == null) {
        index = strings.addSharedStringItem(new XSSFRichTextString(value));
        shared.put(value, index);
      }
      out.ascii("\" t=\"s\"><v>");
      out.ascii(Integer.toString(index));
      out.ascii("</v></c>");
    } else if (type == CellType.NUMERIC) {
      out.ascii("\" t=\"n\"><v>");
      out.ascii(Double.toString(cell.getNumericCellValue()));
      out.ascii("</v></c>");
    } else {
      out.ascii("\"></c>");
    }
  }

  private final String[] columns = new String[64];
  private int row = -1;
  private String rowText;

  /** A column's letters as a cell reference writes them: A, B, … Z, AA. */
  private String column(int c) {
    if (c >= columns.length) {
      return CellReference.convertNumToColString(c);
    }
    if (columns[c] == null) {
      columns[c] = CellReference.convertNumToColString(c);
    }
    return columns[c];
  }

  /** A row's number as a cell reference writes it, counted from 1. */
  private String rowNumber(int r) {
    if (r != row) {
      row = r;
      rowText = Integer.toString(r + 1);
    }
    return rowText;
  }

  @Override
  public Writer createWriter(File fd) throws IOException {
    return new Utf8Writer(new FileOutputStream(fd));
  }

  @Override
  protected void outputEscapedString(String s) throws IOException {
    if (s != null && plain(s)) {
      out.ascii(s);
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

  /**
   * UTF-8 into a buffer in front of a file, for one thread: no lock and no checks per call, and the
   * markup written here ({@link #ascii}) copied as it is, since its characters are its bytes. Other
   * text is encoded a character at a time as Java's UTF-8 writer encodes it, a surrogate that is
   * not half of a pair written as '?'.
   */
  static final class Utf8Writer extends Writer {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int size;

    /** A high surrogate written last, whose low half may come in the next call. */
    private char high;

    Utf8Writer(OutputStream out) {
      this.out = out;
    }

    /** Text known to be ASCII: markup, cell references, numbers. */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): ASCII only
    void ascii(String s) throws IOException {
      if (high != 0) {
        put('?');
        high = 0;
      }
      int len = s.length();
      if (len > buf.length - size) {
        drain();
        if (len > buf.length) {
          write(s, 0, len);
          return;
        }
      }
      s.getBytes(0, len, buf, size);
      size += len;
    }

    @Override
    public void write(int c) throws IOException {
      encode((char) c);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      for (int i = off; i < off + len; i++) {
        encode(s.charAt(i));
      }
    }

    @Override
    public void write(char[] c, int off, int len) throws IOException {
      for (int i = off; i < off + len; i++) {
        encode(c[i]);
      }
    }

    private void encode(char c) throws IOException {
      if (high != 0) {
        char h = high;
        high = 0;
        if (Character.isLowSurrogate(c)) {
          int cp = Character.toCodePoint(h, c);
          put(0xF0 | cp >> 18);
          put(0x80 | cp >> 12 & 0x3F);
          put(0x80 | cp >> 6 & 0x3F);
          put(0x80 | cp & 0x3F);
          return;
        }
        put('?');
      }
      if (c < 0x80) {
        put(c);
      } else if (c < 0x800) {
        put(0xC0 | c >> 6);
        put(0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)) {
        high = c;
      } else if (Character.isLowSurrogate(c)) {
        put('?');
      } else {
        put(0xE0 | c >> 12);
        put(0x80 | c >> 6 & 0x3F);
        put(0x80 | c & 0x3F);
      }
    }

    private void put(int b) throws IOException {
      if (size == buf.length) {
        drain();
      }
      buf[size++] = (byte) b;
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
      if (high != 0) {
        put('?');
        high = 0;
      }
      drain();
      out.close();
    }
  }
}
