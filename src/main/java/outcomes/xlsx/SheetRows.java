package outcomes.xlsx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;
import outcomes.ingest.Row;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * One sheet's rows, parsed by POI's streaming (SAX) handler on a thread of its own and handed over
 * through a small queue, so that a sheet is read once and never held whole, while its reader still
 * pulls rows one at a time. Values are the ones the workbook saved: formulas are never evaluated,
 * and a formula saved without its result is an error rather than an empty cell.
 */
final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(256);
  private final String file;
  private final Thread thread;
  private volatile boolean stopped;
  private List<String> cells = new ArrayList<>();
  private int nextColumn;

  SheetRows(
      String file, InputStream sheet, StylesTable styles, ReadOnlySharedStringsTable strings) {
    this.file = file;
    this.thread = new Thread(() -> parse(sheet, styles, strings), "xlsx " + file);
    thread.setDaemon(true);
    thread.start();
  }

  /** The next row with at least one cell, or null after the last. */
  Row next() {
    Object item = null;
    try {
      while (item == null) {
        item = queue.poll(200, TimeUnit.MILLISECONDS);
        if (item == null && !thread.isAlive()) {
          item = queue.poll();
          if (item == null) {
            throw OutcomesException.badInput(
                Location.of(file), "the sheet could not be read to its end");
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw OutcomesException.badInput(Location.of(file), "reading was interrupted");
    }
    if (item == END || item instanceof OutcomesException) {
      queue.offer(item); // later calls see the end, or the failure, again
    }
    if (item instanceof OutcomesException failure) {
      throw failure;
    }
    return item == END ? null : (Row) item;
  }

  /** Stops the parsing thread if it is still running and waits for it to let go of the file. */
  void stop() {
    stopped = true;
    queue.clear();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void parse(InputStream sheet, StylesTable styles, ReadOnlySharedStringsTable strings) {
    Object last = END;
    try (InputStream in = sheet) {
      XMLReader xml = XMLHelper.newXMLReader();
      XMLFilterImpl cachedOnly = new CachedValuesOnly(xml);
      cachedOnly.setContentHandler(
          new XSSFSheetXMLHandler(styles, strings, this, new CellText(), false));
      cachedOnly.parse(new InputSource(in));
    } catch (Exception | StackOverflowError e) {
      if (stopped) {
        return; // the reader closed early: nobody waits for the rest
      }
      last = XlsxErrors.of(file, e);
    }
    try {
      hand(last);
    } catch (Stopped e) {
      // as above
    }
  }

  /** Hands an item to the reader, waiting while the queue is full, until the reader stops. */
  private void hand(Object item) {
    try {
      while (!stopped) {
        if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new Stopped();
  }

  @Override
  public void startRow(int rowNum) {
    cells = new ArrayList<>();
    nextColumn = 0;
  }

  @Override
  public void cell(String ref, String value, XSSFComment comment) {
    int col = ref == null ? nextColumn : new CellReference(ref).getCol();
    while (cells.size() < col) {
      cells.add("");
    }
    if (col < cells.size()) {
      cells.set(col, value == null ? "" : value);
    } else {
      cells.add(value == null ? "" : value);
    }
    nextColumn = col + 1;
  }

  @Override
  public void endRow(int rowNum) {
    if (cells.stream().allMatch(String::isBlank)) {
      return; // a formatted but empty row, as spreadsheets keep below and between tables
    }
    hand(new Row(rowNum + 1L, cells.toArray(new String[0])));
  }

  /** Unwinds the parse when the reader stops early. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** Watches each cell: a formula (an f element) must come with its saved result (a v element). */
  private final class CachedValuesOnly extends XMLFilterImpl {
    private String ref;
    private boolean formula;
    private boolean value;

    CachedValuesOnly(XMLReader parent) {
      super(parent);
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts)
        throws SAXException {
      if (stopped) {
        throw new Stopped();
      }
      if ("c".equals(local)) {
        ref = atts.getValue("r");
        formula = false;
        value = false;
      } else if ("f".equals(local)) {
        formula = true;
      } else if ("v".equals(local)) {
        value = true;
      }
      super.startElement(uri, local, qName, atts);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      if ("c".equals(local) && formula && !value) {
        throw new SAXException(XlsxErrors.NO_CACHED_VALUE + (ref == null ? "" : " " + ref));
      }
      super.endElement(uri, local, qName);
    }
  }
}
