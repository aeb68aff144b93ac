package outcomes.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import outcomes.app.FetchJob;
import outcomes.fetch.FetchListener;
import outcomes.fetch.FingertipsClient;
import outcomes.fetch.RetryPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** outcomes fetch: download the catalogue's Fingertips extracts. */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = {
      "Download the Fingertips CSV extract of each catalogue indicator that has a"
          + " source.fingertips-id (or of those named), for its fingertips-area-type (default "
          + FingertipsClient.DEFAULT_AREA_TYPE + ", upper tier local authorities post 4/23) and"
          + " fingertips-parent-area-type (default " + FingertipsClient.DEFAULT_PARENT_AREA_TYPE
          + ", regions).",
      "Each body is checked (Content-Length, a Fingertips header, readable rows) and saved as"
          + " served, whole or not at all, as OUT/ID.csv; OUT/fetch-manifest.json records the URL,"
          + " retrieval time, size, SHA-256, rows and latest period. Failed tries are retried with"
          + " exponential backoff; an indicator that still fails keeps its previous file and"
          + " manifest entry, and the run exits 75 (server failures) or 65 (a body that is not"
          + " a Fingertips extract, or a 4xx answer)."
    },
    footer = {"%nExamples:", "  outcomes fetch", "  outcomes fetch --indicator life-expectancy --out data/fetched"})
final class FetchCommand implements Callable<Integer> {
  @Option(names = "--indicator", paramLabel = "ID",
      description = "An indicator to fetch (repeatable). Default: every one with a fingertips-id.")
  List<String> ids = new ArrayList<>();

  @Option(names = "--indicators", paramLabel = "DIR", defaultValue = "indicators",
      description = "The indicator catalogue folder. Default: ${DEFAULT-VALUE}.")
  Path indicators;

  @Option(names = "--base-url", paramLabel = "URL", defaultValue = "https://fingertips.phe.org.uk",
      description = "The Fingertips site. Default: ${DEFAULT-VALUE}.")
  String base;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "data/fetched",
      description = "Where the extracts and the manifest go. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
      description = "Tries after the first, 0 to 10. Default: ${DEFAULT-VALUE}.")
  int retries;

  @Option(names = "--retry-wait", paramLabel = "SECONDS", defaultValue = "2",
      description = "The wait before the first retry, doubled before each next one. Default: ${DEFAULT-VALUE}.")
  int retryWait;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "How long one try may take, body included. Default: ${DEFAULT-VALUE}.")
  int timeout;

  @Option(names = {"-q", "--quiet"}, description = "No progress on standard error; errors only.")
  boolean quiet;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    RetryPolicy policy = policy();
    FetchListener listener = quiet ? FetchListener.QUIET
        : atTerminal() ? new FetchProgress.Bar(spec.commandLine().getErr())
        : new FetchProgress.Lines(spec.commandLine().getErr());
    FetchJob.Result r = FetchJob.run(new FetchJob.Request(indicators, ids, baseUrl(), out, policy),
        FetchJob.Env.standard(listener));
    if (!quiet) {
      spec.commandLine().getErr().printf(Locale.ROOT, "saved %d extract%s; manifest %s%n", r.saved().size(),
          r.saved().size() == 1 ? "" : "s", r.manifest());
    }
    return ExitCodes.OK;
  }

  /**
   * Whether a person is watching: there is a console. From Java 22 a console exists even when
   * output is redirected, and Console.isTerminal (absent before 22) says whether it is a terminal.
   */
  private static boolean atTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  private RetryPolicy policy() {
    if (retryWait < 0 || timeout < 1) {
      throw new ParameterException(spec.commandLine(), "--retry-wait must be 0 or more and --timeout 1 or more");
    }
    try {
      return new RetryPolicy(retries, Duration.ofSeconds(retryWait), Duration.ofSeconds(timeout));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--retries: " + e.getMessage());
    }
  }

  private URI baseUrl() {
    try {
      URI uri = new URI(base);
      if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        throw new URISyntaxException(base, "expected http:// or https:// and a host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ParameterException(spec.commandLine(), "--base-url: " + e.getMessage());
    }
  }
}
