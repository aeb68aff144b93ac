package outcomes.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import outcomes.app.ReportJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** outcomes report: the main job, the outcomes-framework workbook and charts. */
@Command(
    name = "report",
    header = "The outcomes-framework workbook and its charts.",
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
  @Mixin OutFolderOption out;
  @Mixin AsOfOption asOf;
  @Mixin QuietOption quiet;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ReportJob.Result r =
        ReportJob.run(
            new ReportJob.Request(catalogue.indicators, catalogue.data, out.folder, asOf.day()),
            step -> {
              if (!quiet.quiet) {
                err.println("outcomes: " + step);
                err.flush();
              }
            });
    if (!quiet.quiet) {
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
