package outcomes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import outcomes.app.ReportJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** outcomes report: the main job, the outcomes-framework workbook and charts. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the outcomes-framework workbook (outcomes-framework.xlsx: the framework at a glance,"
          + " then a sheet per indicator with native Excel charts) and chart images (charts/, PNG"
          + " and SVG) from the indicator catalogue and its data.",
      "The same inputs give byte-identical files. Each file is written whole or not at all."
    },
    footer = {
      "%nExamples:",
      "  outcomes report",
      "  outcomes report --out /srv/hwb/report --quiet"
    })
final class ReportCommand implements Callable<Integer> {
  @Mixin CatalogueOptions catalogue;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out",
      description = "The folder to write to. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "The day freshness is judged on (YYYY-MM-DD). Default: today. Give a fixed day"
              + " for a rerun that must give the same bytes; the date the data run to never changes.")
  LocalDate asOf;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print nothing but errors (for cron).")
  boolean quiet;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ReportJob.Result r =
        ReportJob.run(
            new ReportJob.Request(
                catalogue.indicators, catalogue.data, out, asOf == null ? LocalDate.now() : asOf),
            step -> {
              if (!quiet) {
                err.println("outcomes: " + step);
                err.flush();
              }
            });
    if (!quiet) {
      PrintWriter o = spec.commandLine().getOut();
      o.printf(
          java.util.Locale.ROOT,
          "wrote %s: %d indicator rows%s%n",
          r.files().get(0),
          r.view().indicators().size(),
          r.view().illustrative() ? " (some illustrative data: synthetic, labelled as such)" : "");
      o.flush();
    }
    return ExitCodes.OK;
  }
}
