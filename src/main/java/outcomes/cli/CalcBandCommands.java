package outcomes.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import outcomes.app.calc.CalcMethod;
import outcomes.app.calc.StandardPopulation;
import outcomes.stats.SiiValueType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** calc methods over the bands or quantiles of each group: dsr, isr, life-expectancy, sii. */
final class CalcBandCommands {
  private CalcBandCommands() {}

  @Command(
      name = "dsr",
      header = "Directly standardised rates (calculate_dsr).",
      mixinStandardHelpOptions = true,
      description = {
        "Directly standardised rates with Dobson limits (calculate_dsr), one row per group.",
        "Each row is one age band of a group, with its --count of events (with"
            + " --event-frequency, of people with that many events) and its --population, above"
            + " 0. The standard population is ESP2013 (bands 0-4 …"
            + " 90+, matched by age) unless --standard-population or --standard-population-file"
            + " gives another. Bands matched by age must be the same in every group, with none"
            + " missing between the youngest and the oldest. Under 10 events the rate is"
            + " suppressed. A missing count is 0."
      },
      footer = {
        "%nExample:",
        "  outcomes calc dsr --in deaths.csv --group area --age-band age \\",
        "      --count deaths --population pop --out dsr.csv"
      })
  static final class Dsr implements Callable<Integer> {
    @Mixin CalcCommand.Io io;
    @Mixin CalcCommand.Grouping grouping;
    @Mixin CalcCommand.Ages ages;
    @Mixin CalcCommand.Levels levels;

    @Mixin CalcCommand.Count count;
    @Mixin CalcCommand.Population population;

    @Option(
        names = "--standard-population",
        paramLabel = "COLUMN",
        description =
            "A column holding each band's standard population, instead of ESP2013."
                + " The age column is then optional.")
    String standardColumn;

    @Option(
        names = "--standard-population-file",
        paramLabel = "FILE",
        description =
            "A CSV file of the standard population: a header, then the band (first age"
                + " or label, such as 0-4) and its population on each row.")
    Path standardFile;

    @Option(
        names = "--event-frequency",
        paramLabel = "COLUMN",
        description =
            "For events that are not independent (one person may have several): the"
                + " number of events each person in the row had. Each band then has a row per"
                + " frequency, and --count is the people.")
    String eventFrequency;

    @Mixin CalcCommand.RatePer multiplier;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      if (standardColumn != null && standardFile != null) {
        throw new ParameterException(
            spec.commandLine(),
            "give --standard-population or" + " --standard-population-file, not both");
      }
      StandardPopulation standard =
          standardColumn != null
              ? new StandardPopulation.InColumn(standardColumn)
              : standardFile != null
                  ? new StandardPopulation.FromFile(standardFile)
                  : new StandardPopulation.Esp2013();
      return CalcCommand.run(
          spec,
          io,
          grouping.columns,
          levels.levels(spec),
          () ->
              new CalcMethod.Dsr(
                  count.column,
                  population.column,
                  ages.column(spec),
                  standard,
                  eventFrequency,
                  multiplier.people));
    }
  }

  /** Ratio or rate. */
  enum IsrType {
    ratio,
    rate
  }

  @Command(
      name = "isr",
      header = "Indirectly standardised ratios or rates (calculate_ISRatio).",
      mixinStandardHelpOptions = true,
      description = {
        "Indirectly standardised ratios or rates (calculate_ISRatio, calculate_ISRate), one row"
            + " per group.",
        "Each row is one band of a group: its observed --count of events and its --population,"
            + " with the reference population's count and population for that band in columns"
            + " beside it. Limits are exact under 10 observed events,"
            + " else Byar's. A missing count, population or reference count is 0."
      },
      footer = {
        "%nExample:",
        "  outcomes calc isr --in deaths.csv --group area --count deaths \\",
        "      --population pop --ref-count eng_deaths --ref-population eng_pop \\",
        "      --ref-value 100 --out smr.csv"
      })
  static final class Isr implements Callable<Integer> {
    @Mixin CalcCommand.Io io;
    @Mixin CalcCommand.Grouping grouping;
    @Mixin CalcCommand.Levels levels;

    @Mixin CalcCommand.Count count;
    @Mixin CalcCommand.Population population;

    @Option(
        names = "--ref-count",
        required = true,
        paramLabel = "COLUMN",
        description = "The reference population's events in the band.")
    String referenceCount;

    @Option(
        names = "--ref-population",
        required = true,
        paramLabel = "COLUMN",
        description = "The reference population in the band, above 0.")
    String referencePopulation;

    @Option(
        names = "--type",
        paramLabel = "TYPE",
        defaultValue = "ratio",
        description =
            "ratio (observed / expected x --ref-value) or rate (x the reference rate"
                + " per --multiplier). Default: ${DEFAULT-VALUE}.")
    IsrType type;

    @Option(
        names = "--ref-value",
        paramLabel = "N",
        description = "Ratios: 1 (default) or 100 for an SMR-style ratio.")
    Double referenceValue;

    @Option(
        names = "--multiplier",
        paramLabel = "N",
        description = "Rates: per this many people; 100000 by default.")
    Double multiplier;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      boolean rate = type == IsrType.rate;
      if (rate ? referenceValue != null : multiplier != null) {
        throw new ParameterException(
            spec.commandLine(),
            rate
                ? "--ref-value goes with --type ratio; a rate has --multiplier"
                : "--multiplier goes with --type rate; a ratio has --ref-value");
      }
      double scale =
          rate
              ? (multiplier == null ? 100000 : multiplier)
              : (referenceValue == null ? 1 : referenceValue);
      return CalcCommand.run(
          spec,
          io,
          grouping.columns,
          levels.levels(spec),
          () ->
              new CalcMethod.Isr(
                  count.column,
                  population.column,
                  referenceCount,
                  referencePopulation,
                  rate,
                  scale));
    }
  }

  @Command(
      name = "life-expectancy",
      header = "Life expectancy, Chiang's method, Silcocks' limits.",
      mixinStandardHelpOptions = true,
      description = {
        "Life expectancy by Chiang's method with Silcocks' limits (phe_life_expectancy), one"
            + " row per group and start age.",
        "Each group needs all 20 bands: 0, 1-4, 5-9, …, 85-89, 90+, each with its --deaths and"
            + " its --population summed over the same years. Where R gives NA (a band of"
            + " population 0 or with more deaths than people, a total population of 5000 or"
            + " less, a 95%% interval wider than 20 years), the value is empty and the note says"
            + " why. Writes startage, pops_used and dths_used too."
      },
      footer = {
        "%nExample:",
        "  outcomes calc life-expectancy --in deaths.csv --group area --group sex \\",
        "      --age-band age --deaths deaths --population pop --out le.csv"
      })
  static final class LifeExpectancy implements Callable<Integer> {
    @Mixin CalcCommand.Io io;
    @Mixin CalcCommand.Grouping grouping;
    @Mixin CalcCommand.Ages ages;
    @Mixin CalcCommand.Levels levels;

    @Option(
        names = "--deaths",
        required = true,
        paramLabel = "COLUMN",
        description = "The band's deaths.")
    String deaths;

    @Mixin CalcCommand.Population population;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return CalcCommand.run(
          spec,
          io,
          grouping.columns,
          levels.levels(spec),
          () -> new CalcMethod.LifeExpectancy(deaths, population.column, ages.column(spec)));
    }
  }

  /** What the SII's values are. */
  enum ValueType {
    normal,
    rate,
    proportion
  }

  @Command(
      name = "sii",
      header = "Slope and relative indices of inequality (phe_sii).",
      mixinStandardHelpOptions = true,
      description = {
        "Slope and relative indices of inequality with Monte Carlo limits (phe_sii): two rows"
            + " per group, statistic sii and rii.",
        "Each row is one quantile (5 to 100 per group) with its --population, above 0, and"
            + " --value, and"
            + " either a standard error or 95%% limits. The limits are simulated from --seed, so"
            + " a run can be repeated exactly."
      },
      footer = {
        "%nExample:",
        "  outcomes calc sii --in deciles.csv --group area --quantile decile \\",
        "      --population pop --value le --lower lower95_0cl --upper upper95_0cl \\",
        "      --out -"
      })
  static final class Sii implements Callable<Integer> {
    @Mixin CalcCommand.Io io;
    @Mixin CalcCommand.Grouping grouping;
    @Mixin CalcCommand.Levels levels;

    @Option(
        names = "--quantile",
        required = true,
        paramLabel = "COLUMN",
        description = "The quantile's number, 1 being the first in the ordering.")
    String quantile;

    @Mixin CalcCommand.Population population;
    @Mixin CalcCommand.Value value;

    @Option(
        names = "--se",
        paramLabel = "COLUMN",
        description =
            "The value's standard error (on the log scale for rates, logit for" + " proportions).")
    String standardError;

    @Option(names = "--lower", paramLabel = "COLUMN", description = "The lower 95%% limit.")
    String lower;

    @Option(names = "--upper", paramLabel = "COLUMN", description = "The upper 95%% limit.")
    String upper;

    @Option(
        names = "--value-type",
        paramLabel = "TYPE",
        defaultValue = "normal",
        description =
            "normal, rate (log scale) or proportion (between 0 and 1, logit scale)."
                + " Default: ${DEFAULT-VALUE}.")
    ValueType valueType;

    @Option(
        names = "--transform",
        description =
            "Fit on the log or logit scale and transform back (needs --lower and" + " --upper).")
    boolean transform;

    @Option(
        names = "--multiplier",
        paramLabel = "N",
        defaultValue = "1",
        description =
            "Scales the SII (100 for percentages); negative inverts the RII, for"
                + " indicators where low is good. Default: ${DEFAULT-VALUE}.")
    double multiplier;

    @Option(
        names = "--reps",
        paramLabel = "N",
        defaultValue = "100000",
        description = "Monte Carlo repetitions, 1,000 to 10,000,000. Default: ${DEFAULT-VALUE}.")
    int repetitions;

    @Option(
        names = "--seed",
        paramLabel = "N",
        defaultValue = "1",
        description = "The random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      if (repetitions < outcomes.stats.SiiOptions.MINIMUM_REPETITIONS
          || repetitions > outcomes.stats.SiiOptions.MAXIMUM_REPETITIONS) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--reps must be from 1,000 to" + " 10,000,000, not " + repetitions);
      }
      SiiValueType type = SiiValueType.valueOf(valueType.name().toUpperCase(java.util.Locale.ROOT));
      return CalcCommand.run(
          spec,
          io,
          grouping.columns,
          levels.levels(spec),
          () ->
              new CalcMethod.Sii(
                  quantile,
                  population.column,
                  value.column,
                  standardError,
                  lower,
                  upper,
                  type,
                  transform,
                  multiplier,
                  repetitions,
                  seed));
    }
  }
}
