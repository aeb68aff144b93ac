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
import outcomes.catalogue.CatalogueReader;
import outcomes.fetch.Download;
import outcomes.fetch.FetchListener;
import outcomes.fetch.FingertipsClient;
import outcomes.fetch.Manifest;
import outcomes.fetch.ManifestEntry;
import outcomes.fetch.ManifestFile;
import outcomes.fetch.RetryPolicy;
import outcomes.fetch.Sleeper;
import outcomes.model.Catalogue;
import outcomes.model.Indicator;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * Fetches the Fingertips extracts of catalogue indicators into a folder. Each body is checked
 * whole before it replaces the saved copy, and the manifest is rewritten after each success, so
 * the folder always holds good files that the manifest describes. A failed indicator leaves its
 * file and manifest entry as they were; the others are still fetched, and the run then fails.
 */
public final class FetchJob {
  /** Which indicators (all with a fingertips-id when none are named), from where, into where. */
  public record Request(Path indicators, List<String> ids, URI base, Path out, RetryPolicy retry) {
    public Request {
      Objects.requireNonNull(indicators, "indicators");
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(retry, "retry");
      ids = List.copyOf(new LinkedHashSet<>(ids));
    }
  }

  /** What the fetch needs from the world; tests pass a fixed clock and a sleeper that does not wait. */
  public record Env(HttpClient http, Clock clock, Sleeper sleeper, FetchListener listener) {
    public static Env standard(FetchListener listener) {
      return new Env(FingertipsClient.standardHttp(), Clock.systemUTC(), Sleeper.REAL, listener);
    }
  }

  /** The entries saved by this run, and the manifest file. */
  public record Result(List<ManifestEntry> saved, Path manifest) {
    public Result {
      saved = List.copyOf(saved);
    }
  }

  private FetchJob() {}

  public static Result run(Request request, Env env) {
    Catalogue catalogue = CatalogueReader.read(request.indicators()).orThrow();
    List<Indicator> targets = targets(catalogue, request.ids(), request.indicators());
    createFolder(request.out());
    Path manifestFile = request.out().resolve(ManifestFile.NAME);
    Manifest manifest = Files.exists(manifestFile) ? ManifestFile.read(manifestFile) : Manifest.EMPTY;
    FingertipsClient client = new FingertipsClient(env.http(), request.retry(), env.sleeper(), env.listener());
    List<ManifestEntry> saved = new ArrayList<>();
    List<OutcomesException> failures = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Indicator ind = targets.get(i);
      ManifestEntry entry;
      try {
        entry = fetch(ind, i + 1, targets.size(), request, client, env);
      } catch (OutcomesException e) {
        OutcomesException why = unchanged(e, request.out().resolve(fileName(ind)));
        failures.add(why);
        failed.add(ind.id());
        env.listener().failed(ind.id(), why);
        continue;
      }
      // A manifest that cannot be written stops the run: every later file would go unrecorded.
      manifest = manifest.with(entry);
      Manifest written = manifest;
      AtomicOutput.write(manifestFile, o -> o.write(ManifestFile.toJson(written)));
      saved.add(entry);
      env.listener().saved(entry, i + 1, targets.size());
    }
    if (!failures.isEmpty()) {
      throw summary(failures, failed, targets.size());
    }
    return new Result(saved, manifestFile);
  }

  private static ManifestEntry fetch(Indicator ind, int index, int count, Request request,
      FingertipsClient client, Env env) {
    int fid = ind.source().fingertipsId().getAsInt();
    URI url = FingertipsClient.extractUrl(request.base(), fid,
        ind.source().fingertipsAreaType().orElse(FingertipsClient.DEFAULT_AREA_TYPE),
        ind.source().fingertipsParentAreaType().orElse(FingertipsClient.DEFAULT_PARENT_AREA_TYPE));
    env.listener().started(ind.id(), index, count, url);
    Download body = client.download(ind.id(), url, request.out());
    try {
      Instant retrieved = env.clock().instant().truncatedTo(ChronoUnit.SECONDS);
      FetchedExtract.Checked checked = FetchedExtract.check(body.file(), url.toString(), fid);
      Path target = request.out().resolve(fileName(ind));
      AtomicOutput.write(target, o -> Files.copy(body.file(), o));
      return new ManifestEntry(ind.id(), fid, url.toString(), fileName(ind), retrieved, body.bytes(),
          body.sha256(), checked.rows(), checked.latestPeriod());
    } finally {
      deleteQuietly(body.file());
    }
  }

  static String fileName(Indicator ind) {
    return ind.id() + ".csv";
  }

  private static List<Indicator> targets(Catalogue catalogue, List<String> ids, Path dir) {
    if (ids.isEmpty()) {
      List<Indicator> all = catalogue.indicators().stream()
          .filter(i -> i.source().fingertipsId().isPresent()).toList();
      if (all.isEmpty()) {
        throw new OutcomesException(OutcomesException.Kind.USAGE, Location.of(dir.toString()),
            "no indicator has a source.fingertips-id: nothing to fetch");
      }
      return all;
    }
    List<Indicator> named = new ArrayList<>();
    for (String id : ids) {
      Indicator ind = catalogue.indicator(id).orElseThrow(() -> new OutcomesException(
          OutcomesException.Kind.USAGE, Location.of(dir.toString()), "no indicator '" + id + "' in the catalogue"));
      if (ind.source().fingertipsId().isEmpty()) {
        throw new OutcomesException(OutcomesException.Kind.USAGE, ind.declaredAt(),
            "the indicator '" + id + "' has no source.fingertips-id, so it cannot be fetched from Fingertips");
      }
      named.add(ind);
    }
    return named;
  }

  private static OutcomesException unchanged(OutcomesException e, Path file) {
    String note = Files.exists(file) ? file + " and the manifest are unchanged" : "nothing was saved";
    return new OutcomesException(e.kind(), e.location(), e.getMessage() + "; " + note, e);
  }

  private static OutcomesException summary(List<OutcomesException> failures, List<String> failed, int count) {
    OutcomesException first = failures.get(0);
    if (failures.size() == 1 && count == 1) {
      return first;
    }
    String more = " (" + failures.size() + " of " + count + " indicators failed: " + String.join(", ", failed) + ")";
    return new OutcomesException(first.kind(), first.location(), first.getMessage() + more, first);
  }

  private static void createFolder(Path out) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw OutcomesException.cannotWrite(Location.of(out.toString()), "cannot be made: " + e.getMessage(), e);
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
