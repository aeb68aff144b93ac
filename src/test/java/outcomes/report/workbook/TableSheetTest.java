package outcomes.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A sheet's table as Excel will open it: one header row of distinct names, and rows under it. */
class TableSheetTest {
  /**
   * A table with nothing in it still has a row, of shorthand: a table needs one, blank is not
   * allowed.
   */
  @Test
  void aTableWithoutRowsGetsOneRowOfShorthand() throws IOException {
    XSSFWorkbook back = write(List.of("Ward", "Value"), 0);
    XSSFSheet sheet = back.getSheet("Wards");
    XSSFTable table = sheet.getTables().get(0);
    assertEquals("A3:B4", table.getCTTable().getRef());
    assertEquals("[z]", sheet.getRow(3).getCell(0).getStringCellValue());
    assertEquals("[z]", sheet.getRow(3).getCell(1).getStringCellValue());
  }

  /**
   * Excel repairs a table whose column names repeat (ignoring case) or break a line: a name from
   * the catalogue (two areas named alike) is numbered, and its line break is a space.
   */
  @Test
  void repeatedOrBrokenColumnNamesAreMadeOneLineAndDistinct() throws IOException {
    XSSFWorkbook back = write(List.of("London", "london", "City of\nLondon", "London"), 1);
    XSSFTable table = back.getSheet("Wards").getTables().get(0);
    List<String> names = table.getColumns().stream().map(c -> c.getName()).toList();
    assertEquals(List.of("London", "london 2", "City of London", "London 3"), names);
    for (int c = 0; c < names.size(); c++) {
      assertEquals(names.get(c), back.getSheet("Wards").getRow(2).getCell(c).getStringCellValue());
    }
  }

  private static XSSFWorkbook write(List<String> header, int rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 100)) {
      Styles styles = new Styles(wb.getXSSFWorkbook());
      wb.createSheet("Wards");
      TableSheet sheet = new TableSheet(wb, styles, "Wards");
      sheet.title("Wards").line("This worksheet contains one table.");
      int r = sheet.header(header);
      for (int i = 0; i < rows; i++, r++) {
        for (int c = 0; c < header.size(); c++) {
          sheet.cells.number(r, c, i, styles.number(0));
        }
      }
      sheet.table("wards_table", r - 1);
      sheet.finish(8, true);
      wb.write(out);
    }
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }
}
