package outcomes.report.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import outcomes.report.Figures;
import outcomes.report.PaperView;
import outcomes.report.StableZip;

/**
 * Lays a {@link PaperView} out as a Word document (Apache POI XWPF): A4, styles made in code,
 * footnotes for figures' sources, tables with a repeated header row and Fingertips comparison
 * colours, charts as PNG with alternative text, a footer with the data date and page number. The
 * document's dates are the data's and every zip entry has a fixed time, so the same view gives the
 * same bytes.
 */
public final class DocxWriter {
  /** A4 with 2 cm margins: the text is 170 mm wide. */
  static final int PAGE_WIDTH = 11906;

  static final int PAGE_HEIGHT = 16838;
  static final int MARGIN = 1134;
  static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

  private final XWPFDocument doc;
  private long nextFootnote = 3;
  private final BigInteger bullets;
  private int figures;
  private int tables;

  /** Set by a page break: the next paragraph starts a new page. */
  private boolean newPage;

  private DocxWriter(XWPFDocument doc) {
    this.doc = doc;
    DocxStyles.add(doc);
    this.bullets = DocxStyles.bullets(doc);
    separators();
  }

  public static void write(PaperView view, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      DocxWriter w = new DocxWriter(doc);
      for (PaperView.Block b : view.blocks()) {
        w.block(b);
      }
      w.page(view);
      properties(doc, view);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.write(bytes);
      StableZip.copy(bytes.toByteArray(), out);
    }
  }

  private void block(PaperView.Block b) throws IOException {
    if (b instanceof PaperView.Heading h) {
      XWPFParagraph p = paragraph();
      p.setStyle("Heading" + h.level());
      spans(p, h.spans());
    } else if (b instanceof PaperView.Para para) {
      spans(paragraph(), para.spans());
    } else if (b instanceof PaperView.Bullet u) {
      XWPFParagraph p = paragraph();
      p.setNumID(bullets);
      p.setNumILvl(BigInteger.ZERO);
      spans(p, u.spans());
    } else if (b instanceof PaperView.Notice n) {
      notice(n);
    } else if (b instanceof PaperView.Table t) {
      tables++;
      if (newPage) {
        paragraph();
      }
      DocxTables.add(doc, t);
      caption("Table " + tables + ". " + t.caption());
    } else if (b instanceof PaperView.Figure f) {
      figure(f);
    } else {
      newPage = true;
    }
  }

  /**
   * A new paragraph, starting a new page after a page break: "page break before" on the next
   * paragraph, so that a break at the foot of a page never leaves a blank page.
   */
  private XWPFParagraph paragraph() {
    XWPFParagraph p = doc.createParagraph();
    if (newPage) {
      p.setPageBreak(true);
      newPage = false;
    }
    return p;
  }

  private void spans(XWPFParagraph p, List<PaperView.Span> spans) {
    for (PaperView.Span s : spans) {
      if (s instanceof PaperView.Words w) {
        if (!w.text().isEmpty()) {
          XWPFRun r = p.createRun();
          r.setText(w.text());
          r.setBold(w.bold());
        }
      } else {
        p.addFootnoteReference(footnote(((PaperView.Note) s).text()));
      }
    }
  }

  /**
   * A footnote numbered by our own counter, as POI numbers them (3, 4, 5… after the separators' -1
   * and 0): POI's createFootnote looks through every footnote for the next id, which made a paper's
   * time grow with the square of its footnotes.
   */
  private XWPFFootnote footnote(String text) {
    CTFtnEdn note = CTFtnEdn.Factory.newInstance();
    note.setType(STFtnEdn.NORMAL);
    note.setId(BigInteger.valueOf(nextFootnote++));
    XWPFFootnote fn = doc.createFootnotes().addFootnote(note);
    XWPFParagraph p = fn.createParagraph();
    p.setStyle("FootnoteText");
    p.createRun().setText(" " + text);
    return fn;
  }

  /** The separator lines Word draws above footnotes, with the ids Word gives them. */
  private void separators() {
    doc.createFootnotes();
    CTFtnEdn sep = CTFtnEdn.Factory.newInstance();
    sep.setType(STFtnEdn.SEPARATOR);
    sep.setId(BigInteger.valueOf(-1));
    sep.addNewP().addNewR().addNewSeparator();
    doc.createFootnotes().addFootnote(sep);
    CTFtnEdn cont = CTFtnEdn.Factory.newInstance();
    cont.setType(STFtnEdn.CONTINUATION_SEPARATOR);
    cont.setId(BigInteger.ZERO);
    cont.addNewP().addNewR().addNewContinuationSeparator();
    doc.createFootnotes().addFootnote(cont);
  }

  private void notice(PaperView.Notice n) {
    XWPFParagraph p = paragraph();
    CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    CTShd shd = ppr.addNewShd();
    shd.setVal(STShd.CLEAR);
    shd.setColor("auto");
    shd.setFill("FCE8E6");
    CTPBdr bdr = ppr.addNewPBdr();
    for (CTBorder border :
        List.of(bdr.addNewTop(), bdr.addNewLeft(), bdr.addNewBottom(), bdr.addNewRight())) {
      border.setVal(STBorder.SINGLE);
      border.setSz(BigInteger.valueOf(12));
      border.setSpace(BigInteger.valueOf(4));
      border.setColor("C00000");
    }
    XWPFRun title = p.createRun();
    title.setBold(true);
    title.setText(n.title() + ". ");
    p.createRun().setText(n.text());
  }

  private void figure(PaperView.Figure f) throws IOException {
    figures++;
    XWPFParagraph p = paragraph();
    if (!p.getCTP().isSetPPr()) {
      p.getCTP().addNewPPr();
    }
    p.setKeepNext(true);
    double points = Math.min(f.widthPt(), TEXT_WIDTH / 20.0);
    double scale = points / f.widthPt();
    XWPFRun r = p.createRun();
    XWPFPicture pic;
    try {
      pic =
          r.addPicture(
              new ByteArrayInputStream(f.png()),
              PictureType.PNG,
              "figure" + figures + ".png",
              Units.toEMU(points),
              Units.toEMU(f.heightPt() * scale));
    } catch (InvalidFormatException e) {
      throw new IOException(e);
    }
    CTInline inline = r.getCTR().getDrawingArray(0).getInlineArray(0);
    inline.getDocPr().setDescr(f.alt());
    inline.getDocPr().setTitle("Figure " + figures);
    pic.getCTPicture().getNvPicPr().getCNvPr().setDescr(f.alt());
    caption("Figure " + figures + ". " + f.caption());
  }

  private void caption(String text) {
    XWPFParagraph p = paragraph();
    p.setStyle("Caption");
    p.createRun().setText(text);
  }

  /** A4 portrait, 2 cm margins; the data date and page number in the footer. */
  private void page(PaperView view) {
    CTBody body = doc.getDocument().getBody();
    CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    sect.addNewPgSz().setW(BigInteger.valueOf(PAGE_WIDTH));
    sect.getPgSz().setH(BigInteger.valueOf(PAGE_HEIGHT));
    var mar = sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(MARGIN));
    mar.setBottom(BigInteger.valueOf(MARGIN));
    mar.setLeft(BigInteger.valueOf(MARGIN));
    mar.setRight(BigInteger.valueOf(MARGIN));
    mar.setHeader(BigInteger.valueOf(567));
    mar.setFooter(BigInteger.valueOf(567));
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    p.setStyle("Caption");
    p.createRun()
        .setText(
            "Data to "
                + Figures.date(view.dataDate())
                + (view.illustrative() ? " · contains illustrative data" : "")
                + " · page ");
    var field = p.getCTP().addNewFldSimple();
    field.setInstr("PAGE");
    field.addNewR().addNewT().setStringValue("1");
    if (view.illustrative()) {
      XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
      XWPFParagraph h = header.createParagraph();
      h.setStyle("Caption");
      XWPFRun r = h.createRun();
      r.setColor("C00000");
      r.setText("Contains illustrative data: see the notice on page 1");
    }
  }

  private static void properties(XWPFDocument doc, PaperView view) {
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
    Date date = Date.from(view.dataDate().atStartOfDay().toInstant(ZoneOffset.UTC));
    core.setCreated(Optional.of(date));
    core.setModified(Optional.of(date));
    core.setCreator("outcomes");
    core.setTitle(view.title());
    if (view.illustrative()) {
      core.setDescription("Contains illustrative data: synthetic, not published figures.");
    }
  }
}
