package outcomes.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import outcomes.app.GapJob;
import outcomes.app.WithinJob;
import outcomes.csv.CsvWriter;
import outcomes.model.Observation;
import outcomes.model.Rounding;
import outcomes.model.Sex;
import outcomes.report.Figures;
import outcomes.stats.Gap;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** outcomes gap: how far apart two areas are on one indicator. */
@Command(
    name = "gap",
    header = "The gap between two areas, or the spread within one.",
    mixinStandardHelpOptions = true,
    description = {
      "The gap between two areas on one indicator: both values with their 95%% limits, the"
          + " difference A - B with a 95%% interval (the two figures taken as independent, standard"
          + " errors from their limits), the ratio A / B, and whether the gap is significant.",
      "Areas are given by code or by name; a name found in several boundary sets (wards before"
          + " and after a review) means the one with the latest data, and a note says so."
    },
    footer = {
      "%nExamples:",
      "  outcomes gap --indicator life-expectancy --sex Male \\",
      "      --area Westbourne --vs \"Knightsbridge & Belgravia\"",
      "  outcomes gap --indicator life-expectancy --sex Male \\",
      "      --area E05000648 --vs E05000637 --period all --format csv",
      "  outcomes gap --indicator child-poverty --within Westminster"
    })
final class GapCommand implements Callable<Integer> {
  @Mixin CatalogueOptions catalogue;

  @Option(
      names = "--indicator",
      paramLabel = "ID",
      required = true,
      description = "The indicator's id.")
  String indicator;

  @Option(names = "--area", paramLabel = "A", description = "Area A: a name or code.")
  String areaA;

  @Option(names = "--vs", paramLabel = "B", description = "Area B: a name or code.")
  String areaB;

  @Option(
      names = "--within",
      paramLabel = "AREA",
      description =
          "Instead of two areas: the spread across the areas within this one (the wards"
              + " of a borough, by code or name), best and worst, the gap between them, and each against"
              + " the parent.")
  String within;

  @Option(
      names = "--sex",
      paramLabel = "SEX",
      converter = SexConverter.class,
      description = "Male, Female or Persons; needed when the indicator has figures by sex.")
  Sex sex;

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      defaultValue = "latest",
      description =
          "latest (the latest both areas have), all, or a period such as 2010-14."
              + " Default: ${DEFAULT-VALUE}.")
  String period;

  @Mixin FormatOption format;
  @Mixin OutFileOption out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Format as = format.among(Format.text, Format.json, Format.csv);
    OutFile to = out.file(); // refused before the data are read, not after
    if (within != null) {
      if (areaA != null || areaB != null) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--within takes the place of --area and --vs: give one or the other");
      }
      WithinJob.Result w =
          WithinJob.run(
              new WithinJob.Request(
                  catalogue.indicators,
                  catalogue.data,
                  indicator,
                  within,
                  Optional.ofNullable(sex),
                  period),
              this::warn);
      return write(to, as == Format.text ? SpreadText.of(w) : SpreadText.structured(w, as));
    }
    if (areaA == null || areaB == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give two areas, --area A --vs B, or one parent, --within AREA_CODE");
    }
    GapJob.Result r =
        GapJob.run(
            new GapJob.Request(
                catalogue.indicators,
                catalogue.data,
                indicator,
                areaA,
                areaB,
                Optional.ofNullable(sex),
                period),
            this::warn);
    r.notes().forEach(n -> spec.commandLine().getErr().println("outcomes: note: " + n));
    return write(to, render(r, as));
  }

  /** A data-quality warning about a file read, as every command says it. */
  private void warn(String line) {
    spec.commandLine().getErr().println("outcomes: " + line);
  }

  private int write(OutFile to, String text) {
    TextOutput.write(spec, to, text);
    return ExitCodes.OK;
  }

  private String render(GapJob.Result r, Format as) {
    if (as == Format.text) {
      return GapText.of(r);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    r.gaps().forEach(g -> rows.add(fields(r, g)));
    return as == Format.csv
        ? csv(rows)
        : Json.write(rows.size() == 1 && !period.equalsIgnoreCase("all") ? rows.get(0) : rows);
  }

  /** One gap as the JSON and CSV outputs give it; numbers rounded only to hide binary noise. */
  static Map<String, Object> fields(GapJob.Result r, GapJob.PeriodGap g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("indicator", r.indicator().id());
    m.put("title", r.indicator().title());
    m.put("sex", r.sex().label());
    m.put("period", g.period().label());
    m.put("areaA", r.areaA().name());
    m.put("areaACode", r.areaA().code());
    m.put("areaB", r.areaB().name());
    m.put("areaBCode", r.areaB().code());
    figure(m, "A", g.a());
    figure(m, "B", g.b());
    Gap gap = g.gap();
    m.put("gap", Rounding.clean(gap.difference()));
    m.put("absoluteGap", Rounding.clean(gap.magnitude()));
    m.put("lower", gap.ci95().map(i -> Rounding.clean(i.lower())).orElse(null));
    m.put("upper", gap.ci95().map(i -> Rounding.clean(i.upper())).orElse(null));
    m.put("ratio", gap.ratio().isPresent() ? Rounding.clean(gap.ratio().getAsDouble()) : null);
    m.put("significant", gap.significant().orElse(null));
    m.put("unit", r.indicator().unit().label());
    m.put("real", g.a().isReal() && g.b().isReal());
    m.put(
        "data",
        g.a().isReal() && g.b().isReal()
            ? "real"
            : "illustrative: synthetic, not a published figure");
    m.put(
        "source",
        String.join(
            "; ",
            java.util.stream.Stream.of(g.a(), g.b())
                .map(o -> r.indicator().sourceOf(o))
                .distinct()
                .toList()));
    return m;
  }

  static void figure(Map<String, Object> m, String side, Observation o) {
    m.put("value" + side, Rounding.clean(o.value().getAsDouble()));
    m.put("lower" + side, o.ci95().map(i -> Rounding.clean(i.lower())).orElse(null));
    m.put("upper" + side, o.ci95().map(i -> Rounding.clean(i.upper())).orElse(null));
  }

  static String csv(List<Map<String, Object>> rows) {
    try {
      StringWriter w = new StringWriter();
      List<String> header = new ArrayList<>(rows.get(0).keySet());
      List<String[]> cells = new ArrayList<>();
      for (Map<String, Object> row : rows) {
        cells.add(
            row.values().stream()
                .map(v -> v == null ? "" : String.valueOf(v))
                .toArray(String[]::new));
      }
      CsvWriter.write(w, header, cells);
      return w.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The gap in words, as an analyst would read it out. */
  static final class GapText {
    private GapText() {}

    static String of(GapJob.Result r) {
      StringBuilder b = new StringBuilder();
      int d = r.indicator().unit().decimals();
      String unit = r.indicator().unit().label();
      b.append(r.indicator().title()).append(", ").append(r.sex().label()).append('\n');
      if (r.illustrative()) {
        b.append("Illustrative data: synthetic, not a published figure\n");
      }
      for (GapJob.PeriodGap g : r.gaps()) {
        Gap gap = g.gap();
        b.append(
            String.format(
                Locale.ROOT,
                "%n%s%n  A  %-40s %s%n  B  %-40s %s%n",
                g.period().label(),
                r.areaA(),
                figure(g.a(), d, unit),
                r.areaB(),
                figure(g.b(), d, unit)));
        b.append(
            String.format(
                Locale.ROOT, "  A - B = %s %s", Figures.number(gap.difference(), d), unit));
        gap.ci95().ifPresent(ci -> b.append(" (95% CI ").append(Figures.range(ci, d)).append(')'));
        b.append(
            gap.significant()
                .map(s -> s ? ", significant" : ", not significant")
                .orElse(", significance unknown (no limits)"));
        if (gap.ratio().isPresent()) {
          b.append(String.format(Locale.ROOT, "; ratio A / B %.2f", gap.ratio().getAsDouble()));
        }
        b.append('\n');
      }
      b.append("\nSource: ")
          .append(
              String.join(
                  "; ",
                  r.gaps().stream()
                      .flatMap(g -> java.util.stream.Stream.of(g.a(), g.b()))
                      .map(o -> r.indicator().sourceOf(o))
                      .distinct()
                      .toList()))
          .append('\n');
      return b.toString();
    }

    static String figure(Observation o, int d, String unit) {
      String v = Figures.number(o.value().getAsDouble(), d) + " " + unit;
      return o.ci95().map(ci -> v + " (" + Figures.range(ci, d) + ")").orElse(v);
    }
  }

  static final class SexConverter implements ITypeConverter<Sex> {
    @Override
    public Sex convert(String value) {
      return Sex.parse(value);
    }
  }
}
