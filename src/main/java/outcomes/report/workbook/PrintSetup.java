package outcomes.report.workbook;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** A4 landscape, one page wide, a table's header row (if it has one) repeated on every page. */
final class PrintSetup {
  private PrintSetup() {}

  static void landscape(Sheet sheet, int headerRow) {
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    if (headerRow >= 0) {
      sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }
  }
}
