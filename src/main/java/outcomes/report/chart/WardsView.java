package outcomes.report.chart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import outcomes.model.Comparison;
import outcomes.model.Interval;
import outcomes.model.Polarity;
import outcomes.model.Unit;

/**
 * Every ward's latest value, ranked, with its 95% interval, coloured by its comparison with the
 * borough (better, similar, worse; or lower, similar, higher for an indicator without a judgement),
 * and reference lines for the borough and, where given, England. The renderer ranks the wards,
 * highest at the top.
 */
public record WardsView(
    ChartText text,
    Unit unit,
    Polarity polarity,
    List<Ward> wards,
    Reference borough,
    Optional<Reference> england) {

  /** One ward. */
  public record Ward(String name, double value, Optional<Interval> ci95, Comparison comparison) {
    public Ward {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(comparison, "comparison");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("the value for " + name + " must be a finite number");
      }
      ci95 = ci95 == null ? Optional.empty() : ci95;
    }
  }

  /** A reference value drawn as a vertical line: the borough's, England's. */
  public record Reference(String name, double value) {
    public Reference {
      Objects.requireNonNull(name, "name");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("the value for " + name + " must be a finite number");
      }
    }
  }

  public WardsView {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(borough, "borough");
    wards = List.copyOf(wards);
    england = england == null ? Optional.empty() : england;
  }
}
