package outcomes.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import outcomes.app.IllustrativeData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** outcomes illustrate: remake the bundled illustrative data, seeded and labelled. */
@Command(
    name = "illustrate",
    header = "Remake the bundled illustrative (synthetic) data.",
    mixinStandardHelpOptions = true,
    description = {
      "Write the illustrative (synthetic) series that stand in where no real figures are"
          + " published. Seeded: the same files every time. Every row's value note says"
          + " 'Illustrative data'."
    },
    footer = {"%nExample:", "  outcomes illustrate --out data/illustrative"})
final class IllustrateCommand implements Callable<Integer> {
  @Option(
      names = "--wards",
      paramLabel = "FILE",
      defaultValue = "data/real/ward_lookups/kcw_wards_current.csv",
      description = "The ward lookup (code, name, borough). Default: ${DEFAULT-VALUE}.")
  Path wards;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "data/illustrative",
      description = "Where to write the files. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    for (Path p : IllustrativeData.write(wards, out)) {
      spec.commandLine().getErr().println("outcomes: wrote " + p);
    }
    return ExitCodes.OK;
  }
}
