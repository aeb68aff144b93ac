package outcomes.report.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import outcomes.report.Colours;
import outcomes.report.PaperView;

/**
 * A table of the paper: the full text width, fixed column widths in the view's proportions, a dark
 * header row repeated on every page, light grey rules, and comparison cells filled with their
 * Fingertips colours, with white text where the fill is dark.
 */
final class DocxTables {
  private static final String RULE = "BFC1C3";

  private DocxTables() {}

  static void add(XWPFDocument doc, PaperView.Table t) {
    int cols = t.header().size();
    XWPFTable table = doc.createTable(t.rows().size() + 1, cols);
    int[] widths = widths(t.widths());
    layout(table, widths);
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < cols; c++) {
      cell(
          header.getCell(c),
          new PaperView.Cell(t.header().get(c), Colours.HEADER, true),
          widths[c]);
    }
    for (int r = 0; r < t.rows().size(); r++) {
      XWPFTableRow row = table.getRow(r + 1);
      row.setCantSplitRow(true);
      List<PaperView.Cell> cells = t.rows().get(r);
      for (int c = 0; c < cols; c++) {
        cell(row.getCell(c), cells.get(c), widths[c]);
      }
    }
  }

  private static int[] widths(List<Integer> relative) {
    int total = relative.stream().mapToInt(Integer::intValue).sum();
    int[] w = new int[relative.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = DocxWriter.TEXT_WIDTH * relative.get(i) / total;
    }
    return w;
  }

  private static void layout(XWPFTable table, int[] widths) {
    CTTblPr pr = table.getCTTbl().getTblPr();
    CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(DocxWriter.TEXT_WIDTH));
    CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    CTTblGrid grid =
        table.getCTTbl().getTblGrid() == null
            ? table.getCTTbl().addNewTblGrid()
            : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int width : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setCellMargins(40, 80, 40, 80);
  }

  private static void cell(XWPFTableCell cell, PaperView.Cell content, int width) {
    cell.setWidth(String.valueOf(width));
    cell.getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
    if (!content.fill().isEmpty()) {
      cell.setColor(content.fill());
    }
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setStyle("TableText");
    String[] lines = content.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      XWPFRun r = p.createRun();
      if (i > 0) {
        r.addBreak();
      }
      r.setText(lines[i]);
      r.setBold(content.bold() && i == 0);
      if (!content.fill().isEmpty() && Colours.textOn(content.fill()).equals(Colours.WHITE)) {
        r.setColor(Colours.WHITE);
      }
    }
  }
}
