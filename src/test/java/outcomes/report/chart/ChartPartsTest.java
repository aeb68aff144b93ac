package outcomes.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.font.FontRenderContext;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import outcomes.model.Comparison;
import outcomes.model.Polarity;
import outcomes.model.Unit;
import outcomes.report.Figures;

/** The small parts: words, numbers, ticks, the font, and what a view refuses. */
class ChartPartsTest {
  private static final ChartText TEXT = new ChartText("t", "", "", false);

  @Test
  void readsFingertipsComparisonWords() {
    assertEquals(Comparison.BETTER, Comparison.fromLabel("Better"));
    assertEquals(Comparison.SIMILAR, Comparison.fromLabel(" same "));
    assertEquals(Comparison.SIMILAR, Comparison.fromLabel("Similar"));
    assertEquals(Comparison.WORSE, Comparison.fromLabel("Worse"));
    assertEquals(Comparison.HIGHER, Comparison.fromLabel("Higher"));
    assertEquals(Comparison.LOWER, Comparison.fromLabel("lower"));
    assertEquals(Comparison.NOT_COMPARED, Comparison.fromLabel("Not compared"));
    assertEquals(Comparison.NOT_COMPARED, Comparison.fromLabel(""));
    assertEquals(Comparison.NOT_COMPARED, Comparison.fromLabel(null));
    assertEquals(Comparison.BETTER, Comparison.fromLabel("Better 99.8"));
    assertEquals(Comparison.LOW_QUINTILE, Comparison.fromLabel("Low quintile"));
  }

  @Test
  void fingertipsColours() {
    assertEquals(0x92D050, ChartStyle.colour(Comparison.BETTER).getRGB() & 0xFFFFFF);
    assertEquals(0xFFC000, ChartStyle.colour(Comparison.SIMILAR).getRGB() & 0xFFFFFF);
    assertEquals(0xC00000, ChartStyle.colour(Comparison.WORSE).getRGB() & 0xFFFFFF);
    assertEquals(0xBED2FF, ChartStyle.colour(Comparison.HIGHER).getRGB() & 0xFFFFFF);
    assertEquals(0x5555E6, ChartStyle.colour(Comparison.LOWER).getRGB() & 0xFFFFFF);
    assertEquals(0xC9C9C9, ChartStyle.colour(Comparison.NOT_COMPARED).getRGB() & 0xFFFFFF);
  }

  @Test
  void formatsValuesTheUkWayRoundingHalfAwayFromZero() {
    assertEquals("84.1", Figures.number(84.05, 1));
    assertEquals("1,698", Figures.number(1698, 0));
    assertEquals("-0.3", Figures.number(-0.25, 1));
    assertEquals("18.0 years", Figures.withUnit(18.0, new Unit("years", 1)));
    assertEquals("21.5%", Figures.withUnit(21.46, new Unit("%", 1)));
    assertEquals("Per 100,000", ChartText.axisLabel("per 100,000"));
    // issue 18, item 3: as the paper writes it (outcomes.model.Rounding)
    assertEquals("0.2", Figures.number(80.3 - 80.15, 1));
  }

  /** Issue 18, item 4: the PM2.5 axis read "Mg/m³" (megagrams) for µg/m³. */
  @Test
  void unitsThatAreSymbolsKeepTheirCase() {
    assertEquals("µg/m³", ChartText.axisLabel("µg/m³"));
    assertEquals("mg/l", ChartText.axisLabel("mg/l"));
    assertEquals("%", ChartText.axisLabel("%"));
    assertEquals("Years", ChartText.axisLabel("years"));
    assertEquals("", ChartText.axisLabel(""));
  }

  @Test
  void tickSizesAreOneTwoOrFiveTimesAPowerOfTen() {
    assertEquals(2.0, ValueRange.tickSize(2.1));
    assertEquals(0.1, ValueRange.tickSize(0.12));
    assertEquals(5.0, ValueRange.tickSize(4.0));
    assertEquals(10.0, ValueRange.tickSize(8.0));
    assertEquals(0.02, ValueRange.tickSize(0.02));
  }

  @Test
  void periodAxisLabelsEveryOtherPeriodWhenTheyWouldCollide() {
    PeriodAxis axis = new PeriodAxis(SampleViews.LE_PERIODS);
    FontRenderContext frc = new FontRenderContext(null, true, true);
    assertEquals(2, axis.step(frc, 700));
    assertEquals(1, new PeriodAxis(List.of("2019", "2020", "2021")).step(frc, 700));
  }

  @Test
  void theBundledFontIsTheOneDrawn() {
    assertEquals("Liberation Sans", ChartFonts.regular(12).getFontName());
    assertEquals("Liberation Sans Bold", ChartFonts.bold(12).getFontName());
    assertTrue(ChartFonts.bold(12).isBold());
  }

  @Test
  void viewsRefuseValuesForPeriodsTheyDoNotList() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new TrendView(
                    TEXT,
                    new Unit("%", 1),
                    List.of("2020"),
                    List.of(
                        new TrendView.Line(
                            "A", TrendView.Role.FOCUS, List.of(PeriodValue.of("2021", 1))))));
    assertTrue(e.getMessage().contains("2021"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new TrendView(TEXT, new Unit("%", 1), List.of("2020", "2020"), List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new GapView(
                TEXT,
                new Unit("%", 1),
                List.of("2020"),
                new GapView.Series(
                    "A", List.of(PeriodValue.of("2020", 1), PeriodValue.of("2020", 2))),
                new GapView.Series("B", List.of())));
  }

  @Test
  void viewsRefuseWhatCannotBeDrawn() {
    assertThrows(IllegalArgumentException.class, () -> new ChartText(" ", "", "", false));
    assertThrows(IllegalArgumentException.class, () -> PeriodValue.of("2020", Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new SpineView.Spread(1, 3, 2, 4));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new WardsView.Ward(
                "A", Double.POSITIVE_INFINITY, Optional.empty(), Comparison.SIMILAR));
    assertThrows(
        NullPointerException.class,
        () ->
            new WardsView(
                TEXT, new Unit("%", 1), Polarity.LOW_IS_GOOD, List.of(), null, Optional.empty()));
  }
}
