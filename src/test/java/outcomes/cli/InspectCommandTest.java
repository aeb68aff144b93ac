package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import outcomes.ingest.Extract;

/**
 * `outcomes inspect` on bad input: one test per case, each asserting the exit code (65 bad input,
 * 66 missing) and the one line on standard error, {@code outcomes: FILE:LINE:COLUMN: message}. The
 * extracts are the 12 real London rows ({@link Extract#REAL_26}) with one thing changed; their
 * record k starts on line 2k because the quoted Indicator Name holds a line break.
 */
class InspectCommandTest {
  @TempDir Path dir;

  // ---- accepted ----

  /** --out - is standard output, as for every command that writes a file; no file named "-". */
  @Test
  void outDashIsStandardOutput() throws IOException {
    Path file = Extract.resource(Extract.REAL_26);
    CliRun toFile =
        CliRun.of(
            "inspect",
            "--latest",
            "--format",
            "csv",
            "--out",
            dir.resolve("latest.csv").toString(),
            file.toString());
    CliRun dash =
        CliRun.of("inspect", "--latest", "--format", "csv", "--out", "-", file.toString());
    assertEquals(0, dash.code(), dash.toString());
    assertEquals(Files.readString(dir.resolve("latest.csv")), dash.out());
    assertTrue(Files.notExists(Path.of("-")), "a file named -");
    assertEquals(0, toFile.code(), toFile.toString());
  }

  @Test
  void countsAnEmptyValueAsMissingNotAsZero() {
    // Westminster 2017 (record 12) loses its value: its latest valued row becomes 2016's.
    Path file = Extract.of(Extract.REAL_26).set(12, "Value", "").write(dir.resolve("blank.csv"));

    CliRun run = CliRun.of("inspect", "--format", "json", file.toString());
    assertEquals(0, run.code(), run.toString());
    assertTrue(run.out().contains("\"rowsWithValue\" : 11,"), run.out());
    assertTrue(run.out().contains("\"(no value note)\" : 1"), run.out());

    CliRun latest = CliRun.of("inspect", "--latest", "--format", "csv", file.toString());
    assertTrue(latestRowOf(latest, "E09000033").contains(",2016,46.4432544201863,"), latest.out());
  }

  @Test
  void acceptsAUtf8ByteOrderMark() throws IOException {
    Path plain = Extract.resource(Extract.REAL_26);
    Path bom = dir.resolve("bom.csv");
    byte[] body = Files.readAllBytes(plain);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Files.write(bom, bytes);

    assertSameSummary(plain, bom);
  }

  @Test
  void readsLfLineEndingsAsCrlf() {
    Path crlf = Extract.resource(Extract.REAL_26);
    Path lf =
        Extract.of(Extract.REAL_26).write(dir.resolve("lf.csv"), "\n", StandardCharsets.UTF_8);

    assertSameSummary(crlf, lf);
  }

  @Test
  void readsAHeaderWithNoRows() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("header.csv"),
            String.join(",", Extract.of(Extract.REAL_26).header()) + "\r\n");

    CliRun run = CliRun.of("inspect", "--format", "json", file.toString());
    assertEquals(0, run.code(), run.toString());
    assertTrue(run.out().contains("\"rows\" : 0,"), run.out());
    assertTrue(run.out().contains("\"indicators\" : [ ]"), run.out());
  }

  // ---- refused: exit 65 ----

  @ParameterizedTest(name = "Value \"{0}\"")
  @ValueSource(strings = {"abc", "NaN", "Infinity", "1.5d", "0x10"})
  void refusesAValueThatIsNotANumber(String value) {
    Path file = Extract.of(Extract.REAL_26).set(3, "Value", value).write(dir.resolve("value.csv"));

    assertFails(
        65, file + ":6:13: Value '" + value + "' is not a number", "inspect", file.toString());
  }

  @Test
  void refusesARowCutShort() {
    Path file = Extract.of(Extract.REAL_26).truncateRow(3, 11).write(dir.resolve("cut.csv"));

    assertFails(
        65,
        file
            + ":6:12: this row has only 11 cells but 24 are needed: is the row cut short,"
            + " or a comma missing?",
        "inspect",
        file.toString());
  }

  @Test
  void refusesARowWithTooManyCells() {
    Path file = Extract.of(Extract.REAL_26).appendCells(2, "x", "y").write(dir.resolve("wide.csv"));

    assertFails(
        65,
        file
            + ":4:27: this row has 27 cells but the header has 26: check for an extra"
            + " comma, or an unquoted comma in a name",
        "inspect",
        file.toString());
  }

  @Test
  void refusesAnUnterminatedQuote() throws IOException {
    Path file =
        Extract.of(Extract.REAL_26).set(12, "Area Name", "MARK").write(dir.resolve("quote.csv"));
    Files.writeString(file, Files.readString(file).replace(",MARK,", ",\"Westminster,"));

    assertFails(
        65,
        file
            + ":24: a quoted cell starting in this row is never closed: look for a stray"
            + " double quote",
        "inspect",
        file.toString());
  }

  @Test
  void refusesTextAfterAClosingQuoteAtTheLineWhereTheRowStarts() throws IOException {
    // Record 3 starts on line 6; its Area Name, on line 7 after the name's line break, is
    // "Kensington"x.
    Path file =
        Extract.of(Extract.REAL_26).set(3, "Area Name", "MARK").write(dir.resolve("stray.csv"));
    Files.writeString(file, Files.readString(file).replace(",MARK,", ",\"Kensington\"x,"));

    assertFails(
        65,
        file
            + ":6: a quoted cell is followed by more text before the next comma: double any"
            + " quote inside a quoted cell",
        "inspect",
        file.toString());
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.csv"), "");

    assertFails(
        65, file + ": the file is empty: expected a header row", "inspect", file.toString());
  }

  @Test
  void refusesAHeaderWithAWrongName() {
    Path file =
        Extract.of(Extract.REAL_26).renameColumn(13, "Rate").write(dir.resolve("header.csv"));

    assertFails(
        65,
        file
            + ":1: not a Fingertips file: the header has no 'Value' column (a"
            + " Fingertips export's header starts 'Indicator ID,Indicator Name,Parent Code,…')",
        "inspect",
        file.toString());
  }

  @Test
  void refusesAPeriodItCannotRead() {
    Path file =
        Extract.of(Extract.REAL_26)
            .set(3, "Time period", "Spring")
            .write(dir.resolve("period.csv"));

    CliRun run = CliRun.of("inspect", file.toString());
    assertEquals(65, run.code(), run.toString());
    assertTrue(
        run.err().startsWith("outcomes: " + file + ":6:12: Not a time period: \"Spring\""),
        run.err());
  }

  @Test
  void refusesUtf16Text() throws IOException {
    Path file = dir.resolve("utf16.csv");
    byte[] body =
        Files.readString(Extract.resource(Extract.REAL_26)).getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Files.write(file, bytes);

    assertFails(
        65,
        file + ": the file is UTF-16 text: save it as UTF-8 (CSV UTF-8 in Excel)",
        "inspect",
        file.toString());
  }

  @Test
  void refusesBytesThatAreNotUtf8() throws IOException {
    Path file =
        Extract.of(Extract.REAL_26)
            .set(3, "Area Name", "Kensington and Chels\u00e9a")
            .write(dir.resolve("latin1.csv"), "\r\n", StandardCharsets.ISO_8859_1);

    CliRun run = CliRun.of("inspect", file.toString());
    assertEquals(65, run.code(), run.toString());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("outcomes: " + file + ":"), run.err());
    assertTrue(
        run.err()
            .contains(
                ": the text is not valid in its declared encoding: save the file as"
                    + " UTF-8, or declare its encoding"),
        run.err());
  }

  // ---- refused: exit 66 ----

  @Test
  void refusesAFolder() {
    assertFails(66, dir + ": is a folder, not a file: name a CSV file", "inspect", dir.toString());
  }

  @Test
  void refusesAMissingFile() {
    Path file = dir.resolve("no-such-extract.csv");

    assertFails(66, file + ": no such file: check the path", "inspect", file.toString());
  }

  // ---- output ----

  @Test
  void writesToOutWholeAndPrintsNothing() throws IOException {
    Path out = dir.resolve("reports/summary.txt");

    CliRun run =
        CliRun.of("inspect", "--out", out.toString(), Extract.resource(Extract.REAL_26).toString());
    assertEquals(0, run.code(), run.toString());
    assertEquals("", run.out());
    assertTrue(
        Files.readString(out).contains("12 rows, 12 with a value, 4 series"),
        Files.readString(out));
  }

  @Test
  void leavesThePreviousOutputUntouchedWhenTheInputIsBad() throws IOException {
    Path out = Files.writeString(dir.resolve("latest.csv"), "previous run\r\n");
    Path bad = Extract.of(Extract.REAL_26).set(12, "Value", "abc").write(dir.resolve("bad.csv"));

    CliRun run =
        CliRun.of(
            "inspect", "--latest", "--format", "csv", "--out", out.toString(), bad.toString());
    assertEquals(65, run.code(), run.toString());
    assertEquals("previous run\r\n", Files.readString(out));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of("bad.csv", "latest.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary file left behind");
    }
  }

  @Test
  void exitsWith74WhenTheOutputCannotBeWritten() throws IOException {
    // A file where a folder should be: unwritable even for root.
    Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "");
    Path out = notAFolder.resolve("summary.json");

    CliRun run =
        CliRun.of(
            "inspect",
            "--format",
            "json",
            "--out",
            out.toString(),
            Extract.resource(Extract.REAL_26).toString());
    assertEquals(74, run.code(), run.toString());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("outcomes: " + out + ": cannot be written: "), run.err());
  }

  @Test
  void refusesCsvWithoutLatestAsWrongUsage() {
    CliRun run =
        CliRun.of("inspect", "--format", "csv", Extract.resource(Extract.REAL_26).toString());

    assertEquals(2, run.code(), run.toString());
    assertEquals("outcomes: --format csv writes rows: use it with --latest", run.errLines().get(0));
    assertEquals("", run.out());
  }

  @Test
  void writesTheSameTextSummaryWhateverTheMachinesLocale() {
    String real = InspectGoldenTest.EXTRACT;
    Locale before = Locale.getDefault();
    CliRun german;
    try {
      Locale.setDefault(Locale.GERMANY);
      german = CliRun.of("inspect", real, real);
    } finally {
      Locale.setDefault(before);
    }
    assertEquals(0, german.code(), german.toString());
    assertEquals("  1,704 rows, 1,684 with a value, 331 series", german.outLines().get(3));
  }

  // ---- CSV injection ----

  @ParameterizedTest(name = "Area Name \"{0}\"")
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://example.org\",\"Westminster\")",
        "+Westminster",
        "-Westminster",
        "@SUM(A1)"
      })
  void defusesATextCellThatASpreadsheetWouldRunAsAFormula(String name) {
    // Westminster 2017 (record 12) is a latest row.
    Path file =
        Extract.of(Extract.REAL_26).set(12, "Area Name", name).write(dir.resolve("formula.csv"));

    CliRun run = CliRun.of("inspect", "--latest", "--format", "csv", file.toString());
    assertEquals(0, run.code(), run.toString());
    String row = latestRowOf(run, "E09000033");
    String quoted =
        name.contains(",") || name.contains("\"")
            ? "\"'" + name.replace("\"", "\"\"") + "\""
            : "'" + name;
    assertTrue(row.contains(",E09000033," + quoted + ",County & UA,"), row);
  }

  @ParameterizedTest(name = "Value \"{0}\"")
  @ValueSource(strings = {"-48.0586719652362", "-0.5", "+12", "-1e3"})
  void leavesNegativeAndSignedNumbersAsNumbers(String value) {
    Path file =
        Extract.of(Extract.REAL_26).set(12, "Value", value).write(dir.resolve("negative.csv"));

    CliRun run = CliRun.of("inspect", "--latest", "--format", "csv", file.toString());
    assertEquals(0, run.code(), run.toString());
    assertTrue(latestRowOf(run, "E09000033").contains(",2017," + value + ","), run.out());
  }

  // ---- helpers ----

  private static String latestRowOf(CliRun run, String areaCode) {
    List<String> rows =
        run.outLines().stream().filter(l -> l.contains("," + areaCode + ",")).toList();
    assertEquals(1, rows.size(), run.out());
    return rows.get(0);
  }

  private static void assertSameSummary(Path expected, Path actual) {
    CliRun a = CliRun.of("inspect", "--format", "json", expected.toString());
    CliRun b = CliRun.of("inspect", "--format", "json", actual.toString());
    assertEquals(0, b.code(), b.toString());
    assertEquals(
        a.out().replace(expected.toString(), "EXTRACT"),
        b.out().replace(actual.toString(), "EXTRACT"));
  }

  static void assertFails(int code, String where, String... args) {
    CliRun run = CliRun.of(args);
    assertEquals(code, run.code(), run.toString());
    assertEquals(List.of("outcomes: " + where), run.errLines(), "one line on standard error");
    assertEquals("", run.out());
  }
}
