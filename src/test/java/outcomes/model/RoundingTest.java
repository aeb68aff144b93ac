package outcomes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The one way figures are rounded and written. Issue 18, item 3: a gap of 80.3 − 80.15 was "0.2" in
 * the paper and "0.1" in the workbook, the charts and gap's text; every output now writes it
 * through Rounding (ChartPartsTest and GapCommandTest check the chart's and the text's).
 */
class RoundingTest {
  @Test
  void aGapComputedInBinaryRoundsAsItsPublishedFiguresDo() {
    double gap = 80.3 - 80.15; // 0.149999999999991…
    assertEquals("0.2", Rounding.text(gap, 1));
    assertEquals(0.2, Rounding.rounded(gap, 1));
    assertEquals(0.15, Rounding.clean(gap));
    assertEquals("-14.0", Rounding.text(75.3 - 89.3, 1));
  }

  @Test
  void halvesGoAwayFromZeroAndThousandsAreGrouped() {
    assertEquals("84.1", Rounding.text(84.05, 1));
    assertEquals("-0.3", Rounding.text(-0.25, 1));
    assertEquals("1,698", Rounding.text(1698, 0));
    assertEquals("2,001,234.6", Rounding.text(2001234.55, 1));
  }

  @Test
  void neverWritesMinusZero() {
    assertEquals("0.0", Rounding.text(-0.04, 1));
    assertEquals("0", Rounding.text(-0.4, 0));
  }
}
