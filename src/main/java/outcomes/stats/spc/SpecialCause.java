package outcomes.stats.spc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds which points of an XmR chart show special cause variation, and by which rules ({@link
 * Signal}). Every point of a run or pattern is marked, not only the one that completes it, as the
 * Making Data Count charts colour them. A point exactly on the mean is on neither side: it ends a
 * shift. Two equal points in a row end a trend.
 */
final class SpecialCause {
  static final int RUN = 7;

  private SpecialCause() {}

  static List<Set<Signal>> signals(List<Double> x, XmrLimits limits) {
    int n = x.size();
    List<Set<Signal>> out = new ArrayList<>();
    int[] side = new int[n];
    boolean[] close = new boolean[n];
    for (int i = 0; i < n; i++) {
      double v = x.get(i);
      Set<Signal> s = EnumSet.noneOf(Signal.class);
      boolean outside = v > limits.upper() || v < limits.lower();
      if (outside) {
        s.add(Signal.OUTSIDE_LIMITS);
      }
      side[i] = Double.compare(v, limits.mean()) > 0 ? 1 : v < limits.mean() ? -1 : 0;
      close[i] = !outside && (v > limits.nearUpper() || v < limits.nearLower());
      out.add(s);
    }
    runs(side, out, Signal.SHIFT);
    int[] step = new int[n];
    for (int i = 1; i < n; i++) {
      step[i] = Double.compare(x.get(i), x.get(i - 1));
    }
    trends(step, out);
    twoOfThree(side, close, out);
    return out;
  }

  /** Marks every point of a run of RUN or more points with the same non-zero side. */
  private static void runs(int[] side, List<Set<Signal>> out, Signal signal) {
    int start = 0;
    for (int i = 1; i <= side.length; i++) {
      if (i == side.length || side[i] != side[start] || side[i] == 0) {
        if (side[start] != 0 && i - start >= RUN) {
          for (int j = start; j < i; j++) {
            out.get(j).add(signal);
          }
        }
        start = i;
      }
    }
  }

  /**
   * Marks every point of a run of RUN or more points each higher (or each lower) than the last: RUN
   * − 1 steps in a row the same way. step[i] compares point i with point i − 1.
   */
  private static void trends(int[] step, List<Set<Signal>> out) {
    int n = step.length;
    int first = 1; // the first step of the current run of steps
    for (int i = 2; i <= n; i++) {
      if (i == n || step[i] != step[first] || step[i] == 0) {
        if (first < n && step[first] != 0 && i - first >= RUN - 1) {
          for (int j = first - 1; j < i; j++) {
            out.get(j).add(Signal.TREND);
          }
        }
        first = i;
      }
    }
  }

  /**
   * Marks the close points of any three in a row on one side of the mean with two or more close.
   */
  private static void twoOfThree(int[] side, boolean[] close, List<Set<Signal>> out) {
    for (int i = 0; i + 2 < side.length; i++) {
      boolean oneSide = side[i] != 0 && side[i] == side[i + 1] && side[i] == side[i + 2];
      int closeCount = (close[i] ? 1 : 0) + (close[i + 1] ? 1 : 0) + (close[i + 2] ? 1 : 0);
      if (oneSide && closeCount >= 2) {
        for (int j = i; j < i + 3; j++) {
          if (close[j]) {
            out.get(j).add(Signal.TWO_OF_THREE);
          }
        }
      }
    }
  }
}
