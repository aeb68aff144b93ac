package outcomes.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import outcomes.app.CompareJob;
import outcomes.app.IndicatorRules;
import outcomes.app.Warnings;
import outcomes.catalogue.CatalogueReader;
import outcomes.csv.CsvWriter;
import outcomes.model.ComparisonMethod;
import outcomes.model.Indicator;
import outcomes.model.Polarity;
import outcomes.model.ValueType;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** outcomes compare: Fingertips' judgements against a benchmark, for every row of an extract. */
@Command(
    name = "compare",
    header = "Judge an extract's rows against a benchmark, as Fingertips does.",
    mixinStandardHelpOptions = true,
    description = {
      "Judge every row of a Fingertips extract against a benchmark area of the same indicator,"
          + " sex, age, category and period, by the Fingertips rules, and add the recent trend on"
          + " each series' latest row. Writes the extract's rows as they came plus two columns,"
          + " comparison and trend.",
      "With --check, also report how the judgements agree with the extract's own 'Compared to'"
          + " column, and exit 1 if any differ."
    },
    footer = {
      "%nMethods (--method), with Fingertips' numbers:",
      "  ci-overlap      1, the default: similar when the benchmark is in the 95%% CI",
      "  two-level       17: 95%% and 99.8%% limits",
      "  double-overlap  12: the two 95%% CIs overlap",
      "  spc-proportion  5: control limits around the benchmark proportion",
      "  quintiles       15",
      "%nExample:",
      "  outcomes compare --in extract.csv --benchmark E92000001 \\",
      "      --polarity low-is-good --check --out compared.csv"
    })
final class CompareCommand implements Callable<Integer> {
  @Option(
      names = "--in",
      paramLabel = "EXTRACT.csv",
      required = true,
      description = "A Fingertips CSV extract.")
  Path in;

  @Option(
      names = "--benchmark",
      paramLabel = "AREA_CODE",
      defaultValue = "E92000001",
      description = "The area to compare with. Default: ${DEFAULT-VALUE} (England).")
  String benchmark;

  @Option(
      names = "--polarity",
      paramLabel = "[ID=]P",
      description =
          "high-is-good, low-is-good or no-judgement (Fingertips' 'RAG - Low is good',"
              + " 'BOB' are accepted), for every indicator, or ID=P for one (repeat it for an extract"
              + " of several indicators).")
  List<String> polarity = new ArrayList<>();

  @Option(
      names = "--indicators",
      paramLabel = "DIR",
      description =
          "Take each indicator's polarity and value type from the catalogue's indicator"
              + " files, by their fingertips-id.")
  Path indicators;

  @Mixin IndicatorIdOption indicatorId;

  @Option(
      names = "--within",
      paramLabel = "CODE",
      description =
          "With --method quintiles: rank only the areas whose parent is CODE (a region),"
              + " for an extract that does not hold every area in England.")
  String within = "";

  @Option(
      names = "--method",
      paramLabel = "M",
      defaultValue = "ci-overlap",
      converter = MethodConverter.class,
      description = "The comparator method (see below). Default: ${DEFAULT-VALUE}.")
  ComparisonMethod method;

  @Option(
      names = "--value-type",
      paramLabel = "TYPE",
      converter = ValueTypeConverter.class,
      description =
          "The indicator's value type, for the recent trend: proportion (tested on counts),"
              + " crude-rate, directly-standardised-rate; other types cannot have a trend. Without it,"
              + " the trend is tested on the 95%% limits.")
  ValueType valueType;

  @Option(names = "--check", description = "Report agreement with the extract's own judgements.")
  boolean check;

  @Mixin OutFileOption out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CompareJob.Request request =
        new CompareJob.Request(
            in, benchmark.strip(), rules(), method, indicatorId.id(), within.strip());
    OutFile to = out.file();
    CompareJob.Result result;
    if (to.toStandardOutput()) {
      PrintWriter w = spec.commandLine().getOut();
      result = CompareJob.run(request, table(w));
      w.flush();
    } else {
      CompareJob.Result[] holder = new CompareJob.Result[1];
      to.write(o -> holder[0] = writeTo(o, request));
      result = holder[0];
    }
    PrintWriter err = spec.commandLine().getErr();
    Warnings.say(
        result.warnings(), result.warnings().size(), "", line -> err.println("outcomes: " + line));
    err.flush();
    return check ? report(result.agreement()) : ExitCodes.OK;
  }

  /** The polarities given (for all, or ID=P each), over those the catalogue gives by id. */
  private IndicatorRules rules() {
    Optional<Polarity> all = Optional.empty();
    Map<String, Polarity> byId = new HashMap<>();
    Map<String, ValueType> types = new HashMap<>();
    if (indicators != null) {
      for (Indicator ind : CatalogueReader.read(indicators).orThrow().indicators()) {
        ind.source()
            .fingertipsId()
            .ifPresent(
                id -> {
                  byId.put(String.valueOf(id), ind.polarity());
                  types.put(String.valueOf(id), ind.valueType());
                });
      }
    }
    for (String p : polarity) {
      int eq = p.indexOf('=');
      try {
        if (eq < 0) {
          all = Optional.of(Polarity.parse(p));
        } else {
          byId.put(p.substring(0, eq).strip(), Polarity.parse(p.substring(eq + 1)));
        }
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--polarity: " + e.getMessage());
      }
    }
    if (all.isEmpty() && byId.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "give --polarity (for all, or ID=P per indicator) or --indicators DIR");
    }
    return new IndicatorRules(
        all, byId, Optional.ofNullable(valueType), valueType == null ? types : Map.of());
  }

  private static CompareJob.Result writeTo(OutputStream o, CompareJob.Request request)
      throws IOException {
    Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
    try {
      CompareJob.Result r = CompareJob.run(request, table(w));
      w.flush();
      return r;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private int report(CompareJob.Agreement a) {
    PrintWriter err = spec.commandLine().getErr();
    if (a.column().isEmpty()) {
      err.println(
          "outcomes: --check: no row has a 'Compared to' column for "
              + benchmark
              + " (its judgements are printed against England or the row's parent only)");
      err.flush();
      return ExitCodes.CHECK_FAILED;
    }
    a.differences().forEach(err::println);
    err.printf(
        Locale.ROOT,
        "%,d of %,d judgements agree with the extract's '%s'%s%n",
        a.agreed(),
        a.checked(),
        a.column(),
        a.unjudged() == 0
            ? ""
            : String.format(Locale.ROOT, " (%,d rows it left blank not counted)", a.unjudged()));
    err.flush();
    return a.allAgree() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
  }

  private static CompareJob.Table table(Writer w) {
    CsvWriter.Stream csv = new CsvWriter.Stream(w);
    return new CompareJob.Table() {
      @Override
      public void header(List<String> header) {
        write(header);
      }

      @Override
      public void row(String[] cells) {
        write(Arrays.asList(cells));
      }

      private void write(List<String> cells) {
        try {
          csv.row(cells);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  static final class MethodConverter implements ITypeConverter<ComparisonMethod> {
    @Override
    public ComparisonMethod convert(String value) {
      return ComparisonMethod.parse(value);
    }
  }

  static final class ValueTypeConverter implements ITypeConverter<ValueType> {
    @Override
    public ValueType convert(String value) {
      return ValueType.parse(value);
    }
  }
}
