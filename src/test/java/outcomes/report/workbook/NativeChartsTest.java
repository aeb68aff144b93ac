package outcomes.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * A series reads the table's numbers and, where a figure is missing, the sheet's empty cell (B1):
 * Excel draws a text cell such as "[x]" in a line as zero, an empty cell as a gap.
 */
class NativeChartsTest {
  private static final NativeCharts.Column VALUES = new NativeCharts.Column("Trends", 6, 5, 9);

  @Test
  void aSeriesWithEveryFigureReadsItsCells() {
    assertEquals("Trends!$G$6:$G$10", VALUES.ref(new Double[] {1.0, 2.0, 3.0, 4.0, 5.0}));
  }

  @Test
  void aMissingFigureIsTheSheetsEmptyCellInItsPlace() {
    assertEquals(
        "(Trends!$B$1,Trends!$G$7:$G$8,Trends!$B$1,Trends!$G$10)",
        VALUES.ref(new Double[] {null, 2.0, 3.0, null, 5.0}));
  }

  @Test
  void aSheetNameWithASpaceIsQuoted() {
    assertEquals(
        "('Ward charts'!$B$1,'Ward charts'!$C$2)",
        new NativeCharts.Column("Ward charts", 2, 0, 1).ref(new Double[] {null, 1.0}));
  }

  @Test
  void aSeriesNeedsAValueForEachCell() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new NativeCharts.Series(
                "Westminster", null, VALUES, new Double[] {1.0}, "12436D", null));
  }
}
