package outcomes.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import outcomes.catalogue.CatalogueReader;
import outcomes.model.AreaLookup;
import outcomes.model.Catalogue;
import outcomes.model.Indicator;
import outcomes.model.OutcomesException;
import outcomes.model.Problem;

/**
 * The catalogue and all its data, read whole or not at all: the reports, the paper and the gaps
 * never work from a catalogue with errors, because a figure from a half-read file is a wrong
 * figure. The first error becomes the exception, pointing at `outcomes validate` for the rest; the
 * data-quality policy's warnings are kept for the command to say. The area lookup the data were
 * named by is kept, for the maps (which wards each boundary set has).
 */
public record FrameworkData(
    Catalogue catalogue, List<IndicatorData> indicators, List<Problem> warnings, AreaLookup areas) {
  public FrameworkData {
    indicators = List.copyOf(indicators);
    warnings = List.copyOf(warnings);
  }

  public static FrameworkData load(Path indicatorsDir, Path dataDir) {
    Catalogue catalogue = CatalogueReader.read(indicatorsDir).orThrow();
    return load(catalogue, dataDir);
  }

  /**
   * One indicator of the catalogue with its data, for the commands about one indicator:
   * framework.yaml and that indicator's file are read and checked, the ward lookups and that
   * indicator's data files read under the same data-quality policy, and nothing else (not the other
   * indicators, nor the framework's headline gaps, which are validate's, report's and paper's). An
   * unknown id is a usage error listing the ids there are.
   */
  public static FrameworkData loadOne(Path indicatorsDir, Path dataDir, String id) {
    Catalogue all = CatalogueReader.readOne(indicatorsDir, id).orThrow();
    Indicator ind =
        all.indicator(id)
            .orElseThrow(
                () ->
                    OutcomesException.usage(
                        "--indicator",
                        "no indicator '"
                            + id
                            + "' in "
                            + indicatorsDir
                            + ": use one of "
                            + all.indicators().stream().map(Indicator::id).toList()));
    Catalogue one = new Catalogue(all.framework(), List.of(ind));
    return checked(one, DataLoader.read(one, dataDir));
  }

  private static FrameworkData load(Catalogue catalogue, Path dataDir) {
    return checked(catalogue, DataLoader.load(catalogue, dataDir));
  }

  private static FrameworkData checked(Catalogue catalogue, DataLoader.Result data) {
    List<Problem> errors = data.problems().stream().filter(Problem::isError).toList();
    if (!errors.isEmpty()) {
      throw OutcomesException.firstOf(errors);
    }
    return new FrameworkData(
        catalogue,
        data.indicators(),
        data.problems().stream().filter(p -> !p.isError()).toList(),
        data.areas());
  }

  /** Says the policy's warnings, the first few and how many more, so a run never hides them. */
  public void sayWarnings(java.util.function.Consumer<String> out) {
    Warnings.say(warnings, warnings.size(), "run outcomes validate", out);
  }

  public Optional<IndicatorData> indicator(String id) {
    return indicators.stream().filter(d -> d.indicator().id().equals(id)).findFirst();
  }
}
