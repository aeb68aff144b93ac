package outcomes.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import outcomes.catalogue.CatalogueReader;
import outcomes.fetch.Manifest;
import outcomes.fetch.ManifestEntry;
import outcomes.fetch.ManifestFile;
import outcomes.freshness.Evidence;
import outcomes.freshness.Fetched;
import outcomes.freshness.Freshness;
import outcomes.freshness.Status;
import outcomes.freshness.Verdict;
import outcomes.model.Catalogue;
import outcomes.model.Indicator;
import outcomes.model.Location;
import outcomes.model.Observation;
import outcomes.model.Origin;
import outcomes.model.OutcomesException;
import outcomes.model.Problem;
import outcomes.model.TimePeriod;

/**
 * How up to date each indicator's data are as of a day: the catalogue's cadences, the latest real
 * period in the data, and the fetch manifest when there is one, judged by {@link Freshness}.
 */
public final class FreshnessJob {
  /** Where the fetch manifest is looked for under the data folder when none is named. */
  public static final String DEFAULT_MANIFEST = "fetched/" + ManifestFile.NAME;

  /**
   * The catalogue, data and as-of day; the manifest is {@code DATA/fetched/fetch-manifest.json}
   * when null (and is skipped when that does not exist), and must exist when named.
   */
  public record Request(Path indicators, Path data, Path manifest, LocalDate asOf) {
    public Request {
      Objects.requireNonNull(indicators, "indicators");
      Objects.requireNonNull(data, "data");
      Objects.requireNonNull(asOf, "asOf");
    }
  }

  /** One indicator's verdict, with its last fetch when the manifest has one. */
  public record Entry(Indicator indicator, Verdict verdict, Optional<ManifestEntry> fetched) {}

  /** Every indicator's verdict, the manifest read (if any), and problems met reading the data. */
  public record Result(
      LocalDate asOf, List<Entry> entries, Optional<Path> manifest, List<Problem> dataProblems) {
    public Result {
      entries = List.copyOf(entries);
      dataProblems = List.copyOf(dataProblems);
    }

    public long count(Status status) {
      return entries.stream().filter(e -> e.verdict().status() == status).count();
    }

    public boolean anyStale() {
      return count(Status.STALE) > 0;
    }
  }

  private FreshnessJob() {}

  public static Result run(Request request) {
    Catalogue catalogue = CatalogueReader.read(request.indicators()).orThrow();
    Optional<Path> manifestFile = manifestFile(request);
    Manifest manifest = manifestFile.map(ManifestFile::read).orElse(Manifest.EMPTY);
    DataLoader.Result data = DataLoader.load(catalogue, request.data());
    List<Entry> entries = new ArrayList<>();
    for (IndicatorData d : data.indicators()) {
      Indicator ind = d.indicator();
      Optional<ManifestEntry> fetched = manifest.entry(ind.id());
      entries.add(new Entry(ind, verdict(d, fetched, request.asOf()), fetched));
    }
    return new Result(request.asOf(), entries, manifestFile, data.problems());
  }

  /** One indicator's verdict from its loaded data and its fetch record, if any. */
  public static Verdict verdict(IndicatorData d, Optional<ManifestEntry> fetched, LocalDate asOf) {
    Indicator ind = d.indicator();
    Optional<TimePeriod> latest = latestReal(d);
    boolean illustrativeOnly =
        latest.isEmpty()
            && !ind.data().isEmpty()
            && ind.data().stream().allMatch(f -> f.origin() == Origin.ILLUSTRATIVE);
    Evidence evidence = new Evidence(latest, illustrativeOnly, fetched.map(FreshnessJob::fetched));
    return Freshness.judge(ind.cadence(), evidence, asOf);
  }

  private static Optional<Path> manifestFile(Request request) {
    if (request.manifest() == null) {
      Path standard = request.data().resolve(DEFAULT_MANIFEST);
      return Files.isRegularFile(standard) ? Optional.of(standard) : Optional.empty();
    }
    if (!Files.isRegularFile(request.manifest())) {
      throw OutcomesException.missingInput(
          Location.of(request.manifest().toString()),
          "no such fetch manifest: run outcomes fetch, or leave out --manifest");
    }
    return Optional.of(request.manifest());
  }

  /**
   * The real period that ends last; ties go to the earliest start, then the label, to be stable.
   */
  private static Optional<TimePeriod> latestReal(IndicatorData d) {
    return d.observations().stream()
        .filter(Observation::isReal)
        .map(Observation::period)
        .max(
            Comparator.comparing(TimePeriod::end)
                .thenComparing(TimePeriod::start, Comparator.reverseOrder())
                .thenComparing(TimePeriod::label, Comparator.reverseOrder()));
  }

  private static Fetched fetched(ManifestEntry e) {
    Optional<TimePeriod> latest;
    try {
      latest =
          e.latestPeriod().isEmpty()
              ? Optional.empty()
              : Optional.of(TimePeriod.parse(e.latestPeriod()));
    } catch (IllegalArgumentException ex) {
      latest = Optional.empty();
    }
    return new Fetched(e.retrieved(), latest);
  }
}
