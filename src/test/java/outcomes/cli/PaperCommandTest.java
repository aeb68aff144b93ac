package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import outcomes.report.Figures;

/**
 * `outcomes paper` on the bundled template, catalogue and data, as the scheduled job runs it: the
 * paper read back with XWPF states the headline gap as `outcomes gap` computes it, embeds its
 * charts with alternative text and says "Illustrative" on its first page; a rerun gives the same
 * bytes; and runs that fail (corrupt data, a template error, an unwritable folder) leave the
 * previous paper and snapshot as they were.
 */
class PaperCommandTest {
  @TempDir static Path dir;
  private static Path out;
  private static CliRun first;
  private static byte[] paper;
  private static byte[] snapshot;

  @BeforeAll
  static void writeThePaper() throws IOException {
    out = dir.resolve("out");
    first = CliRun.of("paper", "--out", out.toString(), "--as-of", "2025-12-31");
    paper = Files.readAllBytes(out.resolve("board-paper.docx"));
    snapshot = Files.readAllBytes(out.resolve("board-paper.snapshot.json"));
  }

  private static XWPFDocument document() throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(paper));
  }

  private static String bodyText(XWPFDocument doc) {
    StringBuilder b = new StringBuilder();
    doc.getParagraphs().forEach(p -> b.append(p.getText()).append('\n'));
    return b.toString();
  }

  @Test
  void writesThePaperAndSaysSoInOneLine() {
    assertEquals(0, first.code(), first.toString());
    assertEquals(1, first.outLines().size(), first.toString());
    assertTrue(
        first.out().startsWith("wrote " + out.resolve("board-paper.docx") + ": data to "),
        first.out());
  }

  @Test
  void statesTheWestbourneGapExactlyAsOutcomesGapComputesIt() throws Exception {
    CliRun gap =
        CliRun.of(
            "gap",
            "--indicator",
            "life-expectancy",
            "--sex",
            "Male",
            "--area",
            "Westbourne",
            "--vs",
            "Knightsbridge & Belgravia",
            "--format",
            "json");
    assertEquals(0, gap.code(), gap.toString());
    JsonNode g = new ObjectMapper().readTree(gap.out());
    assertTrue(g.get("gap").asDouble() < 0, "Westbourne is below");
    String sentence =
        "Boys in Westbourne are expected to live "
            + String.format(Locale.ROOT, "%.1f", g.get("absoluteGap").asDouble())
            + " years less than boys in "
            + g.get("areaB").asText()
            + " ("
            + g.get("period").asText()
            + "; 95% CI "
            + String.format(Locale.ROOT, "%.1f", -g.get("upper").asDouble())
            + " to "
            + String.format(Locale.ROOT, "%.1f", -g.get("lower").asDouble())
            + "; illustrative data)";
    assertEquals(
        "Boys in Westbourne are expected to live 18.0 years less than boys in Knightsbridge & Belgravia"
            + " (2019 - 21; 95% CI 14.3 to 21.8; illustrative data)",
        sentence);
    try (XWPFDocument doc = document()) {
      String text = bodyText(doc);
      assertTrue(text.contains(sentence), text);
      // the real GLA figure on the old wards, 75.3 (73.7 to 76.8) against 89.3 (85.8 to 92.8)
      assertTrue(
          text.contains(
              "Boys in Westbourne are expected to live 14.0 years less than boys in Knightsbridge"
                  + " and Belgravia (2010-14; 95% CI 10.2 to 17.8)"),
          text);
      String notes = footnotes(doc);
      assertTrue(
          notes.contains(
              "Westbourne (E05000648), Westminster wards 2002-2022: 75.3 years (73.7 to 76.8);"
                  + " Knightsbridge and Belgravia (E05000637), Westminster wards 2002-2022: 89.3 years (85.8 to 92.8)"),
          notes);
    }
  }

  private static String footnotes(XWPFDocument doc) {
    StringBuilder b = new StringBuilder();
    for (XWPFFootnote f : doc.getFootnotes()) {
      f.getParagraphs().forEach(p -> b.append(p.getText()).append('\n'));
    }
    return b.toString();
  }

  @Test
  void embedsChartsWithAlternativeTextAndCaptions() throws Exception {
    try (XWPFDocument doc = document()) {
      List<String> alts = new ArrayList<>();
      List<String> afterImage = new ArrayList<>();
      List<IBodyElement> body = doc.getBodyElements();
      for (int i = 0; i < body.size(); i++) {
        if (body.get(i) instanceof XWPFParagraph p) {
          for (XWPFRun r : p.getRuns()) {
            for (var drawing : r.getCTR().getDrawingList()) {
              for (CTInline inline : drawing.getInlineList()) {
                alts.add(inline.getDocPr().getDescr());
                afterImage.add(((XWPFParagraph) body.get(i + 1)).getText());
              }
            }
          }
        }
      }
      assertTrue(alts.size() >= 3, "charts: " + alts.size());
      assertEquals(alts.size(), doc.getAllPictures().size());
      for (int i = 0; i < alts.size(); i++) {
        assertTrue(
            alts.get(i) != null && alts.get(i).length() > 30 && !alts.get(i).endsWith(".png"),
            alts.get(i));
        // a chart of stale sources' figures says where its periods come from, never "latest"
        assertFalse(alts.get(i).contains("Latest period"), alts.get(i));
        assertTrue(
            afterImage.get(i).startsWith("Figure " + (i + 1) + ". ")
                && afterImage.get(i).contains("Source: "),
            afterImage.get(i));
      }
    }
  }

  @Test
  void saysIllustrativeOnItsFirstPage() throws Exception {
    try (XWPFDocument doc = document()) {
      List<XWPFParagraph> ps = doc.getParagraphs();
      assertEquals("Heading1", ps.get(0).getStyle());
      assertTrue(ps.get(1).getText().startsWith("Illustrative data. "), ps.get(1).getText());
      assertTrue(doc.getHeaderList().get(0).getText().contains("illustrative"));
      assertTrue(doc.getProperties().getCoreProperties().getDescription().contains("illustrative"));
    }
  }

  @Test
  void itsOpeningClaimsOnlyWhatTheDataSupport() throws Exception {
    try (XWPFDocument doc = document()) {
      String text = bodyText(doc);
      // judged as of 31 December 2025, the date the data run to, so that these counts stay true
      assertTrue(
          text.contains(
              "As of 31 December 2025, 9 of the framework's 19 indicators are up to date, 6 are out"
                  + " of date (their next release is overdue and not in the data) and 4 cannot be judged"),
          text);
      assertTrue(
          text.contains(
              "Of the framework's 19 indicators, 7 are compared with England; the other 12 are not:"
                  + " no figure for England in the data (11); no confidence limits, and no comparison of the source's own (1)."),
          text);
      assertTrue(
          text.contains(
              "A recent trend can be calculated for 3 of the framework's 19 indicators, all 3 on"
                  + " illustrative figures; for the other 16 it cannot:"),
          text);
      assertTrue(text.contains("are computed by this tool from the counts and denominators"), text);
      for (String unsupported :
          List.of(
              "latest published",
              "The latest",
              "widest gaps",
              "Figures are as published",
              "each compared with England",
              "Every other figure is as published")) {
        assertFalse(text.contains(unsupported), unsupported + " in " + text);
      }
    }
  }

  @Test
  void theKensingtonAndChelseaHeadlineSaysItsOldWardIsNotTodays() throws Exception {
    try (XWPFDocument doc = document()) {
      String text = bodyText(doc);
      assertTrue(
          text.contains(
              "Kensington and Chelsea's ward boundaries changed in 2014, so its old and new wards are"
                  + " different areas"),
          text);
      assertTrue(
          text.contains("For the strategy's Notting Dale the paper shows Notting Barns"), text);
      // the real GLA figures, 78.5 (76.3 to 80.8) against 87.3 (84.0 to 90.6)
      assertTrue(
          text.contains(
              "Boys in Notting Barns are expected to live 8.8 years less than boys in Queen's Gate"
                  + " (2010-14; 95% CI 4.8 to 12.8)"),
          text);
    }
  }

  @Test
  void datesTheDocumentByItsData() throws Exception {
    try (XWPFDocument doc = document()) {
      var core = doc.getProperties().getCoreProperties();
      String date = core.getCreated().toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
      assertEquals(
          date, core.getModified().toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString());
      assertTrue(
          bodyText(doc).contains("up to " + Figures.date(java.time.LocalDate.parse(date))), date);
      assertTrue(bodyText(doc).contains("There is no previous paper to compare with"));
    }
  }

  @Test
  void aRerunGivesTheSameBytesAndAFailedRunLeavesThePaperAlone() throws Exception {
    CliRun again = CliRun.of("paper", "--out", out.toString(), "--quiet", "--as-of", "2025-12-31");
    assertEquals(0, again.code(), again.toString());
    assertEquals("", again.out() + again.err(), "--quiet prints nothing");
    assertArrayEquals(
        paper, Files.readAllBytes(out.resolve("board-paper.docx")), "byte-identical rerun");
    assertArrayEquals(snapshot, Files.readAllBytes(out.resolve("board-paper.snapshot.json")));

    Path corrupt = dir.resolve("corrupt-data");
    copy(Path.of("data"), corrupt);
    Path le = corrupt.resolve("real/fingertips/trafford_themes_life_expectancy.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(le));
    lines.set(5, lines.get(5).replaceFirst(",\\d+(\\.\\d+)?,", ",eighty,"));
    Files.write(le, lines);
    CliRun bad = CliRun.of("paper", "--out", out.toString(), "--data", corrupt.toString());
    assertEquals(65, bad.code(), bad.toString());
    assertEquals(
        1,
        bad.errLines().stream()
            .filter(l -> l.startsWith("outcomes: ") && !l.startsWith("outcomes: reading"))
            .count(),
        bad.toString());
    assertTrue(bad.err().contains("trafford_themes_life_expectancy.csv:6"), bad.toString());
    unchanged();
  }

  @Test
  void aTemplateErrorStopsTheRunBeforeAnythingIsWritten() throws Exception {
    Path templates = dir.resolve("templates");
    Files.createDirectories(templates);
    Files.writeString(
        templates.resolve("board-paper.md"),
        "# Paper\n\nBoys: {{value life-expectancy Westmister Male}}\n");
    CliRun bad = CliRun.of("paper", "--out", out.toString(), "--templates", templates.toString());
    assertEquals(65, bad.code(), bad.toString());
    String expected =
        "outcomes: "
            + templates.resolve("board-paper.md")
            + ":3:31: life-expectancy: no area 'Westmister'";
    assertTrue(bad.errLines().get(bad.errLines().size() - 1).startsWith(expected), bad.toString());
    Files.writeString(
        templates.resolve("board-paper.md"), "# Paper\n\n{{valeu life-expectancy}}\n");
    bad =
        CliRun.of("paper", "--out", out.toString(), "--templates", templates.toString(), "--quiet");
    assertEquals(65, bad.code(), bad.toString());
    assertEquals(
        List.of(
            "outcomes: "
                + templates.resolve("board-paper.md")
                + ":3:3: unknown placeholder 'valeu': use one"
                + " of value, gap, comparison, trend, period, title, definition, source, outcome, ambition, framework, date, as-of,"
                + " summary, progress, table, chart, changes, freshness"),
        bad.errLines());
    unchanged();
  }

  @Test
  void anUnwritableFolderIsExit74() throws Exception {
    Path file = dir.resolve("not-a-folder");
    Files.writeString(file, "x");
    CliRun bad = CliRun.of("paper", "--out", file.toString(), "--quiet");
    assertEquals(74, bad.code(), bad.toString());
    assertEquals(1, bad.errLines().size(), bad.toString());
  }

  /**
   * Issue 24: a snapshot that cannot be written (a folder in its place) used to leave a new paper
   * beside the old snapshot. The paper and its snapshot are replaced together or not at all.
   */
  @Test
  void aBlockedSnapshotLeavesThePreviousPaperAsItWas() throws Exception {
    Path blocked = dir.resolve("blocked");
    copy(out, blocked);
    Path snapshotPath = blocked.resolve("board-paper.snapshot.json");
    Files.delete(snapshotPath);
    Files.createDirectories(snapshotPath);

    // another --as-of gives another paper, which would show if it replaced the old one
    CliRun bad =
        CliRun.of("paper", "--out", blocked.toString(), "--as-of", "2030-01-01", "--quiet");

    assertEquals(74, bad.code(), bad.toString());
    assertEquals(
        List.of(
            "outcomes: "
                + snapshotPath
                + ": is a folder, where outcomes writes a file, which would"
                + " replace it: move it away or give another --out folder"),
        bad.errLines());
    assertArrayEquals(
        paper,
        Files.readAllBytes(blocked.resolve("board-paper.docx")),
        "the previous paper is untouched");
    try (Stream<Path> files = Files.list(blocked)) {
      assertEquals(
          List.of("board-paper.docx", "board-paper.snapshot.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList(),
          "no staging folder left");
    }
  }

  private static void unchanged() throws IOException {
    assertArrayEquals(
        paper,
        Files.readAllBytes(out.resolve("board-paper.docx")),
        "the previous paper is untouched");
    assertArrayEquals(snapshot, Files.readAllBytes(out.resolve("board-paper.snapshot.json")));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(
          List.of("board-paper.docx", "board-paper.snapshot.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary files left");
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      all.forEach(
          p -> {
            try {
              Path target = to.resolve(from.relativize(p).toString());
              if (Files.isDirectory(p)) {
                Files.createDirectories(target);
              } else {
                Files.copy(p, target);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  @Test
  void isListedInTheHelp() {
    CliRun help = CliRun.of("--help");
    assertTrue(help.out().contains("paper"), help.toString());
    assertFalse(CliRun.of("paper", "--help").out().isEmpty());
  }
}
