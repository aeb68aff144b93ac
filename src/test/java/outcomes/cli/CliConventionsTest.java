package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.ingest.Extract;
import picocli.CommandLine;

/**
 * What every command does alike: --help and --version exit 0; wrong usage exits 2 with one line
 * starting "outcomes:"; an error is one line, with a stack trace only under --debug.
 */
class CliConventionsTest {
  @TempDir Path dir;

  @Test
  void helpExitsZeroAndListsTheExitCodes() {
    CliRun run = CliRun.of("--help");

    assertEquals(0, run.code(), run.toString());
    assertTrue(run.out().startsWith("Usage: outcomes"), run.out());
    assertTrue(run.out().contains("Exit codes:"), run.out());
    for (String code : new String[] {"0", "1", "2", "65", "66", "70", "74"}) {
      assertTrue(
          run.out().lines().anyMatch(l -> l.strip().startsWith(code + " ")), "exit code " + code);
    }
    assertEquals("", run.err());
  }

  /** Commands are built only when named; help and a misspelt name still see every one. */
  @Test
  void helpListsEveryCommandAndAMisspeltOneIsAUsageError() {
    CliRun help = CliRun.of("--help");
    for (String command : OutcomesCommand.SUBCOMMANDS.keySet()) {
      assertTrue(help.out().lines().anyMatch(l -> l.strip().startsWith(command + " ")), command);
    }

    CliRun typo = CliRun.of("inspec", "extract.csv");
    assertEquals(2, typo.code(), typo.toString());
    assertEquals(
        List.of(
            "outcomes: Unknown command: 'inspec'",
            "Did you mean: outcomes inspect?",
            "Try 'outcomes --help' for more information."),
        typo.errLines());
  }

  /** Every converter's refusal is in the tool's words, never "(java.lang.…Exception: …)". */
  @Test
  void aValueAConverterRefusesIsAUsageErrorWithoutJavasWords() {
    String[][] runs = {
      {"gap", "--indicator", "life-expectancy", "--sex", "Both", "--within", "Westminster"},
      {"compare", "--in", "x.csv", "--polarity", "low-is-good", "--method", "nosuch"},
      {"compare", "--in", "x.csv", "--polarity", "low-is-good", "--value-type", "nosuch"},
      {"freshness", "--as-of", "yesterday"},
      {"progress", "--format", "xml"},
      {
        "calc",
        "proportion",
        "--in",
        "x",
        "--out",
        "-",
        "--count",
        "a",
        "--denominator",
        "b",
        "--confidence",
        "abc"
      },
      {
        "calc",
        "sii",
        "--in",
        "x",
        "--out",
        "-",
        "--quantile",
        "q",
        "--population",
        "p",
        "--value",
        "v",
        "--reps",
        "many"
      },
      {
        "calc",
        "isr",
        "--in",
        "x",
        "--out",
        "-",
        "--count",
        "a",
        "--population",
        "b",
        "--ref-count",
        "c",
        "--ref-population",
        "d",
        "--type",
        "nosuch"
      },
      {"fetch", "--retries", "99"},
    };
    for (String[] args : runs) {
      CliRun run = CliRun.of(args);
      assertEquals(2, run.code(), run.toString());
      assertTrue(run.errLines().get(0).startsWith("outcomes: "), run.err());
      assertFalse(run.err().contains("java."), run.err());
      assertFalse(run.err().contains("Exception"), run.err());
    }
  }

  /** A mistyped option is answered with the nearest of the command's own (#23). */
  @Test
  void aMistypedOptionGetsTheNearestOptionsOfItsCommand() {
    CliRun quiet = CliRun.of("report", "--qiuet");
    assertEquals(2, quiet.code(), quiet.toString());
    assertEquals(
        List.of(
            "outcomes: Unknown option: '--qiuet'",
            "Did you mean: --quiet?",
            "Try 'outcomes report --help' for more information."),
        quiet.errLines());

    CliRun method = CliRun.of("calc", "proportoin");
    assertEquals("Did you mean: outcomes calc proportion?", method.errLines().get(1));
  }

  /**
   * picocli checks required options before unknown ones, which would blame a missing --count for
   * the typo --cuont: the unknown option is named first.
   */
  @Test
  void anUnknownOptionIsNamedBeforeTheRequiredOnesItLeftMissing() {
    CliRun run =
        CliRun.of(
            "calc",
            "proportion",
            "--in",
            "x.csv",
            "--out",
            "-",
            "--cuont",
            "a",
            "--denominator",
            "b");
    assertEquals(2, run.code(), run.toString());
    assertEquals(
        List.of(
            "outcomes: Unknown option: '--cuont'",
            "Did you mean: --count?",
            "Try 'outcomes calc proportion --help' for more information."),
        run.errLines());
  }

  /**
   * --help fits 80 columns with no example broken mid-command by picocli's wrapping, ends its last
   * line, and lists the exit codes once, under outcomes --help; each command is one line there.
   */
  @Test
  void helpFitsEightyColumnsAndListsTheExitCodesOnce() {
    CliRun top = CliRun.of("--help");
    for (String command : OutcomesCommand.SUBCOMMANDS.keySet()) {
      assertEquals(
          1,
          top.outLines().stream().filter(l -> l.startsWith("  " + command + " ")).count(),
          command);
    }
    List<List<String>> commands = new java.util.ArrayList<>(List.of(List.of()));
    OutcomesCommand.SUBCOMMANDS.keySet().forEach(c -> commands.add(List.of(c)));
    CommandLine calc =
        OutcomesCommand.commandLine(new String[] {"calc"}).getSubcommands().get("calc");
    calc.getSubcommands().keySet().forEach(m -> commands.add(List.of("calc", m)));
    for (List<String> command : commands) {
      java.util.List<String> args = new java.util.ArrayList<>(command);
      args.add("--help");
      CliRun help = CliRun.of(args.toArray(String[]::new));
      assertEquals(0, help.code(), help.toString());
      assertTrue(help.out().endsWith("\n"), command + " ends its last line");
      help.outLines()
          .forEach(l -> assertTrue(l.length() <= 80, command + ": " + l.length() + ": " + l));
      assertEquals(
          command.isEmpty(), help.outLines().contains("Exit codes:"), command + ": exit codes");
    }
  }

  @Test
  void aDateThatIsNoDateIsAUsageErrorInWords() {
    CliRun run = CliRun.of("freshness", "--as-of", "2025-13-45");
    assertEquals(2, run.code(), run.toString());
    assertEquals(
        "outcomes: Invalid value for option '--as-of': '2025-13-45' is not a date: write it as"
            + " YYYY-MM-DD, for example 2025-03-31",
        run.err().lines().findFirst().orElse(""));
  }

  /**
   * As the tool runs (Cli.run), picocli registers no converters for java.sql or java.time types:
   * every command is still built, and a date and a file still read.
   */
  @Test
  void commandsStillReadTheirOptionsWithPicocliTrimmedAsTheToolRunsIt() {
    String excludes = System.getProperty("picocli.converters.excludes");
    String closures = System.getProperty("picocli.disable.closures");
    try {
      Cli.trimPicocli();
      for (String command : OutcomesCommand.SUBCOMMANDS.keySet()) {
        CliRun help = CliRun.of(command, "--help");
        assertEquals(0, help.code(), help.toString());
      }
      CliRun inspect = CliRun.of("inspect", Extract.resource(Extract.REAL_26).toString());
      assertEquals(0, inspect.code(), inspect.toString());
      CliRun badDate = CliRun.of("freshness", "--as-of", "2025-13-45");
      assertTrue(badDate.err().contains("'2025-13-45' is not a date"), badDate.toString());
      CliRun freshness = CliRun.of("freshness", "--as-of", "2025-03-31", "--format", "json");
      assertTrue(freshness.out().contains("\"asOf\" : \"2025-03-31\""), freshness.toString());
    } finally {
      restore("picocli.converters.excludes", excludes);
      restore("picocli.disable.closures", closures);
    }
  }

  private static void restore(String property, String value) {
    if (value == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, value);
    }
  }

  @Test
  void eachCommandHasHelp() {
    for (String command : new String[] {"inspect", "validate"}) {
      CliRun run = CliRun.of(command, "--help");
      assertEquals(0, run.code(), run.toString());
      assertTrue(run.out().startsWith("Usage: outcomes " + command), run.out());
    }
  }

  @Test
  void versionExitsZeroAndNamesTheToolAndItsCommit() {
    CliRun run = CliRun.of("--version");

    assertEquals(0, run.code(), run.toString());
    assertEquals(1, run.outLines().size(), run.out());
    assertTrue(
        run.out().matches("outcomes \\S+ \\(commit ([0-9a-f]{7,}(-dirty)?|unknown)\\)\n"),
        run.out());
    assertEquals("", run.err());
  }

  /** The commit as the build wrote it beside the classes; "unknown" built without git. */
  @Test
  void versionSaysTheCommitAndWhetherTheTreeHadChanges() {
    java.util.Properties build = new java.util.Properties();
    assertEquals("outcomes 1.2.3 (commit unknown)", OutcomesCommand.Version.line(build, "1.2.3"));
    assertEquals(
        "outcomes (development build) (commit unknown)", OutcomesCommand.Version.line(build, null));
    build.setProperty("git.build.version", "0.1.0");
    build.setProperty("git.commit.id.abbrev", "105d813");
    build.setProperty("git.dirty", "false");
    assertEquals("outcomes 0.1.0 (commit 105d813)", OutcomesCommand.Version.line(build, null));
    build.setProperty("git.dirty", "true");
    assertEquals(
        "outcomes 0.1.0 (commit 105d813-dirty)", OutcomesCommand.Version.line(build, "0.1.0"));
  }

  @Test
  void anUnknownOptionExitsTwoWithOneLineStartingOutcomes() {
    CliRun run = CliRun.of("--colour");

    assertEquals(2, run.code(), run.toString());
    assertEquals("outcomes: Unknown option: '--colour'", run.errLines().get(0));
    assertEquals(
        1, run.errLines().stream().filter(l -> l.startsWith("outcomes:")).count(), run.err());
    assertEquals("", run.out());
  }

  @Test
  void anUnknownOptionOfACommandExitsTwo() {
    CliRun run = CliRun.of("inspect", "--newest", Extract.resource(Extract.REAL_26).toString());

    assertEquals(2, run.code(), run.toString());
    assertTrue(run.errLines().get(0).startsWith("outcomes: Unknown option: '--newest'"), run.err());
  }

  @Test
  void aMissingArgumentExitsTwo() {
    CliRun run = CliRun.of("inspect");

    assertEquals(2, run.code(), run.toString());
    assertTrue(run.errLines().get(0).startsWith("outcomes: Missing required parameter"), run.err());
  }

  @Test
  void anUnknownFormatExitsTwo() {
    CliRun run =
        CliRun.of("inspect", "--format", "xml", Extract.resource(Extract.REAL_26).toString());

    assertEquals(2, run.code(), run.toString());
    assertTrue(run.errLines().get(0).startsWith("outcomes: "), run.err());
  }

  @Test
  void anErrorIsOneLineWithoutDebug() {
    Path bad = badExtract();

    CliRun run = CliRun.of("inspect", bad.toString());
    assertEquals(65, run.code());
    assertEquals(1, run.errLines().size(), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void debugBeforeTheCommandAddsTheStackTrace() {
    Path bad = badExtract();

    CliRun run = CliRun.of("--debug", "inspect", bad.toString());
    assertEquals(65, run.code());
    assertEquals("outcomes: " + bad + ":6:13: Value 'abc' is not a number", run.errLines().get(0));
    assertTrue(run.err().contains("outcomes.model.OutcomesException"), run.err());
    assertTrue(run.err().contains("\tat outcomes."), run.err());
  }

  @Test
  void debugAfterTheCommandAddsTheStackTrace() {
    Path bad = badExtract();

    CliRun run = CliRun.of("inspect", "--debug", bad.toString());
    assertEquals(65, run.code());
    assertEquals("outcomes: " + bad + ":6:13: Value 'abc' is not a number", run.errLines().get(0));
    assertTrue(run.err().contains("\tat outcomes."), run.err());
  }

  /**
   * An option several commands have is declared once, in a mixin, so its help, default and checks
   * agree everywhere (#19). These names mean different things in different commands: --out is a
   * file, a folder of outputs or a folder of data; --multiplier has each calc method's own default.
   */
  @Test
  void anOptionSeveralCommandsShareIsDeclaredOnce() {
    Set<String> differentMeanings =
        Set.of(
            "--in",
            "--indicator",
            "--indicators",
            "--denominator",
            "--multiplier",
            "--out",
            "--type",
            "--value-type",
            "--within");
    Map<String, Set<String>> declaredIn = new TreeMap<>();
    declarations(OutcomesCommand.commandLine(new String[0]), declaredIn);
    declaredIn.keySet().removeAll(differentMeanings);
    declaredIn.values().removeIf(classes -> classes.size() == 1);
    assertEquals(Map.of(), declaredIn, "options declared in more than one class");
  }

  private static void declarations(CommandLine cl, Map<String, Set<String>> declaredIn) {
    for (CommandLine.Model.OptionSpec o : cl.getCommandSpec().options()) {
      if (o.userObject() instanceof Field f) {
        declaredIn
            .computeIfAbsent(o.longestName(), n -> new TreeSet<>())
            .add(f.getDeclaringClass().getName());
      }
    }
    cl.getSubcommands().values().forEach(sub -> declarations(sub, declaredIn));
  }

  /**
   * A command refuses a format it does not write, saying which it does (validate once wrote text).
   */
  @Test
  void aFormatTheCommandDoesNotWriteIsAUsageErrorNamingThoseItDoes() {
    CliRun validate = CliRun.of("validate", "--format", "csv");
    assertEquals(2, validate.code(), validate.toString());
    assertEquals(
        "outcomes: --format: validate writes text or json, not csv", validate.errLines().get(0));
    assertEquals("", validate.out());

    CliRun gap = CliRun.of("gap", "--indicator", "life-expectancy", "--format", "junit");
    assertEquals(2, gap.code(), gap.toString());
    assertEquals(
        "outcomes: --format: gap writes text, json or csv, not junit", gap.errLines().get(0));
  }

  private Path badExtract() {
    return Extract.of(Extract.REAL_26).set(3, "Value", "abc").write(dir.resolve("bad.csv"));
  }
}
