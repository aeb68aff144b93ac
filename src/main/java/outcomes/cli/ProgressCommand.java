package outcomes.cli;

import java.util.concurrent.Callable;
import outcomes.app.ProgressJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * outcomes progress: has each indicator moved since the strategy's baseline, and is it on track?
 */
@Command(
    name = "progress",
    header = "Progress on each indicator since the strategy's baseline.",
    mixinStandardHelpOptions = true,
    description = {
      "Progress since the strategy's baseline, for each indicator, sex and focus area: the baseline"
          + " figure (the period the indicator file declares, else the latest out before"
          + " framework.yaml's baseline-date) and the latest, the change with a 95%% interval (the two"
          + " figures taken as independent, standard errors from their limits, as gap does), and a"
          + " verdict by polarity: improved, worsened, no significant change or cannot be judged,"
          + " always with the reason.",
      "Also the gap to each benchmark then and now (narrowed, widened), the latest figure against"
          + " the indicator's goal (Green, Amber, Red or Not compared, with the words), and the"
          + " strategy's headline ward gaps since the baseline. Figures from illustrative data are"
          + " labelled so; a stale figure is never called the latest."
    },
    footer = {
      "%nExamples:",
      "  outcomes progress",
      "  outcomes progress --format json --as-of 2026-06-01 --out progress.json"
    })
final class ProgressCommand implements Callable<Integer> {
  @Mixin CatalogueOptions catalogue;
  @Mixin AsOfOption asOf;
  @Mixin FormatOption format;
  @Mixin OutFileOption out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Format as = format.among(Format.text, Format.json, Format.csv);
    OutFile to = out.file(); // refused before the data are read, not after
    ProgressJob.Result r =
        ProgressJob.run(new ProgressJob.Request(catalogue.indicators, catalogue.data, asOf.day()));
    r.warnings().stream()
        .limit(1)
        .forEach(
            w ->
                spec.commandLine()
                    .getErr()
                    .println(
                        "outcomes: warning: "
                            + r.warnings().size()
                            + " problem(s) reading the data, the first "
                            + w
                            + "; run outcomes validate"));
    String rendered =
        as == Format.json
            ? ProgressOutput.json(r.view())
            : as == Format.csv ? ProgressOutput.csv(r.view()) : ProgressOutput.text(r.view());
    TextOutput.write(spec, to, rendered);
    return ExitCodes.OK;
  }
}
