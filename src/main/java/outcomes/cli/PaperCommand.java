package outcomes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import outcomes.app.paper.PaperJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** outcomes paper: the board paper, a Word document from an analyst-editable template. */
@Command(
    name = "paper",
    header = "The Health and Wellbeing Board paper, from its template.",
    mixinStandardHelpOptions = true,
    description = {
      "Write the Health and Wellbeing Board paper (board-paper.docx) from the template"
          + " TEMPLATES/board-paper.md and the indicator catalogue and its data, with"
          + " board-paper.snapshot.json beside it so that the next paper can say what changed.",
      "The template language is described at the top of the bundled template and in the README."
          + " A placeholder that names something the data do not have stops the run with"
          + " FILE:LINE:COLUMN before anything is written.",
      "The same inputs give a byte-identical paper. The paper and its snapshot are written whole"
          + " and together, or not at all."
    },
    footer = {
      "%nExamples:",
      "  outcomes paper",
      "  outcomes paper --out /srv/hwb/paper --quiet",
      "  outcomes paper --templates my-templates --as-of 2026-03-01"
    })
final class PaperCommand implements Callable<Integer> {
  @Option(
      names = "--templates",
      paramLabel = "DIR",
      defaultValue = "templates",
      description = "The folder holding board-paper.md. Default: ${DEFAULT-VALUE}.")
  Path templates;

  @Mixin CatalogueOptions catalogue;
  @Mixin OutFolderOption out;
  @Mixin AsOfOption asOf;
  @Mixin QuietOption quiet;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PaperJob.Result r =
        PaperJob.run(
            new PaperJob.Request(
                templates, catalogue.indicators, catalogue.data, out.folder, asOf.day()),
            step -> {
              if (!quiet.quiet) {
                err.println("outcomes: " + step);
                err.flush();
              }
            });
    if (!quiet.quiet) {
      r.notes().forEach(n -> err.println("outcomes: note: " + n));
      err.flush();
      PrintWriter o = spec.commandLine().getOut();
      o.printf(
          Locale.ROOT,
          "wrote %s: data to %s, %d figures, %d tables%s; snapshot %s%n",
          r.paper(),
          PaperJob.date(r.dataDate()),
          r.figures(),
          r.tables(),
          r.illustrative() ? ", some illustrative data (labelled as such)" : "",
          r.snapshot().getFileName());
      o.flush();
    }
    return ExitCodes.OK;
  }
}
