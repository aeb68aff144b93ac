package outcomes.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import outcomes.fetch.FetchListener;
import outcomes.fetch.RetryPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** What `update` and `fetch` share: which indicators, from where, how patiently. */
final class FetchOptions {
  @Option(
      names = "--indicator",
      paramLabel = "ID",
      description = "An indicator to fetch (repeatable). Default: every one with a fingertips-id.")
  List<String> ids = new ArrayList<>();

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      defaultValue = "https://fingertips.phe.org.uk",
      description = "The Fingertips site. Default: ${DEFAULT-VALUE}.")
  String base;

  @Option(
      names = "--retries",
      paramLabel = "N",
      defaultValue = "3",
      description = "Tries after the first, 0 to 10. Default: ${DEFAULT-VALUE}.")
  int retries;

  @Option(
      names = "--retry-wait",
      paramLabel = "SECONDS",
      defaultValue = "2",
      description =
          "The wait before the first retry, doubled before each next one. Default: ${DEFAULT-VALUE}.")
  int retryWait;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "120",
      description = "How long one try may take, body included. Default: ${DEFAULT-VALUE}.")
  int timeout;

  @Option(
      names = "--keep",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Replaced extracts to keep per indicator in history/ID/, newest first; 0 keeps all."
              + " Default: ${DEFAULT-VALUE}.")
  int keep;

  @Mixin QuietOption quiet;

  boolean quiet() {
    return quiet.quiet;
  }

  RetryPolicy policy(CommandLine cl) {
    if (retryWait < 0 || timeout < 1) {
      throw new ParameterException(cl, "--retry-wait must be 0 or more and --timeout 1 or more");
    }
    if (keep < 0) {
      throw new ParameterException(cl, "--keep must be 0 (keep all) or more");
    }
    try {
      return new RetryPolicy(retries, Duration.ofSeconds(retryWait), Duration.ofSeconds(timeout));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, "--retries: " + e.getMessage());
    }
  }

  URI baseUrl(CommandLine cl) {
    try {
      URI uri = new URI(base);
      if (uri.getHost() == null
          || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        throw new URISyntaxException(base, "expected http:// or https:// and a host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ParameterException(cl, "--base-url: " + e.getMessage());
    }
  }

  /** A progress bar at a terminal, lines in a log, nothing when quiet. */
  FetchListener listener(CommandLine cl) {
    return quiet()
        ? FetchListener.QUIET
        : atTerminal() ? new FetchProgress.Bar(cl.getErr()) : new FetchProgress.Lines(cl.getErr());
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
}
