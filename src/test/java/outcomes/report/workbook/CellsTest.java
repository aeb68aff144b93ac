package outcomes.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import outcomes.report.StableZip;

/** How data text reaches a workbook cell. */
class CellsTest {
  /** Regression (issue 8): a data cell longer than Excel allows made `report` exit 70. */
  @Test
  void textLongerThanACellHoldsIsCutAndSaysSo() {
    String cut = Cells.fitted("N".repeat(40_000_000));
    assertEquals(Cells.MAX_TEXT, cut.length());
    assertTrue(cut.endsWith(Cells.CUT), cut.substring(cut.length() - 60));
  }

  @Test
  void textThatFitsIsKeptAsItIs() {
    String text = "=HYPERLINK(\"http://x\")" + "a".repeat(Cells.MAX_TEXT - 22);
    assertEquals(text, Cells.fitted(text));
    assertEquals("", Cells.fitted(null));
  }

  /** Data never becomes code: text that looks like a formula is written as text, not a formula. */
  @Test
  void textThatLooksLikeAFormulaIsWrittenAsText() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
      Sheet sheet = wb.createSheet("s");
      Cells cells = new Cells(sheet);
      cells.text(0, 0, "=HYPERLINK(\"http://example.invalid\",\"click\")", null);
      cells.text(0, 1, "+1+1", null);
      cells.text(0, 2, "@SUM(A1)", null);
      wb.write(bytes);
    }
    ByteArrayOutputStream stable = new ByteArrayOutputStream();
    StableZip.copy(bytes.toByteArray(), stable);
    String sheetXml = entry(stable.toByteArray(), "xl/worksheets/sheet1.xml");
    assertFalse(sheetXml.contains("<f>") || sheetXml.contains("<f "), sheetXml);
    assertTrue(sheetXml.contains("HYPERLINK"), sheetXml);
  }

  private static String entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name);
  }

  /**
   * A wrapped row is as tall as its longest text's lines, counted by words at the column's width.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} words in {1}: {2} lines")
  @org.junit.jupiter.params.provider.CsvSource({
    "0, 10, 1",
    "2, 10, 1",
    "3, 10, 2",
    "6, 10, 3",
    "24, 40, 3",
    "26, 40, 4"
  })
  void aWrappedTextTakesALineForEachWidthOfWords(int words, int width, int lines) {
    String text = String.join(" ", java.util.Collections.nCopies(words, "word"));
    assertEquals(lines, Cells.lines(text, width), "'" + text + "'");
  }

  @Test
  void aWordLongerThanTheColumnTakesTheLinesItNeeds() {
    assertEquals(3, Cells.lines("x".repeat(25), 10));
    assertEquals(4, Cells.lines("x".repeat(28), 10));
  }

  /** Counted where the words lie, the lines are those of the words String.split(" ") gives. */
  @Test
  void linesCountTheWordsSplitAtSingleSpacesGives() {
    java.util.Random random = new java.util.Random(23);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        text.append(random.nextInt(3) == 0 ? " " : "x".repeat(random.nextInt(14)));
      }
      int width = 1 + random.nextInt(20);
      assertEquals(
          bySplit(text.toString(), width), Cells.lines(text.toString(), width), "'" + text + "'");
    }
  }

  /** The count as it was first written, over text.split(" "). */
  private static int bySplit(String text, int width) {
    if (text.isEmpty()) {
      return 1;
    }
    int room = Math.max(1, (width - 1) * 11 / 10);
    int lines = 1;
    int used = 0;
    for (String word : text.split(" ")) {
      int w = word.length();
      if (used > 0 && used + 1 + w > room) {
        lines++;
        used = 0;
      }
      used += (used > 0 ? 1 : 0) + w;
      while (used > room) {
        lines++;
        used -= room;
      }
    }
    return lines;
  }
}
