package outcomes.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import outcomes.app.Warnings;
import outcomes.app.inspect.ExtractSummary;
import outcomes.app.inspect.InspectJob;
import outcomes.csv.CsvWriter;
import outcomes.model.DataRule;
import outcomes.model.Problem;
import outcomes.model.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** outcomes inspect: what a Fingertips extract holds. */
@Command(
    name = "inspect",
    header = "What Fingertips extracts hold, or each series' latest row.",
    mixinStandardHelpOptions = true,
    description = {
      "Summarise Fingertips extracts: indicators, area types, areas, periods, rows and rows without"
          + " a value and why.",
      "With --latest, write each series' latest row that has a value, exactly as the extract"
          + " wrote it (--format csv keeps the extract's own layout)."
    },
    footer = {
      "%nExamples:",
      "  outcomes inspect data/real/fingertips/extract.csv",
      "  outcomes inspect --latest --format csv --out latest.csv extract.csv"
    })
final class InspectCommand implements Callable<Integer> {
  @Parameters(paramLabel = "EXTRACT.csv", arity = "1..*", description = "Fingertips CSV extracts.")
  List<Path> files;

  @Option(names = "--latest", description = "Write each series' latest row with a value.")
  boolean latest;

  @Mixin FormatOption format;

  @Mixin IndicatorIdOption indicatorId;

  @Mixin OutFileOption out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Format as = format.among(Format.text, Format.json, Format.csv);
    if (as == Format.csv && !latest) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--format csv writes rows: use it with --latest");
    }
    OutFile to = out.file();
    InspectJob.Result result =
        latest
            ? InspectJob.latestRows(files, indicatorId.id())
            : InspectJob.run(files, indicatorId.id());
    warn(result);
    if (to.toStandardOutput()) {
      PrintWriter w = spec.commandLine().getOut();
      render(w, StandardOutput.bytesFor(w), result, as);
      w.flush();
    } else {
      to.write(
          o -> {
            OutputStream buffered = new BufferedOutputStream(o, 1 << 16);
            Writer w = new OutputStreamWriter(buffered, StandardCharsets.UTF_8);
            try {
              render(
                  w,
                  (b, n) -> {
                    w.flush();
                    buffered.write(b, 0, n);
                  },
                  result,
                  as);
            } catch (UncheckedIOException e) {
              throw e.getCause();
            }
            w.flush();
          });
    }
    return ExitCodes.OK;
  }

  /** Writes straight to the output: a national extract's latest rows are tens of megabytes. */
  private void render(Writer w, CsvWriter.ByteSink bytes, InspectJob.Result r, Format as) {
    try {
      if (latest && as == Format.json) {
        w.write(Json.write(latestAsMaps(r)));
      } else if (latest && r.latestRecords().contains(null)) {
        // rows of files laid out unlike the first, moved into its layout
        CsvWriter.write(w, r.header(), r.latestRows());
      } else if (latest) {
        CsvWriter.writeRecords(bytes, r.header(), r.latestRecords());
      } else if (as == Format.json) {
        w.write(Json.write(asJson(r)));
      } else {
        SummaryText.write(new PrintWriter(w), r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The policy's findings on standard error, the first few, so output stays the data alone. */
  private void warn(InspectJob.Result r) {
    PrintWriter err = spec.commandLine().getErr();
    long all = r.findingCounts().values().stream().mapToLong(Long::longValue).sum();
    Warnings.say(
        r.findings(),
        all,
        latest ? "" : "counted in the summary",
        line -> err.println("outcomes: " + line));
    err.flush();
  }

  /**
   * The summary as JSON, with what was recognised in each file and what the data-quality policy
   * found: a count per rule, and the first findings with their place.
   */
  record SummaryJson(
      List<String> files,
      List<String> readAs,
      long rows,
      long rowsWithValue,
      long series,
      double sumOfLatestValues,
      List<ExtractSummary.IndicatorSummary> indicators,
      Map<String, Long> findings,
      List<FindingJson> findingsListed) {}

  record FindingJson(String severity, String file, long line, int column, String message) {}

  private static SummaryJson asJson(InspectJob.Result r) {
    ExtractSummary s = r.summary();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (DataRule rule : DataRule.values()) {
      if (rule.severity(DataRule.Use.SUMMARY) != Severity.NOT_READ) {
        counts.put(rule.key(), r.findingCounts().getOrDefault(rule, 0L));
      }
    }
    List<FindingJson> listed = new ArrayList<>();
    for (Problem p : r.findings()) {
      listed.add(
          new FindingJson(
              p.severity().label(),
              p.location().file(),
              p.location().line(),
              p.location().column(),
              p.message()));
    }
    return new SummaryJson(
        s.files(),
        r.layouts(),
        s.rows(),
        s.rowsWithValue(),
        s.series(),
        s.sumOfLatestValues(),
        s.indicators(),
        counts,
        listed);
  }

  private static List<Map<String, String>> latestAsMaps(InspectJob.Result r) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (String[] cells : r.latestRows()) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < cells.length; i++) {
        m.put(r.header().get(i), cells[i]);
      }
      rows.add(m);
    }
    return rows;
  }

  /** The readable summary. */
  static final class SummaryText {
    private SummaryText() {}

    static void write(PrintWriter w, InspectJob.Result r) {
      ExtractSummary s = r.summary();
      w.printf(java.util.Locale.ROOT, "%s%n", String.join(", ", s.files()));
      for (int i = 0; i < s.files().size(); i++) {
        w.printf(
            java.util.Locale.ROOT,
            "  read as   %s%s%n",
            s.files().size() > 1 ? s.files().get(i) + ": " : "",
            r.layouts().get(i));
      }
      w.printf(
          java.util.Locale.ROOT,
          "  %,d rows, %,d with a value, %,d series%n",
          s.rows(),
          s.rowsWithValue(),
          s.series());
      r.findingCounts()
          .forEach(
              (rule, n) -> w.printf(java.util.Locale.ROOT, "  warnings  %,d %s%n", n, rule.key()));
      for (ExtractSummary.IndicatorSummary i : s.indicators()) {
        w.printf(
            java.util.Locale.ROOT,
            "%nIndicator %s: %s%n",
            i.id(),
            i.name().replaceAll("\\s+", " "));
        w.printf(java.util.Locale.ROOT, "  areas     %,d (%s)%n", i.areas(), types(i.areaTypes()));
        w.printf(
            java.util.Locale.ROOT,
            "  periods   %s to %s (%d)%n",
            i.firstPeriod(),
            i.latestPeriod(),
            i.periods());
        w.printf(
            java.util.Locale.ROOT,
            "  rows      %,d, of which %,d without a value%n",
            i.rows(),
            i.rows() - i.rowsWithValue());
        i.missing()
            .forEach(
                (note, n) -> w.printf(java.util.Locale.ROOT, "            %,d: %s%n", n, note));
      }
      w.flush();
    }

    private static String types(Map<String, Integer> types) {
      List<String> parts = new ArrayList<>();
      types.forEach((t, n) -> parts.add((t.isEmpty() ? "no type" : t) + " " + n));
      return String.join(", ", parts);
    }
  }
}
