package outcomes.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A trend chart marks the strategy's baseline with a labelled line, in the SVG as text. */
class BaselineMarkerTest {
  private static TrendView withBaseline(Optional<PeriodMarker> baseline) {
    TrendView t = SampleViews.lifeExpectancyTrend(false);
    return new TrendView(t.text(), t.unit(), t.periods(), t.lines(), baseline);
  }

  @Test
  void theSvgCarriesTheBaselinesLabel() throws Exception {
    String drawn =
        new String(
            ChartOutputTest.svg(
                Charts.trend(
                    withBaseline(Optional.of(new PeriodMarker("2015-17", "Baseline 2015-17"))))),
            StandardCharsets.UTF_8);
    assertTrue(drawn.contains(">Baseline 2015-17<"), "the label is text in the SVG");
    String plain =
        new String(
            ChartOutputTest.svg(Charts.trend(withBaseline(Optional.empty()))),
            StandardCharsets.UTF_8);
    assertFalse(plain.contains("Baseline"));
  }

  @Test
  void twoRunsDrawTheSameBytes() throws Exception {
    TrendView v = withBaseline(Optional.of(new PeriodMarker("2003-05", "Baseline 2003-05")));
    assertEquals(
        new String(ChartOutputTest.svg(Charts.trend(v)), StandardCharsets.UTF_8),
        new String(ChartOutputTest.svg(Charts.trend(v)), StandardCharsets.UTF_8));
  }

  @Test
  void aBaselineOffTheAxisIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> withBaseline(Optional.of(new PeriodMarker("2030-32", "Baseline 2030-32"))));
    assertTrue(e.getMessage().contains("not one of the periods"), e.getMessage());
  }
}
