package outcomes.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
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
    footer = {
      "%nThe default indicators/, data/, templates/ and out/ are the project's: in",
      "OUTCOMES_HOME when it is set, else here when this folder holds indicators/,",
      "else in the project outcomes was built in. Paths you give are relative to here.",
      "%nExamples:",
      "  outcomes report",
      "  outcomes gap --help"
    })
final class OutcomesCommand implements Runnable {
  /**
   * The subcommands, in the order help lists them. They are built only when needed: picocli reads a
   * command's annotations (and converts its defaults) when it is added, which for all of them was
   * most of the start-up time of a run that uses one.
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("report", ReportCommand.class);
    m.put("paper", PaperCommand.class);
    m.put("inspect", InspectCommand.class);
    m.put("validate", ValidateCommand.class);
    m.put("compare", CompareCommand.class);
    m.put("gap", GapCommand.class);
    m.put("progress", ProgressCommand.class);
    m.put("calc", CalcCommand.class);
    m.put("freshness", FreshnessCommand.class);
    m.put("update", UpdateCommand.class);
    m.put("fetch", FetchCommand.class);
    m.put("illustrate", IllustrateCommand.class);
    m.put("completion", CompletionCommand.class);
    return Collections.unmodifiableMap(m);
  }

  /**
   * The command line for these arguments: with only the subcommand they name, or with every one
   * when they name none (help, a version, or a misspelt name that picocli should suggest for).
   */
  static CommandLine commandLine(String[] args) {
    CommandLine cl = new CommandLine(new OutcomesCommand());
    String named = null;
    for (String a : args) {
      if (!a.startsWith("-")) {
        named = a;
        break;
      }
    }
    if (named != null && SUBCOMMANDS.containsKey(named)) {
      cl.addSubcommand(SUBCOMMANDS.get(named));
    } else {
      SUBCOMMANDS.values().forEach(cl::addSubcommand);
    }
    return cl;
  }

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show the full stack trace of an error.")
  boolean debug;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The version and the commit it was built from, as the build wrote them beside this class
   * (git.properties, by the git-commit-id plugin): "outcomes 0.1.0 (commit 105d813)", with "-dirty"
   * when the tree had uncommitted changes; "commit unknown" when built without git.
   */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      java.util.Properties build = new java.util.Properties();
      try (java.io.InputStream in = OutcomesCommand.class.getResourceAsStream("git.properties")) {
        if (in != null) {
          build.load(in);
        }
      } catch (java.io.IOException e) {
        // as if there were none: the commit is unknown
      }
      return new String[] {
        line(build, OutcomesCommand.class.getPackage().getImplementationVersion())
      };
    }

    static String line(java.util.Properties build, String manifestVersion) {
      String commit = build.getProperty("git.commit.id.abbrev", "").strip();
      // a StringBuilder, not +: the first concatenation of a shape is bootstrapped at run time,
      // about 10 ms of a --version that should take none
      StringBuilder b = new StringBuilder("outcomes ");
      b.append(
          build.getProperty(
              "git.build.version",
              manifestVersion == null ? "(development build)" : manifestVersion));
      b.append(" (commit ").append(commit.isEmpty() ? "unknown" : commit);
      if (!commit.isEmpty() && Boolean.parseBoolean(build.getProperty("git.dirty"))) {
        b.append("-dirty");
      }
      return b.append(')').toString();
    }
  }
}
