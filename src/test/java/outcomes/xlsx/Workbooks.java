package outcomes.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small xlsx fixtures made with POI's ordinary (non-streaming) API, so that every test states the
 * cells it reads: title rows, a header, numbers with display formats, formulas with and without
 * saved results, and hostile variants of a workbook's zip.
 */
final class Workbooks {
  private final XSSFWorkbook wb = new XSSFWorkbook();

  Sheet sheet(String name) {
    return wb.createSheet(name);
  }

  /** Sets a row's cells: a Double is a number, a String text, null a blank. */
  static Row row(Sheet sheet, int excelRow, Object... cells) {
    Row r = sheet.createRow(excelRow - 1);
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] instanceof Double d) {
        r.createCell(i).setCellValue(d);
      } else if (cells[i] instanceof String s) {
        r.createCell(i).setCellValue(s);
      }
    }
    return r;
  }

  CellStyle format(String format) {
    CellStyle s = wb.createCellStyle();
    s.setDataFormat(wb.createDataFormat().getFormat(format));
    return s;
  }

  /** A formula cell; {@code cached} is the result saved with it, or null for none. */
  static Cell formula(Row row, int col, String formula, Double cached) {
    Cell c = row.createCell(col);
    c.setCellFormula(formula);
    if (cached != null) {
      c.setCellValue(cached); // on a formula cell this sets the saved result, not the formula
    }
    return c;
  }

  Path write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    wb.close();
    return file;
  }

  /** A copy of a workbook with one zip entry's bytes changed. */
  static Path rewriteEntry(Path from, Path to, String entry, UnaryOperator<byte[]> change)
      throws IOException {
    try (ZipFile zip = new ZipFile(from.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry z = e.nextElement();
        byte[] bytes;
        try (InputStream in = zip.getInputStream(z)) {
          bytes = in.readAllBytes();
        }
        out.putNextEntry(new ZipEntry(z.getName()));
        out.write(z.getName().equals(entry) ? change.apply(bytes) : bytes);
        out.closeEntry();
      }
    }
    return to;
  }
}
