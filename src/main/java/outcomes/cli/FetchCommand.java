package outcomes.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import outcomes.app.FetchJob;
import outcomes.fetch.FingertipsClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** outcomes fetch: download the catalogue's Fingertips extracts. */
@Command(
    name = "fetch",
    header = "Download the catalogue's Fingertips extracts into a folder.",
    mixinStandardHelpOptions = true,
    description = {
      "Download the Fingertips CSV extract of each catalogue indicator that has a"
          + " source.fingertips-id (or of those named), for its fingertips-area-type (default "
          + FingertipsClient.DEFAULT_AREA_TYPE
          + ", upper tier local authorities post 4/23) and"
          + " fingertips-parent-area-type (default "
          + FingertipsClient.DEFAULT_PARENT_AREA_TYPE
          + ", regions).",
      "Each body is checked (Content-Length, a Fingertips header, readable rows) and saved as"
          + " served, whole or not at all, as OUT/ID.csv; OUT/fetch-manifest.json records the URL,"
          + " retrieval time, size, SHA-256, rows and latest period. Failed tries are retried with"
          + " exponential backoff; an indicator that still fails keeps its previous file and"
          + " manifest entry, and the run exits 75 (server failures) or 65 (a body that is not"
          + " a Fingertips extract, or a 4xx answer)."
    },
    footer = {
      "%nExamples:",
      "  outcomes fetch --out /tmp/extracts",
      "  outcomes fetch --indicator life-expectancy --out /tmp/extracts",
      "%n`outcomes update` does the same into the catalogue's data/fetched, and says what",
      "changed."
    })
final class FetchCommand implements Callable<Integer> {
  @Mixin FetchOptions fetch;

  @Mixin CatalogueOptions catalogue;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "data/fetched",
      description = "Where the extracts and the manifest go. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    FetchJob.Result r =
        FetchJob.run(
            new FetchJob.Request(
                catalogue.indicators,
                catalogue.data,
                fetch.ids,
                fetch.baseUrl(cl),
                out,
                fetch.policy(cl),
                fetch.keep),
            FetchJob.Env.standard(fetch.listener(cl), s -> {}));
    if (!fetch.quiet()) {
      cl.getErr()
          .printf(
              Locale.ROOT,
              "saved %d extract%s; manifest %s%n",
              r.saved().size(),
              r.saved().size() == 1 ? "" : "s",
              r.manifest());
    }
    return ExitCodes.OK;
  }
}
