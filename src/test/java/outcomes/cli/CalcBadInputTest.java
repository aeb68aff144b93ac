package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * calc on bad input: one test per case, each asserting the exit code (65 bad data, 66 missing file)
 * and the one line on standard error, {@code outcomes: FILE:LINE:COLUMN: message}, and that no
 * output file is left behind.
 */
class CalcBadInputTest {
  @TempDir Path dir;
  Path out;

  @BeforeEach
  void setUp() {
    out = dir.resolve("out.csv");
  }

  // ---- proportion and rate: per row ----

  @Test
  void refusesACountAboveItsDenominatorForAProportion() throws IOException {
    Path in = csv("area,cases,pop", "A,5,10", "B,12,10");

    assertFails(
        65,
        in
            + ":3:2: cases 12 is greater than pop 10: a proportion's count cannot"
            + " exceed its denominator",
        "proportion",
        "--in",
        in,
        "--count",
        "cases",
        "--denominator",
        "pop");
  }

  @Test
  void refusesANegativeCount() throws IOException {
    Path in = csv("area,cases,pop", "A,5,10", "B,-1,10");

    assertFails(
        65,
        in + ":3:2: cases -1 is negative: it must be zero or more",
        "rate",
        "--in",
        in,
        "--count",
        "cases",
        "--denominator",
        "pop");
  }

  @Test
  void refusesACellThatIsNotANumber() throws IOException {
    Path in = csv("area,cases,pop", "A,5,10", "B,five,10");

    assertFails(
        65,
        in
            + ":3:2: cases 'five' is not a number (leave the cell empty, or write NA,"
            + " for a missing value)",
        "proportion",
        "--in",
        in,
        "--count",
        "cases",
        "--denominator",
        "pop");
  }

  @Test
  void refusesADenominatorOfZero() throws IOException {
    Path in = csv("area,cases,pop", "A,0,0");

    assertFails(
        65,
        in + ":2:3: pop is 0: it must be greater than zero",
        "rate",
        "--in",
        in,
        "--count",
        "cases",
        "--denominator",
        "pop");
  }

  @Test
  void refusesAColumnTheHeaderDoesNotHave() throws IOException {
    Path in = csv("area,cases,pop", "A,5,10");

    assertFails(
        65,
        in
            + ":1: no column named 'count' (--count) in the header; its columns are"
            + " area, cases, pop",
        "proportion",
        "--in",
        in,
        "--count",
        "count",
        "--denominator",
        "pop");
  }

  @Test
  void refusesAGroupColumnTheHeaderDoesNotHave() throws IOException {
    Path in = csv("area,cases,pop", "A,5,10");

    assertFails(
        65,
        in
            + ":1: no column named 'region' (--group) in the header; its columns are"
            + " area, cases, pop",
        "proportion",
        "--in",
        in,
        "--group",
        "region",
        "--count",
        "cases",
        "--denominator",
        "pop");
  }

  @Test
  void refusesAColumnNamedTwice() throws IOException {
    Path in = csv("area,cases,cases,pop", "A,5,6,10");

    assertFails(
        65,
        in + ":1:3: columns 2 and 3 are both named 'cases' (--count): rename one",
        "proportion",
        "--in",
        in,
        "--count",
        "cases",
        "--denominator",
        "pop");
  }

  @Test
  void refusesAnInputWithAColumnTheOutputAdds() throws IOException {
    Path in = csv("area,cases,pop,value", "A,5,10,0.5");

    assertFails(
        65,
        in
            + ":1: the output would have two columns named 'value': rename the"
            + " input's column 'value'",
        "proportion",
        "--in",
        in,
        "--count",
        "cases",
        "--denominator",
        "pop");
  }

  @Test
  void refusesARowWithMoreCellsThanTheHeader() throws IOException {
    Path in = csv("area,cases,pop", "A,5,10", "B,5,10,x");

    assertFails(
        65,
        in
            + ":3:4: this row has 4 cells but the header has 3: check for an extra"
            + " comma, or an unquoted comma in a name",
        "proportion",
        "--in",
        in,
        "--count",
        "cases",
        "--denominator",
        "pop");
  }

  @Test
  void refusesAMissingInputFile() {
    Path in = dir.resolve("nowhere.csv");

    assertFails(
        66,
        in + ": no such file: check the path",
        "proportion",
        "--in",
        in,
        "--count",
        "cases",
        "--denominator",
        "pop");
  }

  // ---- life expectancy ----

  @Test
  void refusesAGroupWithoutEveryLifeTableBand() throws IOException {
    List<String> rows = lifeTable("A");
    rows.remove(18); // 85-89
    Path in = csv("area,age,deaths,pop", rows);

    assertFails(
        65,
        in
            + ":2:2: group area=A: no row for the band starting at age 85: life"
            + " expectancy needs all 20 bands, [0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60,"
            + " 65, 70, 75, 80, 85, 90]",
        "life-expectancy",
        "--in",
        in,
        "--group",
        "area",
        "--age-band",
        "age",
        "--deaths",
        "deaths",
        "--population",
        "pop");
  }

  @Test
  void refusesALifeTableBandGivenTwice() throws IOException {
    List<String> rows = lifeTable("A");
    rows.add("A,90+,1,10");
    Path in = csv("area,age,deaths,pop", rows);

    assertFails(
        65,
        in + ":22:2: a second row for the band starting at age 90 in this group",
        "life-expectancy",
        "--in",
        in,
        "--group",
        "area",
        "--age-band",
        "age",
        "--deaths",
        "deaths",
        "--population",
        "pop");
  }

  @Test
  void refusesAnAgeThatStartsNoLifeTableBand() throws IOException {
    List<String> rows = lifeTable("A");
    rows.set(1, "A,2-4,9,35059");
    Path in = csv("area,age,deaths,pop", rows);

    assertFails(
        65,
        in
            + ":3:2: no life-table band starts at age 2; the 20 bands start at [0, 1,"
            + " 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]",
        "life-expectancy",
        "--in",
        in,
        "--group",
        "area",
        "--age-band",
        "age",
        "--deaths",
        "deaths",
        "--population",
        "pop");
  }

  @Test
  void refusesABandLabelWithoutAnAge() throws IOException {
    List<String> rows = lifeTable("A");
    rows.set(2, "A,children,4,46974");
    Path in = csv("area,age,deaths,pop", rows);

    assertFails(
        65,
        in
            + ":4:2: age 'children' is not an age band: it needs the band's first"
            + " age, as in 0-4, 90+ or <1",
        "life-expectancy",
        "--in",
        in,
        "--group",
        "area",
        "--age-band",
        "age",
        "--deaths",
        "deaths",
        "--population",
        "pop");
  }

  @Test
  void refusesNegativeDeaths() throws IOException {
    List<String> rows = lifeTable("A");
    rows.set(4, "A,15-19,-5,48000");
    Path in = csv("area,age,deaths,pop", rows);

    assertFails(
        65,
        in + ":6:3: deaths -5 is negative: it must be zero or more",
        "life-expectancy",
        "--in",
        in,
        "--group",
        "area",
        "--age-band",
        "age",
        "--deaths",
        "deaths",
        "--population",
        "pop");
  }

  @Test
  void refusesAMissingDeathCount() throws IOException {
    List<String> rows = lifeTable("A");
    rows.set(4, "A,15-19,,48000");
    Path in = csv("area,age,deaths,pop", rows);

    assertFails(
        65,
        in + ":6:3: deaths is empty: life expectancy needs every band's deaths and" + " population",
        "life-expectancy",
        "--in",
        in,
        "--group",
        "area",
        "--age-band",
        "age",
        "--deaths",
        "deaths",
        "--population",
        "pop");
  }

  // ---- dsr, isr, sii ----

  @Test
  void refusesADsrGroupWithAGapInItsBands() throws IOException {
    Path in = csv("area,age,deaths,pop", "A,0,5,100", "A,5,5,100", "A,15,5,100");

    assertFails(
        65,
        in
            + ":2:2: group area=A: no row for the band starting at age 10: give every"
            + " band from the youngest to the oldest, with a count of 0 where there were none",
        "dsr",
        "--in",
        in,
        "--group",
        "area",
        "--age-start",
        "age",
        "--count",
        "deaths",
        "--population",
        "pop");
  }

  @Test
  void refusesDsrGroupsWithDifferentBands() throws IOException {
    Path in = csv("area,age,deaths,pop", "A,0,5,100", "A,5,5,100", "B,0,5,100");

    assertFails(
        65,
        in
            + ":4:2: group area=B: its bands run from age 0 to 0 but those of group"
            + " area=A from 0 to 5: every group needs the same bands",
        "dsr",
        "--in",
        in,
        "--group",
        "area",
        "--age-start",
        "age",
        "--count",
        "deaths",
        "--population",
        "pop");
  }

  @Test
  void refusesAnAgeThatStartsNoBandOfTheStandardPopulation() throws IOException {
    Path in = csv("area,age,deaths,pop", "A,0,5,100", "A,1,5,100");

    assertFails(
        65,
        in
            + ":3:2: no band of the European Standard Population 2013 starts at age 1;"
            + " its bands start at [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80,"
            + " 85, 90]",
        "dsr",
        "--in",
        in,
        "--age-start",
        "age",
        "--count",
        "deaths",
        "--population",
        "pop");
  }

  @Test
  void refusesADsrBandWithoutAPopulation() throws IOException {
    Path in = csv("area,age,deaths,pop", "A,0,5,100", "A,5,5,");

    assertFails(
        65,
        in + ":3:4: pop is empty: every band needs its population",
        "dsr",
        "--in",
        in,
        "--age-start",
        "age",
        "--count",
        "deaths",
        "--population",
        "pop");
  }

  @Test
  void refusesAnIsrBandWithoutAReferencePopulation() throws IOException {
    Path in = csv("area,deaths,pop,ref_deaths,ref_pop", "A,5,100,50,1000", "A,5,100,50,NA");

    assertFails(
        65,
        in + ":3:5: ref_pop is empty: every band needs its reference population",
        "isr",
        "--in",
        in,
        "--count",
        "deaths",
        "--population",
        "pop",
        "--ref-count",
        "ref_deaths",
        "--ref-population",
        "ref_pop");
  }

  @Test
  void refusesAnSiiGroupWithTooFewQuantiles() throws IOException {
    Path in =
        csv("area,q,pop,value,se", "A,1,100,70,1", "A,2,100,72,1", "A,3,100,74,1", "A,4,100,76,1");

    assertFails(
        65,
        in + ":2:2: group area=A: 4 quantiles: the SII needs 5 to 100",
        "sii",
        "--in",
        in,
        "--group",
        "area",
        "--quantile",
        "q",
        "--population",
        "pop",
        "--value",
        "value",
        "--se",
        "se");
  }

  @Test
  void refusesAPercentageWhereTheSiiNeedsAProportion() throws IOException {
    Path in = csv("area,q,pop,value,se", "A,1,100,45.5,1");

    assertFails(
        65,
        in
            + ":2:4: value 45.5 must be between 0 and 1 for --value-type proportion"
            + " (a proportion, not a percentage)",
        "sii",
        "--in",
        in,
        "--quantile",
        "q",
        "--population",
        "pop",
        "--value",
        "value",
        "--se",
        "se",
        "--value-type",
        "proportion");
  }

  @Test
  void refusesAProportionFunnelCountAboveItsDenominator() throws IOException {
    Path in = csv("area,x,n", "A,5,10", "B,11,10");

    assertFails(
        65,
        in
            + ":3:2: x 11 is greater than n 10: a proportion's count cannot exceed its"
            + " denominator",
        "funnel",
        "--type",
        "proportion",
        "--in",
        in,
        "--count",
        "x",
        "--denominator",
        "n");
  }

  /** A failed run leaves an earlier output as it was. */
  @Test
  void leavesAnEarlierOutputUntouched() throws IOException {
    Files.writeString(out, "earlier\n");
    Path in = csv("area,cases,pop", "A,5,10", "B,12,10");

    CliRun run = run("proportion", "--in", in, "--count", "cases", "--denominator", "pop");

    assertEquals(65, run.code(), run.toString());
    assertEquals("earlier\n", Files.readString(out));
    try (var files = Files.list(dir)) {
      assertEquals(
          List.of(),
          files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
          "no temporary file left");
    }
  }

  private List<String> lifeTable(String area) {
    String[] labels = {
      "<1", "1-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
      "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"
    };
    List<String> rows = new ArrayList<>();
    for (String label : labels) {
      rows.add(area + "," + label + ",10,10000");
    }
    return rows;
  }

  private Path csv(String header, String... rows) throws IOException {
    return csv(header, List.of(rows));
  }

  private Path csv(String header, List<String> rows) throws IOException {
    Path file = dir.resolve("in-" + rows.size() + "-" + System.nanoTime() + ".csv");
    Files.writeString(file, header + "\n" + String.join("\n", rows) + "\n");
    return file;
  }

  private CliRun run(Object... args) {
    List<String> all = new ArrayList<>(List.of("calc"));
    for (Object a : args) {
      all.add(a.toString());
    }
    all.addAll(List.of("--out", out.toString()));
    return CliRun.of(all.toArray(String[]::new));
  }

  private void assertFails(int code, String message, Object... args) {
    boolean existed = Files.exists(out);
    CliRun run = run(args);

    assertEquals(code, run.code(), run.toString());
    assertEquals(List.of("outcomes: " + message), run.errLines(), run.toString());
    assertEquals("", run.out());
    if (!existed) {
      assertFalse(Files.exists(out), "no output file after a failure");
    }
  }
}
