package outcomes.app.calc;

import java.io.IOException;
import outcomes.stats.RateType;
import outcomes.stats.RatioType;
import outcomes.stats.SiiOptions;
import outcomes.stats.SiiValueType;

/**
 * The methods calc runs, each with the input columns (by header name) and options it needs. The
 * compact constructors check the options; a bad one is an IllegalArgumentException whose message
 * names the option, for the command line to report as wrong usage.
 */
public sealed interface CalcMethod {

  /** Reads the input and writes the output; called by {@link CalcJob}. */
  void run(CalcContext context) throws IOException;

  /** phe_proportion, row by row, or summed within each group first. */
  record Proportion(String count, String denominator, double multiplier) implements CalcMethod {
    public Proportion {
      Checks.names(count, denominator);
      Checks.positive(multiplier, "--multiplier");
    }

    @Override
    public void run(CalcContext context) throws IOException {
      CountsCalc.proportion(this, context);
    }
  }

  /** phe_rate, row by row, or summed within each group first. */
  record Rate(String count, String denominator, double multiplier) implements CalcMethod {
    public Rate {
      Checks.names(count, denominator);
      Checks.positive(multiplier, "--multiplier");
    }

    @Override
    public void run(CalcContext context) throws IOException {
      CountsCalc.rate(this, context);
    }
  }

  /** phe_mean of a column within each group. */
  record Mean(String value) implements CalcMethod {
    public Mean {
      Checks.names(value);
    }

    @Override
    public void run(CalcContext context) throws IOException {
      MeanCalc.run(this, context);
    }
  }

  /**
   * calculate_dsr over the age bands of each group. With an event-frequency column the events are
   * not independent: each row then counts the people with that many events in its band.
   *
   * @param age the band column; needed unless the standard population is a column of the input and
   *     the events are independent
   * @param eventFrequency the event-frequency column, or null for independent events
   */
  record Dsr(
      String count,
      String population,
      AgeColumn age,
      StandardPopulation standard,
      String eventFrequency,
      double multiplier)
      implements CalcMethod {
    public Dsr {
      Checks.names(count, population);
      Checks.positive(multiplier, "--multiplier");
      if (standard == null) {
        throw new IllegalArgumentException("a standard population is needed");
      }
      if (age == null && !(standard instanceof StandardPopulation.InColumn)) {
        throw new IllegalArgumentException(
            "name the age band column (--age-start or --age-band)"
                + " to match rows to the standard population");
      }
      if (age == null && eventFrequency != null) {
        throw new IllegalArgumentException(
            "--event-frequency needs --age-start or --age-band," + " to gather each band's rows");
      }
    }

    @Override
    public void run(CalcContext context) throws IOException {
      DsrCalc.run(this, context);
    }
  }

  /**
   * calculate_ISRatio (times {@code multiplier}, the reference value, usually 1 or 100) or
   * calculate_ISRate (per {@code multiplier}, such as 100000) over the bands of each group, with
   * the reference counts and populations in columns of the input.
   */
  record Isr(
      String count,
      String population,
      String referenceCount,
      String referencePopulation,
      boolean rate,
      double multiplier)
      implements CalcMethod {
    public Isr {
      Checks.names(count, population, referenceCount, referencePopulation);
      Checks.positive(multiplier, rate ? "--multiplier" : "--ref-value");
    }

    @Override
    public void run(CalcContext context) throws IOException {
      IsrCalc.run(this, context);
    }
  }

  /** phe_life_expectancy over the 20 bands (0, 1, 5, …, 90+) of each group. */
  record LifeExpectancy(String deaths, String population, AgeColumn age) implements CalcMethod {
    public LifeExpectancy {
      Checks.names(deaths, population);
      if (age == null) {
        throw new IllegalArgumentException("name the age band column (--age-start or --age-band)");
      }
    }

    @Override
    public void run(CalcContext context) throws IOException {
      LifeExpectancyCalc.run(this, context);
    }
  }

  /**
   * phe_sii over the quantiles of each group. Each quantile needs a standard error column, or lower
   * and upper 95% limit columns (always with a transform).
   */
  record Sii(
      String quantile,
      String population,
      String value,
      String standardError,
      String lower,
      String upper,
      SiiValueType valueType,
      boolean transform,
      double multiplier,
      int repetitions,
      long seed)
      implements CalcMethod {
    public Sii {
      Checks.names(quantile, population, value);
      if (valueType == null) {
        throw new IllegalArgumentException("a value type is needed");
      }
      if ((lower == null) != (upper == null)) {
        throw new IllegalArgumentException("--lower and --upper go together");
      }
      if ((standardError == null) == (lower == null)) {
        throw new IllegalArgumentException("give either --se, or --lower and --upper (95% limits)");
      }
      if (transform && standardError != null) {
        throw new IllegalArgumentException("--transform needs --lower and --upper, not --se");
      }
      // the stats' own checks: value type and transform, multiplier, repetitions
      new SiiOptions(
          valueType,
          transform,
          multiplier,
          outcomes.stats.ConfidenceLevels.STANDARD,
          repetitions,
          seed);
    }

    @Override
    public void run(CalcContext context) throws IOException {
      SiiCalc.run(this, context);
    }
  }

  /** phe_quantile of a column within each group; each row gets its quantile. */
  record Quantile(String value, int quantiles, boolean invert) implements CalcMethod {
    public Quantile {
      Checks.names(value);
      if (quantiles < 1) {
        throw new IllegalArgumentException("--nquantiles must be 1 or more");
      }
    }

    @Override
    public void run(CalcContext context) throws IOException {
      QuantileCalc.run(this, context);
    }
  }

  /**
   * Funnel plot of proportions: each row's significance against the group's funnel, or with {@code
   * limits} the group's 100-point control-limit table (times the multiplier).
   */
  record FunnelProportion(String count, String denominator, double multiplier, boolean limits)
      implements CalcMethod {
    public FunnelProportion {
      Checks.names(count, denominator);
      Checks.positive(multiplier, "--multiplier");
    }

    @Override
    public void run(CalcContext context) throws IOException {
      FunnelCalc.proportions(this, context);
    }
  }

  /** Funnel plot of ratios of observed to expected events (such as ISRs). */
  record FunnelRatio(
      String observed, String expected, RatioType ratioType, double multiplier, boolean limits)
      implements CalcMethod {
    public FunnelRatio {
      Checks.names(observed, expected);
      Checks.positive(multiplier, "--multiplier");
      if (ratioType == null) {
        throw new IllegalArgumentException("a ratio type is needed");
      }
    }

    @Override
    public void run(CalcContext context) throws IOException {
      FunnelCalc.ratios(this, context);
    }
  }

  /**
   * Funnel plot of crude or directly standardised rates from events and rates; the denominator
   * column (optional) is used only for crude rates on 0 events.
   */
  record FunnelRate(
      String events,
      String rate,
      String denominator,
      RateType rateType,
      double multiplier,
      int years,
      boolean limits)
      implements CalcMethod {
    public FunnelRate {
      Checks.names(events, rate);
      Checks.positive(multiplier, "--multiplier");
      if (rateType == null) {
        throw new IllegalArgumentException("a rate type is needed");
      }
      if (years < 1) {
        throw new IllegalArgumentException("--years must be 1 or more");
      }
    }

    @Override
    public void run(CalcContext context) throws IOException {
      FunnelCalc.rates(this, context);
    }
  }
}
