package outcomes.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import outcomes.app.ValidateJob;
import outcomes.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** outcomes validate: is the catalogue, and every data file it names, sound? */
@Command(
    name = "validate",
    header = "Check the catalogue and every data file it names.",
    mixinStandardHelpOptions = true,
    description = {
      "Check the indicator catalogue and every data file it names. One line per problem,"
          + " file:line: message (file:line: warning: message where the data-quality policy only"
          + " warns); exit 0 when there are no errors, 65 otherwise."
    },
    footer = {"%nExample:", "  outcomes validate --indicators indicators --data data"})
final class ValidateCommand implements Callable<Integer> {
  @Mixin CatalogueOptions catalogue;

  @Mixin FormatOption format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Format as = format.among(Format.text, Format.json);
    ValidateJob.Result r = ValidateJob.run(catalogue.indicators, catalogue.data);
    PrintWriter out = spec.commandLine().getOut();
    if (as == Format.json) {
      out.print(
          Json.write(
              new Report(
                  r.indicators(),
                  r.files(),
                  r.observations(),
                  r.problems().stream()
                      .map(
                          p ->
                              new JsonProblem(
                                  p.location().file(),
                                  p.location().line(),
                                  p.location().column(),
                                  p.severity().label(),
                                  p.message()))
                      .toList())));
    } else {
      for (Problem p : r.problems()) {
        out.println(p);
      }
      PrintWriter summary = r.clean() ? out : spec.commandLine().getErr();
      summary.printf(
          java.util.Locale.ROOT,
          "%d indicators, %d data files, %,d observations: %s%n",
          r.indicators(),
          r.files(),
          r.observations(),
          r.problems().isEmpty()
              ? "no problems"
              : r.clean()
                  ? r.warnings() + " warning(s), no errors"
                  : r.errors()
                      + " error(s)"
                      + (r.warnings() == 0 ? "" : ", " + r.warnings() + " warning(s)"));
    }
    out.flush();
    return r.clean() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }

  record Report(
      int indicators, int files, long observations, java.util.List<JsonProblem> problems) {}

  record JsonProblem(String file, long line, int column, String severity, String message) {}
}
