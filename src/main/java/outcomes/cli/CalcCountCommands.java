package outcomes.cli;

import java.util.concurrent.Callable;
import outcomes.app.calc.CalcMethod;
import outcomes.stats.RateType;
import outcomes.stats.RatioType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** calc methods on counts and values: proportion, rate, mean, quantile and funnel. */
final class CalcCountCommands {
  private CalcCountCommands() {}

  @Command(
      name = "proportion",
      header = "Proportions with Wilson score limits (phe_proportion).",
      mixinStandardHelpOptions = true,
      description = {
        "Proportions with Wilson score limits (phe_proportion): --count cases meeting the"
            + " condition, 0 to the denominator, out of --denominator.",
        "One output row per input row; with --group, counts and denominators are summed within"
            + " each group first and each group gets one row."
      },
      footer = {
        "%nExample:",
        "  outcomes calc proportion --in smoking.csv --count smokers \\",
        "      --denominator adults --multiplier 100 --out smoking-percent.csv"
      })
  static final class Proportion implements Callable<Integer> {
    @Mixin CalcCommand.Io io;
    @Mixin CalcCommand.Grouping grouping;
    @Mixin CalcCommand.Levels levels;

    @Mixin CalcCommand.Count count;
    @Mixin CalcCommand.Denominator denominator;

    @Option(
        names = "--multiplier",
        paramLabel = "N",
        defaultValue = "1",
        description = "1 for a proportion, 100 for a percentage. Default: ${DEFAULT-VALUE}.")
    double multiplier;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return CalcCommand.run(
          spec,
          io,
          grouping.columns,
          levels.levels(spec),
          () -> new CalcMethod.Proportion(count.column, denominator.column, multiplier));
    }
  }

  @Command(
      name = "rate",
      header = "Crude rates with exact or Byar's limits (phe_rate).",
      mixinStandardHelpOptions = true,
      description = {
        "Crude rates with exact (under 10 events) or Byar's limits (phe_rate): --count events"
            + " in --denominator people.",
        "One output row per input row; with --group, counts and denominators are summed within"
            + " each group first and each group gets one row. The count may exceed the"
            + " denominator."
      },
      footer = {
        "%nExample:",
        "  outcomes calc rate --in admissions.csv --count admissions \\",
        "      --denominator population --out -"
      })
  static final class Rate implements Callable<Integer> {
    @Mixin CalcCommand.Io io;
    @Mixin CalcCommand.Grouping grouping;
    @Mixin CalcCommand.Levels levels;

    @Mixin CalcCommand.Count count;
    @Mixin CalcCommand.Denominator denominator;
    @Mixin CalcCommand.RatePer multiplier;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return CalcCommand.run(
          spec,
          io,
          grouping.columns,
          levels.levels(spec),
          () -> new CalcMethod.Rate(count.column, denominator.column, multiplier.people));
    }
  }

  @Command(
      name = "mean",
      header = "Means with Student's t limits (phe_mean).",
      mixinStandardHelpOptions = true,
      description = {
        "Means with Student's t limits (phe_mean) of the --value column, one row per group.",
        "Also writes value_sum, value_count and stdev (n - 1). A missing value leaves its"
            + " group's mean empty, as R's NA does."
      },
      footer = {
        "%nExample:",
        "  outcomes calc mean --in scores.csv --group area --value score --out -"
      })
  static final class Mean implements Callable<Integer> {
    @Mixin CalcCommand.Io io;
    @Mixin CalcCommand.Grouping grouping;
    @Mixin CalcCommand.Levels levels;

    @Mixin CalcCommand.Value value;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return CalcCommand.run(
          spec, io, grouping.columns, levels.levels(spec), () -> new CalcMethod.Mean(value.column));
    }
  }

  @Command(
      name = "quantile",
      header = "Each value's quantile within its group (phe_quantile).",
      mixinStandardHelpOptions = true,
      description = {
        "The quantile each value of the --value column falls in within its group"
            + " (phe_quantile).",
        "Every row is written with a quantile column (1 to --nquantiles) and a note; tied values"
            + " share a quantile. A group with fewer values than quantiles gets none."
      },
      footer = {
        "%nExample:",
        "  outcomes calc quantile --in areas.csv --group region --value value \\",
        "      --nquantiles 5 --no-invert --out quintiles.csv"
      })
  static final class Quantile implements Callable<Integer> {
    @Mixin CalcCommand.Io io;
    @Mixin CalcCommand.Grouping grouping;

    @Mixin CalcCommand.Value value;

    @Option(
        names = "--nquantiles",
        paramLabel = "N",
        defaultValue = "10",
        description =
            "How many quantiles: 10 for deciles, 5 for quintiles. Default:" + " ${DEFAULT-VALUE}.")
    int quantiles;

    @Option(
        names = "--invert",
        negatable = true,
        defaultValue = "true",
        fallbackValue = "true",
        description =
            "The highest value is in quantile 1 (for indicators where low is good),"
                + " as R's default; --no-invert puts the lowest value in quantile 1.")
    boolean invert;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return CalcCommand.run(
          spec,
          io,
          grouping.columns,
          outcomes.stats.ConfidenceLevels.STANDARD,
          () -> new CalcMethod.Quantile(value.column, quantiles, invert));
    }
  }

  /** The funnel types. */
  enum FunnelType {
    proportion,
    ratio,
    rate
  }

  /** How a ratio funnel's limits are written. */
  enum RatioLimits {
    count,
    isr
  }

  /** Crude rate or DSR. */
  enum RateKind {
    crude,
    dsr
  }

  @Command(
      name = "funnel",
      header = "Funnel plot significance or control limits.",
      mixinStandardHelpOptions = true,
      description = {
        "Funnel plot significance or control limits (assign_funnel_significance,"
            + " calculate_funnel_limits, calculate_funnel_points).",
        "Each row gets its significance against its group's funnel: High (0.001), High (0.025),"
            + " Low (0.001), Low (0.025) or Not significant; rate funnels also give rate_chart and"
            + " denominator_derived. With --limits, each group's 100-point control-limit table"
            + " is written instead."
      },
      footer = {
        "%nExamples:",
        "  outcomes calc funnel --type proportion --in screening.csv \\",
        "      --count screened --denominator eligible --out -",
        "  outcomes calc funnel --type rate --rate-type dsr --years 3 --limits \\",
        "      --in dsr.csv --count events --rate value --out limits.csv"
      })
  static final class Funnel implements Callable<Integer> {
    @Mixin CalcCommand.Io io;
    @Mixin CalcCommand.Grouping grouping;

    @Option(
        names = "--type",
        required = true,
        paramLabel = "TYPE",
        description =
            "proportion (--count, --denominator), ratio (--count observed,"
                + " --expected) or rate (--count events, --rate, --rate-type).")
    FunnelType type;

    @Mixin CalcCommand.Count count;

    @Option(
        names = "--denominator",
        paramLabel = "COLUMN",
        description =
            "Proportions: the denominator. Rates: the population, used only for crude"
                + " rates on 0 events.")
    String denominator;

    @Option(names = "--expected", paramLabel = "COLUMN", description = "Ratios: expected events.")
    String expected;

    @Option(
        names = "--rate",
        paramLabel = "COLUMN",
        description = "Rates: the rate, per --multiplier.")
    String rate;

    @Option(
        names = "--rate-type",
        paramLabel = "TYPE",
        description = "Rates: crude or dsr (a DSR on under 10 events is not compared).")
    RateKind rateType;

    @Option(
        names = "--ratio-type",
        paramLabel = "TYPE",
        defaultValue = "count",
        description =
            "Ratio limits: count (O/E - 1) or isr (O/E x --multiplier). Default:"
                + " ${DEFAULT-VALUE}.")
    RatioLimits ratioType;

    @Option(
        names = "--multiplier",
        paramLabel = "N",
        description =
            "Proportion and ratio limits: 100 by default. Rates: what the rates are"
                + " per, 100000 by default.")
    Double multiplier;

    @Option(
        names = "--years",
        paramLabel = "N",
        defaultValue = "1",
        description =
            "Rates: years of data, for populations per year. Default:" + " ${DEFAULT-VALUE}.")
    int years;

    @Option(
        names = "--limits",
        description =
            "Write each group's control-limit table instead of each row's" + " significance.")
    boolean limits;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return CalcCommand.run(
          spec, io, grouping.columns, outcomes.stats.ConfidenceLevels.STANDARD, this::method);
    }

    private CalcMethod method() {
      return switch (type) {
        case proportion -> {
          notWith(expected, "--expected");
          notWith(rate, "--rate");
          notWith(rateType, "--rate-type");
          yield new CalcMethod.FunnelProportion(
              count.column,
              need(denominator, "--denominator"),
              multiplier == null ? 100 : multiplier,
              limits);
        }
        case ratio -> {
          notWith(denominator, "--denominator");
          notWith(rate, "--rate");
          notWith(rateType, "--rate-type");
          yield new CalcMethod.FunnelRatio(
              count.column,
              need(expected, "--expected"),
              ratioType == RatioLimits.isr ? RatioType.ISR : RatioType.COUNT,
              multiplier == null ? 100 : multiplier,
              limits);
        }
        case rate -> {
          notWith(expected, "--expected");
          yield new CalcMethod.FunnelRate(
              count.column,
              need(rate, "--rate"),
              denominator,
              need(rateType, "--rate-type") == RateKind.dsr ? RateType.DSR : RateType.CRUDE,
              multiplier == null ? 100000 : multiplier,
              years,
              limits);
        }
      };
    }

    private <T> T need(T value, String option) {
      if (value == null) {
        throw new ParameterException(spec.commandLine(), "--type " + type + " needs " + option);
      }
      return value;
    }

    private void notWith(Object value, String option) {
      if (value != null) {
        throw new ParameterException(
            spec.commandLine(), option + " does not go with --type " + type);
      }
    }
  }
}
