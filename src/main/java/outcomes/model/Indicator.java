package outcomes.model;

import java.util.List;

/**
 * An indicator of the outcomes framework: what it measures, who publishes it, which way is better,
 * which outcome and ambition of the strategy it serves, and where its data are.
 *
 * @param baseline the period the strategy itself cites as its starting point, when the indicator
 *     file declares one; otherwise progress is measured from the period framework.yaml's
 *     baseline-date picks
 * @param goal a goal someone has set for it (who, in the goal's source), if any
 * @param comparison how its figures are compared with a benchmark (England, London, a ward's
 *     borough): the Fingertips method its file names, else Fingertips' default, 95% CI overlap
 */
public record Indicator(
    String id,
    String title,
    String definition,
    Source source,
    ValueType valueType,
    Unit unit,
    Polarity polarity,
    int outcome,
    int ambition,
    List<String> benchmarks,
    Cadence cadence,
    List<DataFile> data,
    String notes,
    Location declaredAt,
    java.util.Optional<DeclaredBaseline> baseline,
    java.util.Optional<Goal> goal,
    ComparisonMethod comparison) {

  public Indicator {
    benchmarks = List.copyOf(benchmarks);
    data = List.copyOf(data);
    notes = notes == null ? "" : notes.strip();
    definition = definition == null ? "" : definition.strip();
    baseline = baseline == null ? java.util.Optional.empty() : baseline;
    goal = goal == null ? java.util.Optional.empty() : goal;
    comparison = comparison == null ? ComparisonMethod.CI_OVERLAP : comparison;
  }

  /** An indicator without a declared baseline or goal, compared by Fingertips' default method. */
  public Indicator(
      String id,
      String title,
      String definition,
      Source source,
      ValueType valueType,
      Unit unit,
      Polarity polarity,
      int outcome,
      int ambition,
      List<String> benchmarks,
      Cadence cadence,
      List<DataFile> data,
      String notes,
      Location declaredAt) {
    this(
        id,
        title,
        definition,
        source,
        valueType,
        unit,
        polarity,
        outcome,
        ambition,
        benchmarks,
        cadence,
        data,
        notes,
        declaredAt,
        java.util.Optional.empty(),
        java.util.Optional.empty(),
        ComparisonMethod.CI_OVERLAP);
  }

  /** The folder under the data folder where `outcomes update` keeps the fetched extracts. */
  public static final String FETCHED_FOLDER = "fetched";

  /**
   * The extract `outcomes update` keeps for an indicator with a Fingertips id, as one more real
   * data file: {@code fetched/ID.csv}, read as a Fingertips export, only this indicator's rows. It
   * may not exist yet; the loader says so where it matters.
   */
  public java.util.Optional<DataFile> fetchedExtract() {
    if (source.fingertipsId().isEmpty()) {
      return java.util.Optional.empty();
    }
    ColumnMapping m =
        ColumnMapping.fingertips()
            .withWhere(
                java.util.Map.of(
                    "Indicator ID", List.of(String.valueOf(source.fingertipsId().getAsInt()))));
    return java.util.Optional.of(
        new DataFile(FETCHED_FOLDER + "/" + id + ".csv", Origin.REAL, "", m, declaredAt));
  }

  /** True when any of its figures are illustrative, so every report made from it must say so. */
  public boolean hasIllustrativeData() {
    return data.stream().anyMatch(d -> d.origin() == Origin.ILLUSTRATIVE);
  }

  /**
   * Who published a figure: the source named on the data file it came from, or the indicator's.
   * Files are matched on the end of the path the figure was read from.
   */
  public String sourceOf(Observation o) {
    String file = o.provenance().file().replace('\\', '/');
    for (DataFile d : data) {
      if (!d.source().isEmpty() && (file.equals(d.path()) || file.endsWith("/" + d.path()))) {
        return d.source();
      }
    }
    return source.name();
  }
}
