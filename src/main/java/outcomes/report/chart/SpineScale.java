package outcomes.report.chart;

import outcomes.model.Polarity;

/**
 * Where a spine chart row puts things, on a scale from 0 (left) to 1 (right), as Fingertips scales
 * it: the benchmark at 0.5; the half-width the larger of the benchmark's distances to the lowest
 * and the highest area, so that the farther extreme touches its edge; for a low-is-good indicator
 * the scale is reversed, so that the worst value is always on the left and the best on the right.
 * Without a judgement, lowest is on the left.
 */
record SpineScale(double benchmark, double half, boolean reversed) {

  static SpineScale of(SpineView.Row row) {
    SpineView.Spread s = row.spread();
    double b = row.benchmarkValue();
    double half = Math.max(b - s.min(), s.max() - b);
    if (!(half > 0)) {
      // every area has the benchmark's value: any width shows them all on the spine
      half = Math.max(Math.abs(b) * 0.1, 1.0);
    }
    return new SpineScale(b, half, row.polarity() == Polarity.LOW_IS_GOOD);
  }

  /** The position of a value, 0 to 1; values beyond the areas' range are held at the edge. */
  double position(double value) {
    double p = (value - (benchmark - half)) / (2 * half);
    p = Math.max(0, Math.min(1, p));
    return reversed ? 1 - p : p;
  }

  /** The value at the left end of the row's range: the worst, or the lowest. */
  static double leftValue(SpineView.Row row) {
    return row.polarity() == Polarity.LOW_IS_GOOD ? row.spread().max() : row.spread().min();
  }

  /** The value at the right end: the best, or the highest. */
  static double rightValue(SpineView.Row row) {
    return row.polarity() == Polarity.LOW_IS_GOOD ? row.spread().min() : row.spread().max();
  }
}
