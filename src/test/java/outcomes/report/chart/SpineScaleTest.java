package outcomes.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import outcomes.model.Comparison;
import outcomes.model.Polarity;
import outcomes.model.Unit;

/** Fingertips' spine scaling: benchmark in the centre, worst left, best right. */
class SpineScaleTest {
  private static SpineView.Row row(Polarity polarity, double england, double... spread) {
    return new SpineView.Row(
        "i",
        "2021",
        new Unit("%", 1),
        polarity,
        england,
        new SpineView.Spread(spread[0], spread[1], spread[2], spread[3]),
        OptionalDouble.empty(),
        Comparison.NOT_COMPARED);
  }

  @Test
  void theBenchmarkIsInTheCentreAndTheFartherExtremeAtItsEdge() {
    SpineScale scale = SpineScale.of(row(Polarity.HIGH_IS_GOOD, 80, 70, 78, 82, 85));
    assertEquals(0.5, scale.position(80), 1e-12);
    assertEquals(0.0, scale.position(70), 1e-12);
    assertEquals(0.75, scale.position(85), 1e-12);
  }

  @Test
  void lowIsGoodIsReversedSoThatWorstIsOnTheLeft() {
    SpineView.Row r = row(Polarity.LOW_IS_GOOD, 20, 10, 15, 25, 40);
    SpineScale scale = SpineScale.of(r);
    assertEquals(0.0, scale.position(40), 1e-12);
    assertEquals(0.5, scale.position(20), 1e-12);
    assertEquals(0.75, scale.position(10), 1e-12);
    assertEquals(40, SpineScale.leftValue(r));
    assertEquals(10, SpineScale.rightValue(r));
  }

  @Test
  void noJudgementPutsTheLowestOnTheLeft() {
    SpineView.Row r = row(Polarity.NO_JUDGEMENT, 20, 10, 15, 25, 40);
    assertEquals(10, SpineScale.leftValue(r));
    assertEquals(40, SpineScale.rightValue(r));
    assertEquals(1.0, SpineScale.of(r).position(40), 1e-12);
  }

  @Test
  void valuesBeyondTheRangeStayOnTheChartAndAFlatSpreadStillScales() {
    SpineScale scale = SpineScale.of(row(Polarity.HIGH_IS_GOOD, 5, 5, 5, 5, 5));
    assertEquals(0.5, scale.position(5), 1e-12);
    assertEquals(1.0, scale.position(500), 1e-12);
    assertEquals(0.0, scale.position(-500), 1e-12);
  }
}
