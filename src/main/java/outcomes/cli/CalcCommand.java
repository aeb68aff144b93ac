package outcomes.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import outcomes.app.calc.AgeColumn;
import outcomes.app.calc.CalcJob;
import outcomes.app.calc.CalcMethod;
import outcomes.app.calc.CalcRequest;
import outcomes.app.calc.CalcSink;
import outcomes.csv.CsvWriter;
import outcomes.stats.ConfidenceLevels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** outcomes calc METHOD: the PHEindicatormethods statistics over the rows of a CSV file. */
@Command(
    name = "calc",
    header = "PHEindicatormethods statistics over the rows of a CSV file.",
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "METHOD",
    description = {
      "Compute a public-health statistic, as R's PHEindicatormethods does, for every row or every"
          + " group of a CSV file (UTF-8, header on the first row). Options name its columns.",
      "",
      "The output is the input's columns (or, for methods that aggregate, the --group columns),"
          + " then value, lower95_0cl, upper95_0cl, lower99_8cl, upper99_8cl and, where they"
          + " apply, statistic, method and note (why a value is empty). Numbers are written in"
          + " full, without exponents: the shortest decimal that reads back as the same number."
          + " An empty cell or NA in the input is a missing value."
    },
    subcommands = {
      CalcCountCommands.Proportion.class,
      CalcCountCommands.Rate.class,
      CalcBandCommands.Dsr.class,
      CalcBandCommands.Isr.class,
      CalcCountCommands.Mean.class,
      CalcBandCommands.LifeExpectancy.class,
      CalcBandCommands.Sii.class,
      CalcCountCommands.Quantile.class,
      CalcCountCommands.Funnel.class,
    },
    commandListHeading = "%nMethods (outcomes calc METHOD --help for each one's options):%n",
    footer = {
      "%nExamples:",
      "  outcomes calc proportion --in smokers.csv --count smokers \\",
      "      --denominator adults --multiplier 100 --out -",
      "  outcomes calc life-expectancy --in deaths.csv --group area --group sex \\",
      "      --age-band age --deaths deaths --population pop --out le.csv"
    })
final class CalcCommand {

  /** --in and --out, which every method has. */
  static final class Io {
    @Option(
        names = "--in",
        required = true,
        paramLabel = "FILE",
        description = "The input CSV file (UTF-8, header on the first row).")
    Path in;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE|-",
        description =
            "Where to write the CSV: a file (written whole or not at all), or - for"
                + " standard output.")
    String out;
  }

  /** --group. */
  static final class Grouping {
    @Option(
        names = "--group",
        paramLabel = "COLUMN",
        description =
            "A column whose values form groups; repeat it for several (area, sex,"
                + " period). Without it, all rows are one group.")
    List<String> columns = new ArrayList<>();
  }

  /** --confidence. */
  static final class Levels {
    @Option(
        names = "--confidence",
        split = ",",
        paramLabel = "LEVEL",
        defaultValue = "95,99.8",
        description =
            "Confidence levels of the limits, in percent: 95, 99.8, or 95,99.8"
                + " (default). Other levels from 90 to 100 name their columns alike (99 gives"
                + " lower99_0cl).")
    List<Double> levels;

    ConfidenceLevels levels(CommandSpec spec) {
      return usage(spec, () -> new ConfidenceLevels(levels));
    }
  }

  /** --age-start or --age-band. */
  static final class Ages {
    @Option(
        names = "--age-start",
        paramLabel = "COLUMN",
        description = "The column of each band's first year of age: 0, 5, …, 90.")
    String start;

    @Option(
        names = "--age-band",
        paramLabel = "COLUMN",
        description =
            "The column of band labels whose first number is the band's first age:"
                + " 0-4, 90+, <1.")
    String band;

    /** The age column, or null when neither option is given. */
    AgeColumn column(CommandSpec spec) {
      if (start != null && band != null) {
        throw new ParameterException(
            spec.commandLine(), "give --age-start or --age-band, not" + " both");
      }
      return start != null ? AgeColumn.startAge(start) : band != null ? AgeColumn.band(band) : null;
    }
  }

  /** --count: the events or cases counted in each row. */
  static final class Count {
    @Option(
        names = "--count",
        required = true,
        paramLabel = "COLUMN",
        description = "The column of the events (or people) counted in each row, 0 or more.")
    String column;
  }

  /** --denominator: the population a count is out of. */
  static final class Denominator {
    @Option(
        names = "--denominator",
        required = true,
        paramLabel = "COLUMN",
        description = "The column of the population the count is out of, above 0.")
    String column;
  }

  /** --population: each row's population (an age band's, a quantile's). */
  static final class Population {
    @Option(
        names = "--population",
        required = true,
        paramLabel = "COLUMN",
        description = "The column of each row's population (an age band's, a quantile's).")
    String column;
  }

  /** --value: the values a method averages, ranks or fits. */
  static final class Value {
    @Option(
        names = "--value",
        required = true,
        paramLabel = "COLUMN",
        description = "The column of the values.")
    String column;
  }

  /** --multiplier of the methods that give a rate: per how many people. */
  static final class RatePer {
    @Option(
        names = "--multiplier",
        paramLabel = "N",
        defaultValue = "100000",
        description = "Rate per this many people. Default: ${DEFAULT-VALUE}.")
    double people;
  }

  private CalcCommand() {}

  /** Builds a request part, turning a bad option into wrong usage (exit 2). */
  static <T> T usage(CommandSpec spec, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** Runs the method and writes its CSV to the file or standard output. */
  static int run(
      CommandSpec spec,
      Io io,
      List<String> groups,
      ConfidenceLevels levels,
      Supplier<CalcMethod> method) {
    CalcRequest request = usage(spec, () -> new CalcRequest(io.in, groups, levels, method.get()));
    OutFile to = OutFile.of(io.out);
    if (to.toStandardOutput()) {
      Writer out = spec.commandLine().getOut();
      try {
        write(request, out);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    } else {
      to.write(
          o -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8));
            write(request, w);
          });
    }
    return ExitCodes.OK;
  }

  private static void write(CalcRequest request, Writer out) throws IOException {
    CsvWriter.Stream csv = new CsvWriter.Stream(out);
    CalcJob.run(
        request,
        new CalcSink() {
          @Override
          public void header(List<String> names) throws IOException {
            csv.row(names);
          }

          @Override
          public void row(List<String> cells) throws IOException {
            csv.row(cells);
          }
        });
    csv.flush();
  }
}
