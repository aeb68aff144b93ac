package outcomes.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import outcomes.app.ProgressJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * outcomes progress: has each indicator moved since the strategy's baseline, and is it on track?
 */
@Command(
    name = "progress",
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

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "Judge freshness as of this day (YYYY-MM-DD), so a stale figure is said to be one."
              + " Default: today.")
  LocalDate asOf;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or csv. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to this file (whole or not at all); - or none for standard output.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    OutFile to = OutFile.of(out); // refused before the data are read, not after
    // The only place progress reads the clock: everything below judges the day it is given.
    LocalDate day = asOf != null ? asOf : LocalDate.now();
    ProgressJob.Result r =
        ProgressJob.run(new ProgressJob.Request(catalogue.indicators, catalogue.data, day));
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
        format == Format.json
            ? ProgressOutput.json(r.view())
            : format == Format.csv ? ProgressOutput.csv(r.view()) : ProgressOutput.text(r.view());
    TextOutput.write(spec, to, rendered);
    return ExitCodes.OK;
  }
}
