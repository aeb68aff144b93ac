package outcomes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import outcomes.app.FreshnessJob;
import outcomes.freshness.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** outcomes freshness: is any indicator's data out of date? */
@Command(
    name = "freshness",
    header = "Which indicators' data are fresh, due or stale (exit 1).",
    mixinStandardHelpOptions = true,
    description = {
      "Say for each indicator whether its data are fresh, due (a release is expected about now),"
          + " stale (a release is overdue by more than its grace days) or unknown (no real period)."
          + " Exit 0 when nothing is stale, 1 when anything is.",
      "The next release adds the period ending one cadence after the latest real period in the"
          + " data, and is expected in the first publication month after that period ends: due from"
          + " the first of that month, stale once grace-days have passed after its end. A fetched"
          + " extract newer than the data makes a fresh indicator due."
    },
    footer = {
      "%nExamples:",
      "  outcomes freshness",
      "  outcomes freshness --as-of 2026-06-01 --format junit --out freshness.xml"
    })
final class FreshnessCommand implements Callable<Integer> {
  @Mixin CatalogueOptions catalogue;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description =
          "The fetch manifest. Default: DATA/"
              + FreshnessJob.DEFAULT_MANIFEST
              + ", when it exists.")
  Path manifest;

  @Mixin AsOfOption asOf;
  @Mixin FormatOption format;
  @Mixin OutFileOption out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Format as = format.among(Format.text, Format.json, Format.junit);
    OutFile to = out.file();
    FreshnessJob.Result r =
        FreshnessJob.run(
            new FreshnessJob.Request(catalogue.indicators, catalogue.data, manifest, asOf.day()));
    String rendered =
        as == Format.json
            ? FreshnessViews.json(r)
            : as == Format.junit ? FreshnessJunit.write(r) : FreshnessViews.text(r);
    TextOutput.write(spec, to, rendered);
    PrintWriter err = spec.commandLine().getErr();
    if (!r.dataProblems().isEmpty()) {
      err.println(
          "outcomes: warning: "
              + r.dataProblems().size()
              + " problem(s) reading the data, the first "
              + r.dataProblems().get(0)
              + "; run outcomes validate");
    }
    if (r.anyStale()) {
      err.println(
          "outcomes: "
              + r.count(Status.STALE)
              + " of "
              + r.entries().size()
              + " indicators are stale: "
              + String.join(
                  ", ",
                  r.entries().stream()
                      .filter(e -> e.verdict().status() == Status.STALE)
                      .map(e -> e.indicator().id())
                      .toList()));
      return ExitCodes.CHECK_FAILED;
    }
    return ExitCodes.OK;
  }
}
