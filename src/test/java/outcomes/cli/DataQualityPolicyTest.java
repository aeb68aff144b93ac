package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.ingest.Extract;
import outcomes.model.Comparison;
import outcomes.model.Polarity;

/**
 * The one data-quality policy (outcomes.model.DataRule), as each command applies it: one test per
 * rule and command use. The files are the real campylobacter rows with one cell changed; each of
 * their records spans two lines (the indicator name ends in a line break), so row n starts on line
 * 2n.
 */
class DataQualityPolicyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path file(Extract e) {
    return e.write(dir.resolve("extract.csv"));
  }

  private static CliRun compare(Path file) {
    return CliRun.of("compare", "--in", file.toString(), "--polarity", "low-is-good", "--out", "-");
  }

  // ---- a value outside its own limits: a warning everywhere, the row still read ----

  @Test
  void aValueOutsideItsLimitsIsAWarningInInspectAndCompare() throws IOException {
    Path f = file(Extract.of(Extract.REAL_26).set(3, "Value", "85.3"));

    CliRun inspect = CliRun.of("inspect", "--format", "json", f.toString());
    assertEquals(0, inspect.code(), inspect.toString());
    assertEquals(
        List.of(
            "outcomes: "
                + f
                + ":6:13: warning: the value 85.3 lies outside its 95%"
                + " limits 47.0258779584932 to 71.5421456421208 (a value rounded, its limits not?)"),
        inspect.errLines());
    assertEquals(1, JSON.readTree(inspect.out()).at("/findings/value-outside-limits").asLong());

    CliRun latest = CliRun.of("inspect", "--latest", f.toString());
    assertEquals(0, latest.code(), latest.toString());
    assertEquals("", latest.err(), "--latest does not read the limits");

    CliRun compared = compare(f);
    assertEquals(0, compared.code(), compared.toString());
    assertTrue(
        compared
            .err()
            .startsWith(
                "outcomes: " + f + ":6:13: warning: the value 85.3 lies" + " outside its limits"),
        compared.err());
  }

  // ---- reversed limits: inspect warns, a command that uses limits refuses ----

  @Test
  void reversedLimitsAreAWarningInInspectAndAnErrorInCompare() {
    Path f =
        file(
            Extract.of(Extract.REAL_26)
                .set(3, "Lower CI 95.0 limit", "71.5421456421208")
                .set(3, "Upper CI 95.0 limit", "47.0258779584932"));

    CliRun inspect = CliRun.of("inspect", f.toString());
    assertEquals(0, inspect.code(), inspect.toString());
    assertEquals(
        List.of(
            "outcomes: "
                + f
                + ":6:14: warning: the lower 95% limit 71.5421456421208"
                + " is above the upper 47.0258779584932: the limits are reversed"),
        inspect.errLines());
    // --latest takes values only: it does not read the limits
    CliRun latest = CliRun.of("inspect", "--latest", f.toString());
    assertEquals(0, latest.code(), latest.toString());
    assertEquals("", latest.err());
    CliRun compared = compare(f);
    assertEquals(65, compared.code(), compared.toString());
    assertTrue(
        compared
            .err()
            .startsWith(
                "outcomes: "
                    + f
                    + ":6:14: lower-95 71.5421456421208 is"
                    + " above upper-95 47.0258779584932: the limits are reversed"),
        compared.err());
  }

  // ---- repeated rows: identical accepted silently, conflicting never decided by order ----

  @Test
  void anIdenticalRepeatIsAcceptedSilently() throws IOException {
    Path f = file(Extract.of(Extract.REAL_26).repeatRow(3).repeatRow(1));

    CliRun inspect = CliRun.of("inspect", "--format", "json", f.toString());
    assertEquals(0, inspect.code(), inspect.toString());
    assertEquals("", inspect.err());
    assertEquals(4, JSON.readTree(inspect.out()).get("series").asLong());
    assertEquals(0, CliRun.of("inspect", "--latest", f.toString()).code());
    CliRun compared = compare(f);
    assertEquals(0, compared.code(), compared.toString());
    assertEquals("", compared.err());
  }

  @Test
  void aConflictingRepeatIsAWarningInInspectAndRefusedWhereAValueIsTaken() throws IOException {
    Path f = file(Extract.of(Extract.REAL_26).repeatRow(3).set(13, "Value", "60"));
    String warning =
        f
            + ":26: warning: this row repeats E09000020, Persons, All ages, 2015 of"
            + " indicator 93356 from line 6 with different figures (value '60' here,"
            + " '58.3345486364299' there): which is right cannot be told, and is not decided by their"
            + " order; remove the wrong row";

    CliRun inspect = CliRun.of("inspect", "--format", "json", f.toString());
    assertEquals(0, inspect.code(), inspect.toString());
    assertEquals(List.of("outcomes: " + warning), inspect.errLines());
    JsonNode s = JSON.readTree(inspect.out());
    assertEquals(1, s.at("/findings/conflicting-duplicate").asLong());
    assertEquals(26, s.at("/findingsListed/0/line").asLong());

    CliRun latest = CliRun.of("inspect", "--latest", f.toString());
    assertEquals(65, latest.code(), latest.toString());
    assertEquals(
        List.of("outcomes: " + warning.replace(":26: warning: ", ":26: ")), latest.errLines());

    CliRun compared = compare(f);
    assertEquals(65, compared.code(), compared.toString());
    assertTrue(
        compared
            .err()
            .startsWith(
                "outcomes: "
                    + f
                    + ":26: this row gives Kensington and"
                    + " Chelsea (E09000020) 2015 a different value or limits from line 6"),
        compared.err());
  }

  @Test
  void aConflictingRepeatAcrossTwoFilesNamesTheOtherFile() {
    Path a = Extract.of(Extract.REAL_26).write(dir.resolve("a.csv"));
    Path b = Extract.of(Extract.REAL_27).set(3, "Value", "60").write(dir.resolve("b.csv"));

    CliRun latest = CliRun.of("inspect", "--latest", a.toString(), b.toString());
    assertEquals(65, latest.code(), latest.toString());
    assertTrue(
        latest
            .err()
            .startsWith(
                "outcomes: "
                    + b
                    + ":6: this row repeats E09000020,"
                    + " Persons, All ages, 2015 of indicator 93356 from "
                    + a
                    + ":6 with different figures"),
        latest.err());
  }

  // ---- what a number cell may hold ----

  @Test
  void markupMissingMarkersAndThousandsSeparatorsAreReadNotRefused() throws IOException {
    Path f =
        file(
            Extract.of(Extract.REAL_26)
                .set(3, "Value", "<div class=\"no-data\">-</div>")
                .set(3, "Count", "<div class=\"no-data\">-</div>")
                .set(4, "Value", "NA")
                .set(1, "Count", "\"51,897\"".replace("\"", ""))
                .set(1, "Denominator", "54,786,327"));

    CliRun inspect = CliRun.of("inspect", "--format", "json", f.toString());
    assertEquals(0, inspect.code(), inspect.toString());
    JsonNode missing = JSON.readTree(inspect.out()).at("/indicators/0/missing");
    assertEquals(1, missing.get("-").asLong(), missing.toString());
    assertEquals(1, missing.get("NA").asLong(), missing.toString());
    CliRun compared = compare(f);
    assertEquals(0, compared.code(), compared.toString());
  }

  @Test
  void aCountThatIsNotANumberIsReadAsMissingWithAWarning() {
    Path f = file(Extract.of(Extract.REAL_26).set(3, "Count", "ninety"));

    CliRun inspect = CliRun.of("inspect", f.toString());
    assertEquals(0, inspect.code(), inspect.toString());
    assertEquals("", inspect.err(), "inspect does not read counts");
    CliRun compared = compare(f);
    assertEquals(0, compared.code(), compared.toString());
    assertEquals(
        List.of(
            "outcomes: "
                + f
                + ":6:18: warning: count 'ninety' is not a number: read"
                + " as missing"),
        compared.errLines());
  }

  // ---- names as R and Python write them ----

  @Test
  void readsAFileWrittenBackByRWithARowNumberColumnAndNa() throws IOException {
    String text = Extract.of(Extract.REAL_26).text("\n");
    List<String> lines = text.lines().toList();
    String header =
        "\"\","
            + String.join(
                ",",
                Extract.of(Extract.REAL_26).header().stream()
                    .map(h -> "\"" + h.replace(' ', '.') + "\"")
                    .toList());
    StringBuilder b = new StringBuilder(header).append('\n');
    int n = 0;
    for (int i = 1; i < lines.size(); i++) {
      // each record spans two lines: number it where it starts
      b.append(i % 2 == 1 ? "\"" + (++n) + "\"," : "").append(lines.get(i)).append('\n');
    }
    Path f =
        Files.writeString(
            dir.resolve("written-back.csv"),
            b.toString().replace(",,", ",NA,"),
            StandardCharsets.UTF_8);

    CliRun inspect = CliRun.of("inspect", f.toString());
    assertEquals(0, inspect.code(), inspect.toString());
    assertEquals(
        "  read as   Fingertips data written back by R or Python, 27 columns; leading"
            + " row-number column ignored",
        inspect.outLines().get(1));
    assertEquals("  12 rows, 12 with a value, 4 series", inspect.outLines().get(2));
  }

  // ---- judging as Fingertips does ----

  @Test
  void quintilesAreNamedInFingertipsWords() {
    assertEquals(
        List.of(
            "Lowest quintile",
            "2nd lowest quintile",
            "Middle quintile",
            "2nd highest quintile",
            "Highest quintile"),
        java.util.stream.IntStream.rangeClosed(1, 5)
            .mapToObj(q -> Comparison.quintile(q).label())
            .toList());
    assertEquals(
        Comparison.LOWEST_QUINTILE, Comparison.fromLabel("Best quintile", Polarity.LOW_IS_GOOD));
    assertEquals(
        Comparison.HIGHEST_QUINTILE, Comparison.fromLabel("Best quintile", Polarity.HIGH_IS_GOOD));
    assertEquals(
        Comparison.LOW_QUINTILE, Comparison.fromLabel("2nd worst quintile", Polarity.HIGH_IS_GOOD));
    assertEquals(Comparison.LOW_QUINTILE, Comparison.fromLabel("Low quintile"));
  }

  @Test
  void quintilesAgainstEnglandNeedEveryAreaOfTheTypeOrAParentToRankWithin() {
    Path f = file(Extract.of(Extract.REAL_26));

    CliRun national =
        CliRun.of(
            "compare",
            "--in",
            f.toString(),
            "--polarity",
            "low-is-good",
            "--method",
            "quintiles",
            "--out",
            "-");
    assertEquals(65, national.code(), national.toString());
    assertTrue(
        national
            .err()
            .contains(
                "the extract holds only the County & UA areas of E12000007"
                    + " (2 of them) for 2015: quintiles against England rank every area of that type in"
                    + " England, so these cannot be: use a national download, or rank within the parent with"
                    + " --within E12000007"),
        national.err());

    CliRun within =
        CliRun.of(
            "compare",
            "--in",
            f.toString(),
            "--polarity",
            "low-is-good",
            "--method",
            "quintiles",
            "--within",
            "E12000007",
            "--out",
            "-");
    assertEquals(0, within.code(), within.toString());
  }

  @Test
  void aPolarityIsGivenPerIndicatorOrNamedAsMissing() {
    Path f = file(Extract.of(Extract.REAL_26));

    CliRun ok =
        CliRun.of(
            "compare",
            "--in",
            f.toString(),
            "--polarity",
            "93356=low-is-good",
            "--check",
            "--out",
            "-");
    assertEquals(0, ok.code(), ok.toString());

    CliRun other =
        CliRun.of(
            "compare", "--in", f.toString(), "--polarity", "90366=high-is-good", "--out", "-");
    assertEquals(2, other.code(), other.toString());
    assertTrue(
        other
            .err()
            .contains("no polarity for indicator 93356: give --polarity" + " 93356=low-is-good"),
        other.err());
  }
}
