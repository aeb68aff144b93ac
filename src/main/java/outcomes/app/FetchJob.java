package outcomes.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import outcomes.app.output.OutputSet;
import outcomes.catalogue.CatalogueReader;
import outcomes.fetch.Download;
import outcomes.fetch.ExtractSource;
import outcomes.fetch.FetchListener;
import outcomes.fetch.FingertipsClient;
import outcomes.fetch.Manifest;
import outcomes.fetch.ManifestEntry;
import outcomes.fetch.ManifestFile;
import outcomes.fetch.RetryPolicy;
import outcomes.fetch.Sleeper;
import outcomes.freshness.ReleaseChanges;
import outcomes.model.Catalogue;
import outcomes.model.Indicator;
import outcomes.model.Location;
import outcomes.model.Observation;
import outcomes.model.OutcomesException;
import outcomes.model.Problem;

/**
 * Fetches the Fingertips extracts of catalogue indicators into a folder (`outcomes update` and
 * `outcomes fetch`). Each body is checked whole before it replaces the saved copy: as an extract (a
 * Fingertips header, readable rows of the indicator asked for) and then as `validate` checks the
 * catalogue's data with it in place, so an extract that would break a report never becomes the
 * current one. The copy it replaces moves to {@code history/ID/}, and the manifest is rewritten
 * after each success, so the folder always holds good files that the manifest describes. A failed
 * indicator leaves its file, history and manifest entry as they were; the others are still fetched,
 * and the run then fails.
 */
public final class FetchJob {
  /** The folder under {@code out} where replaced extracts are kept, one folder per indicator. */
  public static final String HISTORY = "history";

  /**
   * Which indicators (all with a fingertips-id when none are named), from where, into where; the
   * data folder the catalogue's files are under (for the checks), and how many replaced extracts to
   * keep per indicator (0: all).
   */
  public record Request(
      Path indicators,
      Path data,
      List<String> ids,
      URI base,
      Path out,
      RetryPolicy retry,
      int keep) {
    public Request {
      Objects.requireNonNull(indicators, "indicators");
      Objects.requireNonNull(data, "data");
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(retry, "retry");
      ids = List.copyOf(new LinkedHashSet<>(ids));
      if (keep < 0) {
        throw new IllegalArgumentException("keep is 0 (all) or more");
      }
    }
  }

  /**
   * What the fetch needs from the world, and who hears of each saved extract's changes; tests pass
   * a fixed clock and a sleeper that does not wait.
   */
  public record Env(
      HttpClient http,
      Clock clock,
      Sleeper sleeper,
      FetchListener listener,
      java.util.function.Consumer<Saved> changes) {
    public Env(HttpClient http, Clock clock, Sleeper sleeper, FetchListener listener) {
      this(http, clock, sleeper, listener, s -> {});
    }

    public static Env standard(FetchListener listener, java.util.function.Consumer<Saved> changes) {
      return new Env(
          FingertipsClient.standardHttp(), Clock.systemUTC(), Sleeper.REAL, listener, changes);
    }
  }

  /** The entries saved by this run, and the manifest file. */
  public record Result(List<ManifestEntry> saved, Path manifest) {
    public Result {
      saved = List.copyOf(saved);
    }
  }

  /**
   * One indicator's new extract: its manifest entry, what it changes against the one it replaces,
   * where that one was kept (absent when there was none or nothing changed), and the data-quality
   * warnings the catalogue's data have with it (revisions of bundled figures).
   */
  public record Saved(
      ManifestEntry entry, ReleaseChanges changes, Optional<Path> kept, List<Problem> warnings) {
    public Saved {
      warnings = List.copyOf(warnings);
    }
  }

  private FetchJob() {}

  public static Result run(Request request, Env env) {
    Catalogue catalogue = CatalogueReader.read(request.indicators()).orThrow();
    if (!Files.isDirectory(request.data())) {
      throw OutcomesException.missingInput(
          Location.of(request.data().toString()),
          "no such data folder: give the folder the indicator files' paths start from with --data");
    }
    List<Indicator> targets = targets(catalogue, request.ids(), request.indicators());
    createFolder(request.out());
    DataLoader checks = DataLoader.forChecks(catalogue, request.data());
    Path manifestFile = request.out().resolve(ManifestFile.NAME);
    Manifest manifest = manifest(manifestFile, env);
    ExtractSource client =
        new FingertipsClient(env.http(), request.retry(), env.sleeper(), env.listener());
    List<ManifestEntry> saved = new ArrayList<>();
    List<OutcomesException> failures = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Indicator ind = targets.get(i);
      Saved entry;
      try {
        entry = fetch(checks, ind, i + 1, targets.size(), request, client, env, manifest);
      } catch (OutcomesException e) {
        OutcomesException why = unchanged(e, request.out().resolve(fileName(ind)));
        failures.add(why);
        failed.add(ind.id());
        env.listener().failed(ind.id(), why);
        continue;
      }
      manifest = manifest.with(entry.entry());
      saved.add(entry.entry());
      env.listener().saved(entry.entry(), i + 1, targets.size());
      env.changes().accept(entry);
    }
    if (!failures.isEmpty()) {
      throw summary(failures, failed, targets.size());
    }
    return new Result(saved, manifestFile);
  }

  private static Saved fetch(
      DataLoader checks,
      Indicator ind,
      int index,
      int count,
      Request request,
      ExtractSource client,
      Env env,
      Manifest manifest) {
    Optional<ManifestEntry> before = manifest.entry(ind.id());
    int fid = ind.source().fingertipsId().getAsInt();
    URI url = client.extractUrl(request.base(), ind.source());
    env.listener().started(ind.id(), index, count, url);
    Download body = client.download(ind.id(), url, request.out());
    try {
      Instant retrieved = env.clock().instant().truncatedTo(ChronoUnit.SECONDS);
      FetchedExtract.Checked checked = FetchedExtract.check(body.file(), url.toString(), fid);
      Path target = request.out().resolve(fileName(ind));
      Path current = Files.isRegularFile(target) ? target : null;
      // only what an extract brings is held against it: a bundled file's own error is validate's
      Set<String> already =
          checks.withExtract(ind, null).problems().stream()
              .filter(Problem::isError)
              .map(Problem::toString)
              .collect(java.util.stream.Collectors.toSet());
      CheckedData next = checkedData(checks, ind, body.file(), url.toString(), already);
      List<Observation> previous =
          current == null
              ? null
              : checkedData(checks, ind, current, current.toString(), already).fetched();
      ReleaseChanges changes = ReleaseChanges.between(previous, next.fetched());
      Optional<Path> kept = Optional.empty();
      boolean same =
          current != null && before.map(b -> b.sha256().equals(body.sha256())).orElse(false);
      ManifestEntry entry =
          new ManifestEntry(
              ind.id(),
              fid,
              url.toString(),
              fileName(ind),
              retrieved,
              body.bytes(),
              body.sha256(),
              checked.rows(),
              checked.latestPeriod());
      // The extract, the copy it replaces and the manifest change as one set: a failed or killed
      // update leaves all three as they were (the next run puts back what a killed one left).
      List<OutputSet.File> set = new ArrayList<>();
      if (!same) {
        if (current != null) {
          Path history = history(ind, before, current);
          kept = Optional.of(request.out().resolve(history));
          set.add(new OutputSet.File(history, o -> Files.copy(current, o)));
        }
        set.add(OutputSet.File.of(fileName(ind), o -> Files.copy(body.file(), o)));
      }
      byte[] json = ManifestFile.toJson(manifest.with(entry));
      set.add(OutputSet.File.of(ManifestFile.NAME, o -> o.write(json)));
      OutputSet.in(request.out()).replace(set);
      if (!same) {
        prune(request.out().resolve(HISTORY).resolve(ind.id()), request.keep());
      }
      return new Saved(entry, changes, kept, next.warnings());
    } finally {
      deleteQuietly(body.file());
    }
  }

  /** The extract's own figures as the catalogue reads them, and the warnings the data then have. */
  private record CheckedData(List<Observation> fetched, List<Problem> warnings) {}

  /**
   * Reads the indicator's data with {@code extract} as its fetched extract, as `validate` would: an
   * error (a repeat with other figures, a real row joining an illustrative series, an age group the
   * bundled files do not say) refuses the extract, naming where it came from.
   */
  private static CheckedData checkedData(
      DataLoader checks, Indicator ind, Path extract, String source, Set<String> already) {
    DataLoader.Loaded r = checks.withExtract(ind, extract);
    String file = extract.toString();
    List<Problem> errors =
        r.problems().stream()
            .filter(Problem::isError)
            .filter(p -> !already.contains(p.toString()))
            .toList();
    if (!errors.isEmpty()) {
      Problem first = errors.get(0);
      Location at = first.location();
      Location where =
          at != null && at.file().equals(file) ? new Location(source, at.line(), at.column()) : at;
      throw OutcomesException.badInput(
          where,
          first.message().replace(file, source)
              + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "")
              + ": the extract fails the catalogue's checks");
    }
    List<Observation> own =
        r.data().observations().stream().filter(o -> o.provenance().file().equals(file)).toList();
    List<Problem> warnings =
        r.problems().stream()
            .map(
                p ->
                    p.location() != null && p.location().file().equals(file)
                        ? new Problem(
                            new Location(source, p.location().line(), p.location().column()),
                            p.message().replace(file, source),
                            p.severity())
                        : p)
            .toList();
    return new CheckedData(own, warnings);
  }

  /**
   * Where the current extract is kept when a new one replaces it: history/ID/, named by when it was
   * retrieved (from the manifest, else the file's time).
   */
  private static Path history(Indicator ind, Optional<ManifestEntry> before, Path current) {
    Instant when;
    try {
      when =
          before
              .map(ManifestEntry::retrieved)
              .orElse(Files.getLastModifiedTime(current).toInstant());
    } catch (IOException e) {
      throw OutcomesException.missingInput(
          Location.of(current.toString()), "cannot be read: " + e.getMessage());
    }
    String stamp = when.truncatedTo(ChronoUnit.SECONDS).toString().replace(':', '-');
    return Path.of(HISTORY, ind.id(), stamp + ".csv");
  }

  /** Keeps the newest {@code keep} extracts of one indicator's history (all when 0). */
  private static void prune(Path history, int keep) {
    if (keep == 0 || !Files.isDirectory(history)) {
      return;
    }
    List<Path> kept;
    try (java.util.stream.Stream<Path> files = Files.list(history)) {
      kept = files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
    } catch (IOException e) {
      throw OutcomesException.cannotWrite(
          Location.of(history.toString()), "cannot be listed: " + e.getMessage(), e);
    }
    for (Path old : kept.subList(0, Math.max(0, kept.size() - keep))) {
      try {
        Files.deleteIfExists(old);
      } catch (IOException e) {
        throw OutcomesException.cannotWrite(
            Location.of(old.toString()), "cannot be pruned: " + e.getMessage(), e);
      }
    }
  }

  /**
   * The folder's manifest; one that is damaged is set aside beside it (never deleted) with a note,
   * so that it does not block every later fetch: the extracts are still there, and each entry is
   * written again as its indicator is fetched.
   */
  private static Manifest manifest(Path file, Env env) {
    if (!Files.exists(file)) {
      return Manifest.EMPTY;
    }
    try {
      return ManifestFile.read(file);
    } catch (OutcomesException e) {
      if (e.kind() != OutcomesException.Kind.BAD_INPUT) {
        throw e;
      }
      Path aside =
          file.resolveSibling(
              file.getFileName()
                  + ".damaged-"
                  + env.clock()
                      .instant()
                      .truncatedTo(ChronoUnit.SECONDS)
                      .toString()
                      .replace(':', '-'));
      try {
        Files.move(file, aside);
      } catch (IOException io) {
        throw OutcomesException.cannotWrite(
            Location.of(file.toString()),
            "is damaged and cannot be set aside: " + io.getMessage(),
            io);
      }
      env.listener()
          .note(e.describe() + "; it is set aside as " + aside + " and a new manifest begun");
      return Manifest.EMPTY;
    }
  }

  static String fileName(Indicator ind) {
    return ind.id() + ".csv";
  }

  private static List<Indicator> targets(Catalogue catalogue, List<String> ids, Path dir) {
    if (ids.isEmpty()) {
      List<Indicator> all =
          catalogue.indicators().stream()
              .filter(i -> i.source().fingertipsId().isPresent())
              .toList();
      if (all.isEmpty()) {
        throw new OutcomesException(
            OutcomesException.Kind.USAGE,
            Location.of(dir.toString()),
            "no indicator has a source.fingertips-id: nothing to fetch");
      }
      return all;
    }
    List<Indicator> named = new ArrayList<>();
    for (String id : ids) {
      Indicator ind =
          catalogue
              .indicator(id)
              .orElseThrow(
                  () ->
                      OutcomesException.usage(
                          "--indicator",
                          "no indicator '"
                              + id
                              + "' with a source.fingertips-id in "
                              + dir
                              + ": use one of "
                              + catalogue.indicators().stream()
                                  .filter(i -> i.source().fingertipsId().isPresent())
                                  .map(Indicator::id)
                                  .sorted()
                                  .toList()));
      if (ind.source().fingertipsId().isEmpty()) {
        throw new OutcomesException(
            OutcomesException.Kind.USAGE,
            ind.declaredAt(),
            "the indicator '"
                + id
                + "' has no source.fingertips-id, so it cannot be fetched from Fingertips");
      }
      named.add(ind);
    }
    return named;
  }

  private static OutcomesException unchanged(OutcomesException e, Path file) {
    String note =
        Files.exists(file) ? file + " and the manifest are unchanged" : "nothing was saved";
    return new OutcomesException(e.kind(), e.location(), e.getMessage() + "; " + note, e);
  }

  private static OutcomesException summary(
      List<OutcomesException> failures, List<String> failed, int count) {
    // an extract that failed its checks needs a person; a server that failed needs only time
    OutcomesException first =
        failures.stream()
            .filter(f -> f.kind() == OutcomesException.Kind.BAD_INPUT)
            .findFirst()
            .orElse(failures.get(0));
    if (failures.size() == 1 && count == 1) {
      return first;
    }
    String more =
        " ("
            + failures.size()
            + " of "
            + count
            + " indicators failed: "
            + String.join(", ", failed)
            + ")";
    return new OutcomesException(first.kind(), first.location(), first.getMessage() + more, first);
  }

  private static void createFolder(Path out) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw OutcomesException.cannotWrite(
          Location.of(out.toString()), "cannot be made: " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // A stray temporary file is harmless; the saved copy is complete either way.
    }
  }
}
