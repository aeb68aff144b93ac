package outcomes.cli;

import java.io.PrintWriter;
import java.util.List;
import outcomes.model.OutcomesException;
import picocli.CommandLine;

/**
 * Builds the command line and turns every failure into one line on stderr and a documented exit
 * code; a stack trace only with --debug.
 */
public final class Cli {
  private Cli() {}

  static int run(String[] args) {
    trimPicocli();
    PrintWriter out = new StandardOutput(System.out, java.nio.charset.Charset.defaultCharset());
    PrintWriter err = new PrintWriter(System.err, true);
    return execute(args, out, err, ProjectHome::find);
  }

  /**
   * Tells picocli, through properties it documents, not to register converters for java.sql and
   * java.time types by reflection (which loads and starts up those packages) nor to look for
   * Groovy: 10-20 ms of every run, for types no option has (a date option has its own converter,
   * {@link #date}).
   */
  static void trimPicocli() {
    System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
    System.setProperty("picocli.disable.closures", "true");
  }

  /**
   * Runs the command line with the given streams, the default folders in the working folder; the
   * tests call this.
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, out, err, () -> ProjectHome.WORKING_FOLDER);
  }

  /** Runs the command line with the default folders in the project home this finds. */
  static int execute(
      String[] args,
      PrintWriter out,
      PrintWriter err,
      java.util.function.Supplier<ProjectHome> home) {
    HomeDefaults defaults = new HomeDefaults(home);
    CommandLine cl = OutcomesCommand.commandLine(args);
    cl.setOut(out);
    cl.setErr(err);
    cl.setDefaultValueProvider(defaults);
    cl.setExecutionExceptionHandler((e, c, parsed) -> onException(e, c, parsed, defaults));
    cl.setParameterExceptionHandler(Cli::onBadUsage);
    cl.setUsageHelpAutoWidth(true);
    cl.registerConverter(java.time.LocalDate.class, Cli::date);
    HelpLayout.apply(cl);
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // picocli passes Errors on; the scheduled job still gets one line and a documented code
      err.println(
          "outcomes: internal error ("
              + e.getClass().getSimpleName().replace("Error", "")
              + ": "
              + (e instanceof OutOfMemoryError ? "out of memory" : "input nested too deeply")
              + "); give Java more memory (java -Xmx…) or look for a huge cell in the input");
      if (java.util.Arrays.asList(args).contains("--debug")) {
        e.printStackTrace(err);
      }
      code = ExitCodes.BUG;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** A date option, with a message for people rather than picocli's Java class names. */
  private static java.time.LocalDate date(String text) {
    try {
      java.time.LocalDate d = java.time.LocalDate.parse(text.strip());
      if (d.getYear() < 1900 || d.getYear() > 2199) {
        // beyond these no publication calendar means anything, and far ones overflow date sums
        throw new CommandLine.TypeConversionException(
            "'" + text + "' is not a date between 1900 and 2199");
      }
      return d;
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a date: write it as YYYY-MM-DD, for example 2025-03-31");
    }
  }

  private static int onException(
      Exception e, CommandLine cl, CommandLine.ParseResult parsed, HomeDefaults defaults) {
    PrintWriter err = cl.getErr();
    boolean debug = false;
    // --debug may follow any level of command: outcomes calc proportion --debug
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      debug |= p.hasMatchedOption("--debug");
    }
    if (e instanceof OutcomesException oe) {
      boolean noProject =
          oe.kind() == OutcomesException.Kind.MISSING_INPUT
              && HomeDefaults.taken(parsed)
              && !defaults.home().found();
      err.println(
          "outcomes: "
              + oe.describe()
              + (noProject
                  ? " (no project folder was found: run outcomes from the folder that holds"
                      + " indicators/, or set "
                      + ProjectHome.VARIABLE
                      + ")"
                  : ""));
      if (debug) {
        e.printStackTrace(err);
      }
      return ExitCodes.of(oe.kind());
    }
    err.println(
        "outcomes: internal error (" + e + "); please report it, with the output of --debug");
    if (debug) {
      e.printStackTrace(err);
    }
    return ExitCodes.BUG;
  }

  /**
   * picocli wraps a converter's own message in Java's words ("cannot convert 'Both' to Sex
   * (java.lang.IllegalArgumentException: unknown sex 'Both': …)"): the user needs only ours.
   */
  static String withoutJava(String message) {
    if (message == null) {
      return "wrong usage";
    }
    return message.replaceFirst(
        "cannot convert '.*' to [\\w.]+ \\([\\w.$]+(?:Exception|Error): (.*)\\)$", "$1");
  }

  private static int onBadUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
    PrintWriter err = cl.getErr();
    java.util.Optional<String> unknown =
        e instanceof CommandLine.UnmatchedArgumentException
            ? java.util.Optional.empty()
            : Typos.unknownOption(spec, args);
    if (unknown.isPresent()) {
      // the likelier cause of a missing required option: "--cuont" for --count
      err.println("outcomes: Unknown option: '" + unknown.get() + "'");
      didYouMean(err, Typos.options(spec, unknown.get(), List.of()));
    } else {
      err.println("outcomes: " + message(e));
      if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
        String typed = u.getUnmatched().get(0);
        didYouMean(
            err,
            u.isUnknownOption()
                ? Typos.options(spec, typed, u.getSuggestions())
                : Typos.commands(spec, typed, u.getSuggestions()).stream()
                    .map(s -> spec.qualifiedName() + " " + s)
                    .toList());
      }
    }
    err.println("Try '" + spec.qualifiedName() + " --help' for more information.");
    return ExitCodes.USAGE;
  }

  /**
   * picocli's message in the tool's words: "Unknown command: 'reprot'" where picocli says
   * "Unmatched argument at index 0", and no Java class names.
   */
  private static String message(CommandLine.ParameterException e) {
    CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
    if (e instanceof CommandLine.UnmatchedArgumentException u
        && !u.isUnknownOption()
        && !u.getUnmatched().isEmpty()
        && !spec.subcommands().isEmpty()
        && spec.positionalParameters().isEmpty()) {
      String what = spec.usageMessage().synopsisSubcommandLabel().replaceAll("[\\[\\]]", "");
      return "Unknown "
          + what.toLowerCase(java.util.Locale.ROOT)
          + ": '"
          + u.getUnmatched().get(0)
          + "'";
    }
    return withoutJava(e.getMessage());
  }

  private static void didYouMean(PrintWriter err, List<String> suggestions) {
    if (!suggestions.isEmpty()) {
      err.println("Did you mean: " + String.join(" or ", suggestions) + "?");
    }
  }
}
