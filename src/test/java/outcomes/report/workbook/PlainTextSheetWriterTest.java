package outcomes.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/** The quicker sheet writer writes exactly the XML that POI's own writes, whatever the text. */
class PlainTextSheetWriterTest {
  private static final String[] TEXTS = {
    "Westminster",
    "E09000033",
    "2019 - 21",
    "",
    " lead and trail ",
    "a<b",
    "x & y",
    "say \"no\"",
    "it's",
    "tab\there",
    "line\nbreak",
    "cr\rhere",
    "no\u00a0break",
    "Ynys Môn",
    "€5",
    "😀 face",
    "bell\u0007",
    "not\uFFFEchar",
    "=HYPERLINK(\"x\")",
    "~!@#$%^*()_+{}|:?",
    "lone \uD800 high",
    "lone \uDC00 low",
    "ends high \uD83D"
  };

  @Test
  void writesTheSameXmlAsPoi() throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
      SXSSFSheet sheet = wb.createSheet("s");
      SXSSFRow row = sheet.createRow(0);
      for (int i = 0; i < TEXTS.length; i++) {
        row.createCell(i).setCellValue(TEXTS[i]);
      }
      row.createCell(TEXTS.length).setCellValue(84.1);
      assertEquals(xml(new SheetDataWriter(), row), xml(new PlainTextSheetWriter(), row));
    }
  }

  /**
   * With shared strings, as the workbook writes: texts, numbers and cells with a style only, over
   * rows of their own heights and columns past Z, byte for byte.
   */
  @Test
  void writesTheSameBytesAsPoiWithSharedStrings() throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
      SXSSFSheet sheet = wb.createSheet("s");
      org.apache.poi.ss.usermodel.CellStyle style = wb.createCellStyle();
      style.setWrapText(true);
      java.util.List<SXSSFRow> rows = new java.util.ArrayList<>();
      for (int r = 0; r < 3; r++) {
        SXSSFRow row = sheet.createRow(r * 7);
        if (r == 1) {
          row.setHeightInPoints(45f);
        }
        for (int c = 0; c < 30; c++) {
          if (c % 5 == 4) {
            continue; // a gap in the row
          }
          org.apache.poi.xssf.streaming.SXSSFCell cell = row.createCell(c);
          if (c % 3 == 0) {
            cell.setCellValue(TEXTS[(r * 30 + c) % TEXTS.length]);
          } else if (c % 3 == 1) {
            cell.setCellValue(c * 1234.5678 / (r + 1));
          }
          if (c % 2 == 0) {
            cell.setCellStyle(style);
          }
        }
        rows.add(row);
      }
      byte[] poi =
          bytes(new SheetDataWriter(new org.apache.poi.xssf.model.SharedStringsTable()), rows);
      byte[] ours =
          bytes(
              new PlainTextSheetWriter(
                  new org.apache.poi.xssf.model.SharedStringsTable(), new java.util.HashMap<>()),
              rows);
      assertEquals(
          new String(poi, StandardCharsets.UTF_8), new String(ours, StandardCharsets.UTF_8));
      org.junit.jupiter.api.Assertions.assertArrayEquals(poi, ours);
    }
  }

  private static String xml(SheetDataWriter w, SXSSFRow row) throws IOException {
    return new String(bytes(w, java.util.List.of(row)), StandardCharsets.ISO_8859_1);
  }

  private static byte[] bytes(SheetDataWriter w, java.util.List<SXSSFRow> rows) throws IOException {
    for (SXSSFRow row : rows) {
      w.writeRow(row.getRowNum(), row);
    }
    w.close();
    try (InputStream in = w.getWorksheetXMLInputStream()) {
      return in.readAllBytes();
    }
  }
}
