package outcomes.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** {@code phe_quantile}: which quantile each value falls in, within one group. */
public final class Quantiles {
  private Quantiles() {}

  /**
   * The quantile (1 to {@code quantiles}) of each value, in the order given. Tied values share the
   * lowest rank. With {@code invert} the highest value is in quantile 1 (for indicators where low
   * is good); otherwise the lowest is. Missing values get no quantile, and nor does any value when
   * there are fewer values than quantiles.
   *
   * @throws IllegalArgumentException if quantiles is less than 1 or a value is not finite
   */
  public static List<OptionalInt> assign(
      List<OptionalDouble> values, int quantiles, boolean invert) {
    if (quantiles < 1) {
      throw new IllegalArgumentException("number of quantiles " + quantiles + " must be 1 or more");
    }
    double[] present =
        values.stream()
            .filter(OptionalDouble::isPresent)
            .mapToDouble(OptionalDouble::getAsDouble)
            .peek(v -> Arguments.requireFinite(v, "each value"))
            .sorted()
            .toArray();
    int available = present.length;
    List<OptionalInt> result = new ArrayList<>();
    for (OptionalDouble value : values) {
      if (value.isEmpty() || available < quantiles) {
        result.add(OptionalInt.empty());
      } else {
        int rank =
            invert
                ? available - lastIndexOf(present, value.getAsDouble())
                : firstIndexOf(present, value.getAsDouble()) + 1;
        result.add(OptionalInt.of(quantileOf(rank, available, quantiles)));
      }
    }
    return List.copyOf(result);
  }

  /** q = ⌊(N + 1) − ⌈((A + 1) − rank) / (A / N)⌉⌋, with 0 moved up to 1, as R computes it. */
  private static int quantileOf(int rank, int available, int quantiles) {
    double perQuantile = (double) available / quantiles;
    double q = Math.floor((quantiles + 1) - Math.ceil(((available + 1) - rank) / perQuantile));
    return Math.max(1, (int) q);
  }

  private static int firstIndexOf(double[] sorted, double value) {
    int i = Arrays.binarySearch(sorted, value);
    while (i > 0 && sorted[i - 1] == value) {
      i--;
    }
    return i;
  }

  private static int lastIndexOf(double[] sorted, double value) {
    int i = Arrays.binarySearch(sorted, value);
    while (i < sorted.length - 1 && sorted[i + 1] == value) {
      i++;
    }
    return i;
  }
}
