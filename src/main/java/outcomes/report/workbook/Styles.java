package outcomes.report.workbook;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import outcomes.model.Comparison;
import outcomes.report.Colours;

/** The workbook's few cell styles, made once each: Excel limits a file to 64,000 styles. */
final class Styles {
  final XSSFCellStyle title;
  final XSSFCellStyle note;
  final XSSFCellStyle warning;
  final XSSFCellStyle header;
  final XSSFCellStyle text;
  final XSSFCellStyle wrapped;
  final XSSFCellStyle heading;
  final XSSFCellStyle link;
  final XSSFCellStyle warningWrapped;

  /** Text in a column of numbers (a confidence interval, shorthand), aligned as the numbers are. */
  final XSSFCellStyle textRight;

  private final XSSFWorkbook wb;
  private final Map<Integer, XSSFCellStyle> numbers = new HashMap<>();
  private final Map<Comparison, XSSFCellStyle> comparisons = new EnumMap<>(Comparison.class);

  Styles(XSSFWorkbook wb) {
    this.wb = wb;
    title = style(font(16, true, null), null);
    note = style(font(10, false, null), null);
    warning = style(font(11, true, Colours.WORSE), null);
    header = style(font(11, true, Colours.WHITE), Colours.HEADER);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    text = style(font(11, false, null), null);
    // a space between a column of numbers and the text to its right
    text.setIndention((short) 1);
    wrapped = style(font(11, false, null), null);
    wrapped.setWrapText(true);
    wrapped.setIndention((short) 1);
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    heading = style(font(12, true, null), null);
    // links look like links: blue and underlined, not colour alone
    XSSFFont linkFont = font(11, false, LINK);
    linkFont.setUnderline(org.apache.poi.ss.usermodel.Font.U_SINGLE);
    link = style(linkFont, null);
    textRight = style(font(11, false, null), null);
    textRight.setAlignment(HorizontalAlignment.RIGHT);
    warningWrapped = style(font(11, true, Colours.WORSE), null);
    warningWrapped.setWrapText(true);
    warningWrapped.setVerticalAlignment(VerticalAlignment.TOP);
  }

  /** GOV.UK's link blue: 5.2:1 against white, above the 4.5:1 WCAG AA asks of text. */
  private static final String LINK = "1D70B8";

  /** A number shown to the indicator's decimals. */
  XSSFCellStyle number(int decimals) {
    return numbers.computeIfAbsent(
        decimals,
        d -> {
          XSSFCellStyle s = style(font(11, false, null), null);
          s.setDataFormat(
              wb.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
          return s;
        });
  }

  /** A comparison, filled in the Fingertips colour for it. */
  XSSFCellStyle comparison(Comparison c) {
    return comparisons.computeIfAbsent(
        c,
        k -> {
          String fill = Colours.of(k);
          XSSFCellStyle s = style(font(11, false, Colours.textOn(fill)), fill);
          s.setAlignment(HorizontalAlignment.CENTER);
          s.setBorderBottom(BorderStyle.THIN);
          s.setBorderTop(BorderStyle.THIN);
          return s;
        });
  }

  private XSSFFont font(int points, boolean bold, String rgb) {
    XSSFFont f = wb.createFont();
    f.setFontName("Arial");
    f.setFontHeightInPoints((short) points);
    f.setBold(bold);
    if (rgb != null) {
      f.setColor(color(rgb));
    }
    return f;
  }

  private XSSFCellStyle style(XSSFFont font, String fill) {
    XSSFCellStyle s = wb.createCellStyle();
    s.setFont(font);
    // a row made tall by one wrapped cell reads from its top, every cell alike
    s.setVerticalAlignment(VerticalAlignment.TOP);
    if (fill != null) {
      s.setFillForegroundColor(color(fill));
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    return s;
  }

  /** A colour as the file format writes one: alpha then RGB (FF12436D); RGB alone is not valid. */
  static XSSFColor color(String rgb) {
    byte[] b = Colours.bytes(rgb);
    return new XSSFColor(new byte[] {(byte) 0xFF, b[0], b[1], b[2]}, null);
  }
}
