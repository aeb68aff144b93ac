package outcomes.app.calc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import outcomes.ingest.Row;
import outcomes.stats.ConfidenceLevels;
import outcomes.stats.Estimate;
import outcomes.stats.Limits;
import outcomes.stats.Mean;
import outcomes.stats.Means;

/**
 * phe_mean within each group. A missing value makes its group's mean missing, as R's NA does; the
 * group's values are held until the end.
 */
final class MeanCalc {
  private static final List<String> SUMMARY = List.of("value_sum", "value_count", "stdev");

  private static final class Values {
    final List<Double> values = new ArrayList<>();
    int missing;
  }

  private MeanCalc() {}

  static void run(CalcMethod.Mean m, CalcContext context) throws IOException {
    try (CalcInput in = context.open()) {
      Column value = in.column(m.value(), "--value");
      Groups<Values> groups = new Groups<>(context.groupColumns(in), Values::new);
      for (Row row = in.next(); row != null; row = in.next()) {
        OptionalDouble x = in.number(row, value);
        Values v = groups.of(in.file(), row).data();
        if (x.isPresent()) {
          v.values.add(x.getAsDouble());
        } else {
          v.missing++;
        }
      }
      context.read(in);
      ConfidenceLevels levels = context.levels();
      context.header(
          in,
          Headers.of(context.groupNames(), SUMMARY, Headers.limits(levels), Headers.DESCRIPTION));
      for (Groups.Group<Values> g : groups.all()) {
        context.row(row(g, levels));
      }
    }
  }

  private static OutRow row(Groups.Group<Values> g, ConfidenceLevels levels) {
    Values v = g.data();
    OutRow out = new OutRow().texts(g.key());
    if (v.missing > 0) {
      int n = v.values.size() + v.missing;
      Estimate none =
          new Estimate(
              OptionalDouble.empty(),
              levels.fractions().stream().map(Limits::absent).toList(),
              "mean",
              "Student's t-distribution",
              "mean NA: " + v.missing + " of " + n + " values missing");
      return out.text("").number(n).text("").estimate(none, levels).description(none);
    }
    Mean mean = Means.of(v.values, levels);
    return out.number(mean.sum())
        .number(mean.count())
        .number(mean.standardDeviation())
        .estimate(mean.estimate(), levels)
        .description(mean.estimate());
  }
}
