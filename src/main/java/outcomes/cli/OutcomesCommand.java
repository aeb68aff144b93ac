package outcomes.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command: subcommands only. */
@Command(
    name = "outcomes",
    mixinStandardHelpOptions = true,
    versionProvider = OutcomesCommand.Version.class,
    description = {
      "Outcomes-framework reports for a Health and Wellbeing Board, from public-health indicator"
          + " extracts (Fingertips and other sources)."
    },
    subcommands = {ReportCommand.class, PaperCommand.class, InspectCommand.class, ValidateCommand.class,
        CompareCommand.class, GapCommand.class, CalcCommand.class, FreshnessCommand.class,
        FetchCommand.class, IllustrateCommand.class})
final class OutcomesCommand implements Runnable {
  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Show the full stack trace of an error.")
  boolean debug;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = OutcomesCommand.class.getPackage().getImplementationVersion();
      return new String[] {"outcomes " + (v == null ? "(development build)" : v)};
    }
  }
}
