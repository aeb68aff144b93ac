package outcomes.report.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import outcomes.report.PaperView;
import outcomes.report.PaperView.Cell;

/** The Word layout of a small paper: every kind of block, and the same bytes every time. */
class DocxWriterTest {
  /** The smallest PNG: one white pixel. */
  private static final byte[] PIXEL =
      java.util.Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC");

  private static PaperView view() {
    return new PaperView(
        "Board paper",
        LocalDate.of(2025, 12, 31),
        true,
        List.of(
            new PaperView.Heading(1, List.of(PaperView.Words.of("Title"))),
            new PaperView.Notice("Illustrative data", "Some figures are synthetic."),
            new PaperView.Para(
                List.of(
                    new PaperView.Words("Boys ", true),
                    PaperView.Words.of("82.5 years"),
                    new PaperView.Note("Westminster, 2023 - 25. Source: OHID."),
                    PaperView.Words.of("."))),
            new PaperView.Bullet(List.of(PaperView.Words.of("a point"))),
            new PaperView.PageBreak(),
            new PaperView.Heading(2, List.of(PaperView.Words.of("Tables"))),
            new PaperView.Table(
                List.of("Indicator", "Westminster"),
                List.of(2, 1),
                List.of(
                    List.of(
                        Cell.of("Life expectancy"),
                        new Cell("82.5 years\nBetter", "92D050", true))),
                "The framework at a glance. Source: OHID."),
            new PaperView.Figure(
                PIXEL,
                400,
                300,
                "A line rising from 80 to 82.5 years",
                "Life expectancy. Source: OHID.")));
  }

  private static byte[] write() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxWriter.write(view(), out);
    return out.toByteArray();
  }

  @Test
  void theSameViewGivesTheSameBytes() throws IOException {
    assertArrayEquals(write(), write());
  }

  @Test
  void zipEntriesHaveAFixedTimeAndTheXmlNoRandomIds() throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(write()))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        assertEquals(java.time.LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
        if (e.getName().endsWith(".xml")) {
          String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
          assertFalse(xml.contains("w:rsid") || xml.contains("w14:paraId"), e.getName());
        }
      }
    }
  }

  @Test
  void laysOutEveryBlock() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write()))) {
      var ps = doc.getParagraphs();
      assertEquals("Heading1", ps.get(0).getStyle());
      assertEquals("Illustrative data. Some figures are synthetic.", ps.get(1).getText());
      assertTrue(ps.get(2).getText().startsWith("Boys 82.5 years"));
      assertTrue(ps.get(2).getRuns().get(0).isBold());
      assertEquals(
          " Westminster, 2023 - 25. Source: OHID.",
          doc.getFootnotes().stream()
              .filter(f -> f.getId().intValue() > 0)
              .findFirst()
              .orElseThrow()
              .getParagraphs()
              .get(0)
              .getText()
              .replaceFirst("^\\[footnoteRef:\\d+\\]", ""));
      assertTrue(ps.get(3).getCTP().getPPr().isSetNumPr(), "a bullet");
      assertTrue(ps.get(4).isPageBreak(), "the heading after a page break starts the page");
      XWPFTable t = doc.getTables().get(0);
      assertTrue(t.getRow(0).isRepeatHeader());
      assertEquals("92D050", t.getRow(1).getCell(1).getColor());
      assertEquals("82.5 years\nBetter", t.getRow(1).getCell(1).getText());
      assertTrue(
          ps.stream()
              .anyMatch(
                  p -> p.getText().equals("Table 1. The framework at a glance. Source: OHID.")));
      var inline =
          ps.stream()
              .flatMap(p -> p.getRuns().stream())
              .flatMap(r -> r.getCTR().getDrawingList().stream())
              .findFirst()
              .orElseThrow()
              .getInlineArray(0);
      assertEquals("A line rising from 80 to 82.5 years", inline.getDocPr().getDescr());
      assertEquals(
          List.of("Figure 1. Life expectancy. Source: OHID."),
          ps.subList(ps.size() - 1, ps.size()).stream().map(p -> p.getText()).toList());
      var core = doc.getProperties().getCoreProperties();
      assertEquals(
          LocalDate.of(2025, 12, 31),
          core.getCreated().toInstant().atZone(ZoneOffset.UTC).toLocalDate());
      assertEquals(core.getCreated(), core.getModified());
      assertTrue(doc.getHeaderList().get(0).getText().contains("illustrative"));
      assertTrue(doc.getFooterList().get(0).getText().startsWith("Data to 31 December 2025"));
      assertEquals(
          Collections.nCopies(1, "image1.png"),
          doc.getAllPictures().stream().map(p -> p.getFileName()).toList());
    }
  }
}
