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
    "~!@#$%^*()_+{}|:?"
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

  private static String xml(SheetDataWriter w, SXSSFRow row) throws IOException {
    w.writeRow(0, row);
    w.close();
    try (InputStream in = w.getWorksheetXMLInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
