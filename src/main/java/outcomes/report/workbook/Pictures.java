package outcomes.report.workbook;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A chart image on a sheet (a ward map beside the ranked wards' native chart), sized from the PNG's
 * own dimensions over columns and rows of Excel's default size, with its alternative text, as
 * Excel's accessibility checker asks.
 */
final class Pictures {
  /** Excel's default column width and row height, in pixels. */
  private static final double COLUMN_PX = 64;

  private static final double ROW_PX = 20;

  private Pictures() {}

  /** Places the image {@code columns} columns wide at (col, row); returns the rows it covers. */
  static int place(XSSFSheet sheet, byte[] png, String alt, int col, int row, int columns) {
    int index = sheet.getWorkbook().addPicture(png, Workbook.PICTURE_TYPE_PNG);
    XSSFDrawing drawing =
        sheet.createDrawingPatriarch(); // the sheet's one drawing, shared with its charts
    int rows = (int) Math.round(columns * COLUMN_PX * height(png) / width(png) / ROW_PX);
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + columns, row + rows);
    XSSFPicture picture = drawing.createPicture(anchor, index);
    picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(alt);
    return rows;
  }

  /** The width in a PNG's header (IHDR, bytes 16 to 19). */
  static int width(byte[] png) {
    return int32(png, 16);
  }

  static int height(byte[] png) {
    return int32(png, 20);
  }

  private static int int32(byte[] b, int at) {
    return (b[at] & 0xFF) << 24
        | (b[at + 1] & 0xFF) << 16
        | (b[at + 2] & 0xFF) << 8
        | (b[at + 3] & 0xFF);
  }
}
