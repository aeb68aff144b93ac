package outcomes.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Regression (issue 8): a data cell longer than Excel allows made `report` exit 70. */
class CellsTest {
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
}
