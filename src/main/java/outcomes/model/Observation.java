package outcomes.model;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One published figure: an indicator's value for an area, sex, age and category in a period, with
 * its limits, count and denominator where the source gives them. A missing value is absent, with
 * the source's value note saying why; it is never 0.
 */
public record Observation(
    String indicatorId,
    Area area,
    Sex sex,
    Age age,
    Category category,
    TimePeriod period,
    OptionalDouble value,
    Optional<Interval> ci95,
    Optional<Interval> ci998,
    OptionalDouble count,
    OptionalDouble denominator,
    String valueNote,
    Labels labels,
    Provenance provenance) {

  /** The judgements printed in the source itself (Fingertips' own comparison and trend). */
  public record Labels(String recentTrend, String comparedToEngland, String comparedToParent) {
    public static final Labels NONE = new Labels("", "", "");

    public Labels {
      recentTrend = recentTrend == null ? "" : recentTrend.strip();
      comparedToEngland = comparedToEngland == null ? "" : comparedToEngland.strip();
      comparedToParent = comparedToParent == null ? "" : comparedToParent.strip();
    }
  }

  public Observation {
    if (indicatorId == null || indicatorId.isBlank()) {
      throw new IllegalArgumentException("an observation needs an indicator");
    }
    valueNote = valueNote == null ? "" : valueNote.strip();
    labels = labels == null ? Labels.NONE : labels;
  }

  /** The series this figure belongs to: everything but the period, boundary set included. */
  public SeriesKey seriesKey() {
    return new SeriesKey(indicatorId, area.code(), area.boundarySet(), sex, age, category);
  }

  /**
   * This figure without its free text (area name, value note, the source's own labels), for a job
   * that holds many figures while it reads: a hostile file's megabytes of text in one cell then
   * stay with the row being read.
   */
  public Observation figuresOnly() {
    Area bare = new Area(area.code(), "", area.type(), area.parentCode(), area.boundarySet());
    return new Observation(
        indicatorId,
        bare,
        sex,
        age,
        category,
        period,
        value,
        ci95,
        ci998,
        count,
        denominator,
        "",
        Labels.NONE,
        provenance);
  }

  /**
   * Whether another row for the same series and period gives the same figures: an identical repeat,
   * which is accepted; one with other figures is a conflict ({@link DataRule}).
   */
  public boolean sameFigures(Observation b) {
    return value.equals(b.value)
        && ci95.equals(b.ci95)
        && ci998.equals(b.ci998)
        && count.equals(b.count)
        && denominator.equals(b.denominator);
  }

  /**
   * Whether the figures both publications give (value, 95% limits, count) agree to the decimals the
   * less precise gives: a bundled 79.1 without limits agrees with a fetched 79.1234 with limits. A
   * revision is a change beyond rounding, never a change of precision.
   */
  public boolean agreesToPublishedDecimals(Observation b) {
    return agree(value, b.value)
        && agree(count, b.count)
        && ci95.map(
                x ->
                    b.ci95
                        .map(
                            y ->
                                Rounding.agreeToPublishedDecimals(x.lower(), y.lower())
                                    && Rounding.agreeToPublishedDecimals(x.upper(), y.upper()))
                        .orElse(true))
            .orElse(true);
  }

  /** As {@link #agreesToPublishedDecimals}, and each figure given by both or by neither. */
  public boolean sameFiguresToPublishedDecimals(Observation b) {
    return value.isPresent() == b.value.isPresent()
        && count.isPresent() == b.count.isPresent()
        && ci95.isPresent() == b.ci95.isPresent()
        && agreesToPublishedDecimals(b);
  }

  private static boolean agree(OptionalDouble a, OptionalDouble b) {
    return a.isEmpty()
        || b.isEmpty()
        || Rounding.agreeToPublishedDecimals(a.getAsDouble(), b.getAsDouble());
  }

  /** The value as published, for messages: "83.52", "360", or "no value (its note)". */
  public String valueText() {
    if (value.isEmpty()) {
      return "no value" + (valueNote.isEmpty() ? "" : " (" + valueNote + ")");
    }
    return java.math.BigDecimal.valueOf(Rounding.clean(value.getAsDouble()))
        .stripTrailingZeros()
        .toPlainString();
  }

  public boolean hasValue() {
    return value.isPresent();
  }

  public boolean isReal() {
    return provenance.origin() == Origin.REAL;
  }
}
