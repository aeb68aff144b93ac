package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** calc's command line: help, wrong usage (exit 2), and how rows, groups and cells are written. */
class CalcCommandTest {
  static final List<String> METHODS =
      List.of(
          "proportion",
          "rate",
          "dsr",
          "isr",
          "mean",
          "life-expectancy",
          "sii",
          "quantile",
          "funnel");

  @TempDir Path dir;

  // ---- help ----

  @Test
  void helpListsEveryMethodWithOneLine() {
    CliRun run = CliRun.of("calc", "--help");

    assertEquals(0, run.code(), run.toString());
    assertTrue(run.out().startsWith("Usage: outcomes calc [-hV] [--debug] METHOD"), run.out());
    for (String method : METHODS) {
      assertTrue(
          run.outLines().stream().anyMatch(l -> l.matches("  " + method + " +\\S.*")),
          method + " in\n" + run.out());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "proportion",
        "rate",
        "dsr",
        "isr",
        "mean",
        "life-expectancy",
        "sii",
        "quantile",
        "funnel"
      })
  void eachMethodHasHelpWithItsOptionsAndAnExample(String method) {
    CliRun run = CliRun.of("calc", method, "--help");

    assertEquals(0, run.code(), run.toString());
    assertTrue(run.out().startsWith("Usage: outcomes calc " + method), run.out());
    assertTrue(run.out().contains("--in=FILE") && run.out().contains("--out=FILE|-"), run.out());
    assertTrue(run.out().contains("  outcomes calc " + method + " "), "an example:\n" + run.out());
  }

  /**
   * Help text is a format string: a bare % (as in "95% limits") must be written %%, or picocli
   * warns on the process's stderr while rendering help.
   */
  @Test
  void everyHelpTextRendersWithoutAWarning() {
    picocli.CommandLine calc =
        OutcomesCommand.commandLine(new String[0]).getSubcommands().get("calc");
    List<picocli.CommandLine> commands = new java.util.ArrayList<>(List.of(calc));
    commands.addAll(calc.getSubcommands().values());
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      commands.forEach(picocli.CommandLine::getUsageMessage);
    } finally {
      System.setErr(stderr);
    }
    assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  // ---- wrong usage: exit 2 ----

  @Test
  void aMethodIsRequired() {
    assertUsage("outcomes: Missing required subcommand", "calc");
  }

  @Test
  void anUnknownMethodIsWrongUsage() {
    assertUsage("outcomes: Unknown method: 'median'", "calc", "median");
  }

  @Test
  void aColumnOptionIsRequired() {
    assertUsage(
        "outcomes: Missing required option: '--count=COLUMN'",
        "calc",
        "proportion",
        "--in",
        "x.csv",
        "--denominator",
        "n",
        "--out",
        "-");
  }

  @Test
  void aConfidenceLevelMustBeBetween90And100() {
    assertUsage(
        "outcomes: confidence level 80 must be between 0.9 and 1, or between 90 and 100",
        "calc",
        "rate",
        "--in",
        "x.csv",
        "--count",
        "x",
        "--denominator",
        "n",
        "--confidence",
        "80",
        "--out",
        "-");
  }

  @Test
  void aMultiplierMustBePositive() {
    assertUsage(
        "outcomes: --multiplier must be a number greater than zero",
        "calc",
        "rate",
        "--in",
        "x.csv",
        "--count",
        "x",
        "--denominator",
        "n",
        "--multiplier",
        "0",
        "--out",
        "-");
  }

  @Test
  void aDsrNeedsAnAgeColumnToMatchTheStandardPopulation() {
    assertUsage(
        "outcomes: name the age band column (--age-start or --age-band) to match rows to"
            + " the standard population",
        "calc",
        "dsr",
        "--in",
        "x.csv",
        "--count",
        "x",
        "--population",
        "n",
        "--out",
        "-");
  }

  @Test
  void ageStartAndAgeBandDoNotGoTogether() {
    assertUsage(
        "outcomes: give --age-start or --age-band, not both",
        "calc",
        "life-expectancy",
        "--in",
        "x.csv",
        "--deaths",
        "d",
        "--population",
        "n",
        "--age-start",
        "a",
        "--age-band",
        "b",
        "--out",
        "-");
  }

  @Test
  void anIsrRatioHasARefValueNotAMultiplier() {
    assertUsage(
        "outcomes: --multiplier goes with --type rate; a ratio has --ref-value",
        "calc",
        "isr",
        "--in",
        "x.csv",
        "--count",
        "x",
        "--population",
        "n",
        "--ref-count",
        "rx",
        "--ref-population",
        "rn",
        "--multiplier",
        "100",
        "--out",
        "-");
  }

  @Test
  void anSiiTransformNeedsLimitsNotStandardErrors() {
    assertUsage(
        "outcomes: --transform needs --lower and --upper, not --se",
        "calc",
        "sii",
        "--in",
        "x.csv",
        "--quantile",
        "q",
        "--population",
        "n",
        "--value",
        "v",
        "--se",
        "se",
        "--value-type",
        "rate",
        "--transform",
        "--out",
        "-");
  }

  @Test
  void aRatioFunnelNeedsExpectedEvents() {
    assertUsage(
        "outcomes: --type ratio needs --expected",
        "calc",
        "funnel",
        "--type",
        "ratio",
        "--in",
        "x.csv",
        "--count",
        "o",
        "--out",
        "-");
  }

  @Test
  void aFunnelOptionOfAnotherTypeIsWrongUsage() {
    assertUsage(
        "outcomes: --rate does not go with --type proportion",
        "calc",
        "funnel",
        "--type",
        "proportion",
        "--in",
        "x.csv",
        "--count",
        "x",
        "--denominator",
        "n",
        "--rate",
        "r",
        "--out",
        "-");
  }

  @Test
  void debugAfterTheMethodAddsTheStackTrace() throws IOException {
    Path in = Files.writeString(dir.resolve("in.csv"), "x,n\n12,10\n");

    CliRun run =
        CliRun.of(
            "calc",
            "proportion",
            "--debug",
            "--in",
            in.toString(),
            "--count",
            "x",
            "--denominator",
            "n",
            "--out",
            dir.resolve("out.csv").toString());

    assertEquals(65, run.code(), run.toString());
    assertEquals(
        "outcomes: "
            + in
            + ":2:1: x 12 is greater than n 10: a proportion's count cannot"
            + " exceed its denominator",
        run.errLines().get(0));
    assertTrue(run.err().contains("\tat outcomes."), run.err());
  }

  // ---- what is written ----

  @Test
  void anInputWithOnlyAHeaderGivesOnlyAHeader() throws IOException {
    Path in = Files.writeString(dir.resolve("in.csv"), "area,x,n\n");

    CliRun rows =
        CliRun.of(
            "calc",
            "rate",
            "--in",
            in.toString(),
            "--count",
            "x",
            "--denominator",
            "n",
            "--out",
            "-");
    CliRun groups =
        CliRun.of(
            "calc",
            "rate",
            "--in",
            in.toString(),
            "--group",
            "area",
            "--count",
            "x",
            "--denominator",
            "n",
            "--confidence",
            "95",
            "--out",
            "-");

    assertEquals(0, rows.code(), rows.toString());
    assertEquals(
        List.of(
            "area,x,n,value,lower95_0cl,upper95_0cl,lower99_8cl,upper99_8cl,"
                + "statistic,method,note"),
        rows.outLines());
    assertEquals(
        List.of("area,x,n,value,lower95_0cl,upper95_0cl,statistic,method,note"), groups.outLines());
  }

  @Test
  void writesEveryInputColumnThenTheResultAndNeutralisesFormulae() throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("in.csv"),
            "code,name,x,n\nE1,=SUM(A1),5,10\nE2,\"-2, south\",NA,10\nE3,@x,1,1\n");

    List<Map<String, String>> out =
        CalcVectors.parse(
            CliRun.of(
                    "calc",
                    "proportion",
                    "--in",
                    in.toString(),
                    "--count",
                    "x",
                    "--denominator",
                    "n",
                    "--out",
                    "-")
                .out());

    assertEquals(
        List.of(
            "code",
            "name",
            "x",
            "n",
            "value",
            "lower95_0cl",
            "upper95_0cl",
            "lower99_8cl",
            "upper99_8cl",
            "statistic",
            "method",
            "note"),
        List.copyOf(out.get(0).keySet()));
    assertEquals("'=SUM(A1)", out.get(0).get("name"));
    assertEquals("0.5", out.get(0).get("value"));
    assertEquals("'-2, south", out.get(1).get("name"));
    assertEquals("NA", out.get(1).get("x"), "input cells are written as they came");
    assertEquals("", out.get(1).get("value"));
    assertEquals("numerator missing", out.get(1).get("note"));
    assertEquals("'@x", out.get(2).get("name"));
    assertEquals("1", out.get(2).get("value"));
  }

  @Test
  void confidenceChoosesTheLimitColumnsLowestFirst() throws IOException {
    Path in = Files.writeString(dir.resolve("in.csv"), "x,n\n5,10\n");

    CliRun one =
        CliRun.of(
            "calc",
            "rate",
            "--in",
            in.toString(),
            "--count",
            "x",
            "--denominator",
            "n",
            "--confidence",
            "99.8",
            "--out",
            "-");
    CliRun both =
        CliRun.of(
            "calc",
            "rate",
            "--in",
            in.toString(),
            "--count",
            "x",
            "--denominator",
            "n",
            "--confidence",
            "0.998,0.95",
            "--out",
            "-");

    assertEquals("x,n,value,lower99_8cl,upper99_8cl,statistic,method,note", one.outLines().get(0));
    assertEquals(
        "x,n,value,lower95_0cl,upper95_0cl,lower99_8cl,upper99_8cl,statistic,method,note",
        both.outLines().get(0));
  }

  @Test
  void groupsComeOutInTheOrderTheyFirstAppearEvenWhenInterleaved() throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("in.csv"), "area,sex,x,n\nB,F,1,10\nA,F,2,10\nB,F,3,10\nA,M,4,10\n");

    List<Map<String, String>> out =
        CalcVectors.parse(
            CliRun.of(
                    "calc",
                    "proportion",
                    "--in",
                    in.toString(),
                    "--group",
                    "area",
                    "--group",
                    "sex",
                    "--count",
                    "x",
                    "--denominator",
                    "n",
                    "--out",
                    "-")
                .out());

    assertEquals(
        List.of("B|F|4|20", "A|F|2|10", "A|M|4|10"),
        out.stream()
            .map(r -> r.get("area") + "|" + r.get("sex") + "|" + r.get("x") + "|" + r.get("n"))
            .toList());
    assertEquals("0.2", out.get(0).get("value"));
  }

  @Test
  void theSiiSeedMakesARunRepeatable() throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("in.csv"),
            "q,pop,value,se\n1,100,70,1\n2,100,72,1\n3,100,73,1\n4,100,76,1\n5,100,77,1\n");
    String[] base = {
      "calc",
      "sii",
      "--in",
      in.toString(),
      "--quantile",
      "q",
      "--population",
      "pop",
      "--value",
      "value",
      "--se",
      "se",
      "--reps",
      "1000",
      "--out",
      "-"
    };

    CliRun a = CliRun.of(base);
    CliRun b = CliRun.of(base);
    CliRun c = CliRun.of(concat(base, "--seed", "2"));

    assertEquals(0, a.code(), a.toString());
    assertEquals(a.out(), b.out());
    assertNotEquals(a.out(), c.out());
    assertEquals(
        List.of(
            "value",
            "lower95_0cl",
            "upper95_0cl",
            "lower99_8cl",
            "upper99_8cl",
            "statistic",
            "method",
            "note"),
        List.copyOf(CalcVectors.parse(a.out()).get(0).keySet()));
  }

  @Test
  void anOutputThatCannotBeWrittenExits74() throws IOException {
    Path in = Files.writeString(dir.resolve("in.csv"), "x,n\n5,10\n");
    Path blocked = Files.writeString(dir.resolve("file"), "");

    CliRun run =
        CliRun.of(
            "calc",
            "rate",
            "--in",
            in.toString(),
            "--count",
            "x",
            "--denominator",
            "n",
            "--out",
            blocked.resolve("out.csv").toString());

    assertEquals(74, run.code(), run.toString());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(
        run.err()
            .startsWith("outcomes: " + blocked.resolve("out.csv") + ": cannot be" + " written"),
        run.err());
  }

  private static String[] concat(String[] a, String... b) {
    return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b))
        .toArray(String[]::new);
  }

  private static void assertUsage(String firstLine, String... args) {
    CliRun run = CliRun.of(args);

    assertEquals(2, run.code(), run.toString());
    assertEquals(firstLine, run.errLines().get(0), run.toString());
    assertTrue(
        run.errLines().get(run.errLines().size() - 1).startsWith("Try 'outcomes calc"), run.err());
    assertEquals("", run.out());
  }
}
