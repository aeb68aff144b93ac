package outcomes.report.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import outcomes.report.Colours;

/**
 * The paper's styles, made in code so that nothing depends on a template document: Arial 11 pt with
 * UK English, headings in the report's dark blue with outline levels (so Word's navigation pane and
 * a PDF's bookmarks follow them), captions, footnotes, table text, and one bullet list.
 */
final class DocxStyles {
  static final String FONT = "Arial";
  static final String GREY = "505A5F";

  private DocxStyles() {}

  static void add(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    CTStyles ct = CTStyles.Factory.newInstance();
    CTRPr defaults = ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
    fonts(defaults.addNewRFonts());
    defaults.addNewSz().setVal(BigInteger.valueOf(22));
    defaults.addNewLang().setVal("en-GB");
    CTPPrGeneral pDefaults = ct.getDocDefaults().addNewPPrDefault().addNewPPr();
    pDefaults.addNewSpacing().setAfter(BigInteger.valueOf(120));
    pDefaults.getSpacing().setLine(BigInteger.valueOf(264));
    pDefaults.getSpacing().setLineRule(STLineSpacingRule.AUTO);
    styles.setStyles(ct);
    style(styles, "Normal", "Normal", STStyleType.PARAGRAPH, null, 22, false, null);
    heading(styles, 1, 32, 360);
    heading(styles, 2, 26, 300);
    heading(styles, 3, 22, 240);
    CTPPrGeneral caption =
        style(styles, "Caption", "caption", STStyleType.PARAGRAPH, "Normal", 18, false, GREY)
            .getCTStyle()
            .getPPr();
    caption.addNewKeepLines();
    caption.addNewSpacing().setAfter(BigInteger.valueOf(240));
    style(styles, "FootnoteText", "footnote text", STStyleType.PARAGRAPH, "Normal", 16, false, null)
        .getCTStyle()
        .getPPr()
        .addNewSpacing()
        .setAfter(BigInteger.valueOf(40));
    style(styles, "TableText", "Table Text", STStyleType.PARAGRAPH, "Normal", 17, false, null)
        .getCTStyle()
        .getPPr()
        .addNewSpacing()
        .setAfter(BigInteger.ZERO);
    XWPFStyle ref =
        style(
            styles,
            "FootnoteReference",
            "footnote reference",
            STStyleType.CHARACTER,
            null,
            0,
            false,
            null);
    ref.getCTStyle().getRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
  }

  private static void heading(XWPFStyles styles, int level, int halfPoints, int before) {
    XWPFStyle s =
        style(
            styles,
            "Heading" + level,
            "heading " + level,
            STStyleType.PARAGRAPH,
            "Normal",
            halfPoints,
            true,
            Colours.HEADER);
    CTPPrGeneral p = s.getCTStyle().getPPr();
    p.addNewKeepNext();
    p.addNewKeepLines();
    p.addNewSpacing().setBefore(BigInteger.valueOf(before));
    p.getSpacing().setAfter(BigInteger.valueOf(120));
    p.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
    s.getCTStyle().addNewNext().setVal("Normal");
  }

  private static XWPFStyle style(
      XWPFStyles styles,
      String id,
      String name,
      STStyleType.Enum type,
      String basedOn,
      int halfPoints,
      boolean bold,
      String colour) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(type);
    s.addNewName().setVal(name);
    if (basedOn != null) {
      s.addNewBasedOn().setVal(basedOn);
    }
    s.addNewQFormat();
    if (type == STStyleType.PARAGRAPH) {
      s.addNewPPr();
    }
    CTRPr r = s.addNewRPr();
    if (bold) {
      r.addNewB();
    }
    if (colour != null) {
      r.addNewColor().setVal(colour);
    }
    if (halfPoints > 0) {
      r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    }
    XWPFStyle style = new XWPFStyle(s, styles);
    styles.addStyle(style);
    return style;
  }

  private static void fonts(CTFonts f) {
    f.setAscii(FONT);
    f.setHAnsi(FONT);
    f.setCs(FONT);
    f.setEastAsia(FONT);
  }

  /** One bullet list definition; returns the numbering id paragraphs refer to. */
  static BigInteger bullets(XWPFDocument doc) {
    CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
    abs.setAbstractNumId(BigInteger.ZERO);
    CTLvl lvl = abs.addNewLvl();
    lvl.setIlvl(BigInteger.ZERO);
    lvl.addNewStart().setVal(BigInteger.ONE);
    lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
    lvl.addNewLvlText().setVal("•");
    CTPPrGeneral p = lvl.addNewPPr();
    p.addNewInd().setLeft(BigInteger.valueOf(360));
    p.getInd().setHanging(BigInteger.valueOf(360));
    fonts(lvl.addNewRPr().addNewRFonts());
    XWPFNumbering numbering = doc.createNumbering();
    BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
    return numbering.addNum(absId);
  }
}
