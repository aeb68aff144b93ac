package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.catalogue.CatalogueFixture;
import outcomes.fetch.Loopback;

/**
 * The data loop end to end, against a loopback server serving the real Fingertips campylobacter
 * extract (93356: England, regions and upper-tier authorities, 2015 to 2017, with limits, counts
 * and Fingertips' comparisons): an indicator declared by its Fingertips id alone is updated, then
 * reported; a later release with one more period is said to be new and reaches the report, the
 * previous extract kept; a failing server changes nothing.
 */
class UpdateCommandTest {
  private static final Path EXTRACT =
      Path.of(
          "src/test/resources/fingertips/fingertips_std_93356_campylobacter_countyua_2015-2017.csv");
  private static final String WESTMINSTER = "E09000033";

  @TempDir Path dir;
  private final Loopback server = Loopback.start();
  private CatalogueFixture cat;

  @BeforeEach
  void setUp() throws IOException {
    cat = CatalogueFixture.copyInto(dir.resolve("catalogue"));
    // ten lines: what "Add an indicator" in the README asks for
    Files.writeString(
        cat.indicators().resolve("campylobacter-fingertips.yaml"),
        String.join(
            "\n",
            "id: campylobacter-fingertips",
            "title: Campylobacter incidence (Fingertips extract)",
            "source: {name: OHID Fingertips, fingertips-id: 93356}",
            "value-type: crude-rate",
            "unit: per 100,000",
            "polarity: low-is-good",
            "outcome: 3",
            "ambition: 2",
            "benchmarks: [E12000007, E92000001]",
            "cadence: {months: 12, publication-month: 11}",
            ""));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anIndicatorDeclaredByItsIdIsFetchedCheckedKeptAndReported() throws Exception {
    byte[] earlier = withoutPeriod("2017");
    byte[] later = Files.readAllBytes(EXTRACT);
    server.on(93356, Loopback.ok(earlier), Loopback.ok(later), Loopback.status(500));
    Path fetched = cat.data().resolve("fetched");

    CliRun validateBefore =
        CliRun.of(
            "validate",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString());
    assertTrue(
        validateBefore
            .out()
            .contains(
                "campylobacter-fingertips is declared by its Fingertips id alone"
                    + " and "
                    + fetched.resolve("campylobacter-fingertips.csv")
                    + " is not there yet: run outcomes update"),
        validateBefore.toString());

    CliRun first = update();
    assertEquals(0, first.code(), first.toString());
    assertEquals("campylobacter-fingertips  first extract: 2 periods, 2015 to 2016\n", first.out());
    assertArrayEquals(earlier, Files.readAllBytes(fetched.resolve("campylobacter-fingertips.csv")));
    Map<String, String> row = frameworkRow(report("first"));
    assertEquals("2016", row.get("Period"));
    // figures, not shorthand: the workbook writes [x] with a note where there is none
    assertTrue(row.get("Westminster").matches("[\\d,]+(\\.\\d+)?"), row.toString());
    assertTrue(row.get("95% CI").matches("\\d+\\.\\d to \\d+\\.\\d"), row.toString());
    assertTrue(row.get("London region").matches("[\\d,]+(\\.\\d+)?"), row.toString());
    assertTrue(row.get("England").matches("[\\d,]+(\\.\\d+)?"), row.toString());
    assertFalse(row.get("Compared with England").isEmpty(), row.toString());

    CliRun second = update();
    assertEquals(0, second.code(), second.toString());
    Path kept = fetched.resolve("history").resolve("campylobacter-fingertips");
    assertTrue(
        second
            .out()
            .startsWith(
                "campylobacter-fingertips  new period 2017; the previous extract is kept as "
                    + kept),
        second.out());
    try (Stream<Path> history = Files.list(kept)) {
      List<Path> files = history.toList();
      assertEquals(1, files.size(), files.toString());
      assertArrayEquals(earlier, Files.readAllBytes(files.get(0)));
    }
    assertEquals("2017", frameworkRow(report("second")).get("Period"));

    Map<String, byte[]> before = snapshot(cat.data());
    CliRun third =
        CliRun.of(
            "update",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString(),
            "--indicator",
            "campylobacter-fingertips",
            "--base-url",
            server.base().toString(),
            "--retries",
            "0",
            "--quiet");
    assertEquals(75, third.code(), third.toString());
    assertTrue(third.err().startsWith("outcomes: "), third.err());
    assertEquals(1, third.err().lines().count(), third.err());
    assertEquals(before.keySet(), snapshot(cat.data()).keySet());
    before.forEach((f, bytes) -> assertArrayEquals(bytes, snapshot(cat.data()).get(f), f));
  }

  @Test
  void anExtractThatFailsTheCataloguesChecksIsRefusedAndTheCurrentOneStays() throws Exception {
    byte[] good = Files.readAllBytes(EXTRACT);
    // England 2015 twice, with different values: which is right cannot be told
    byte[] bad =
        rewrite(
            rows -> {
              List<String> england =
                  new java.util.ArrayList<>(
                      rows.stream()
                          .filter(r -> r.get(4).equals("E92000001") && r.get(11).equals("2015"))
                          .findFirst()
                          .orElseThrow());
              england.set(12, "99.9");
              rows.add(england);
            });
    server.on(93356, Loopback.ok(good), Loopback.ok(bad));
    assertEquals(0, update().code());
    Map<String, byte[]> before = snapshot(cat.data());

    CliRun refused =
        CliRun.of(
            "update",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString(),
            "--indicator",
            "campylobacter-fingertips",
            "--base-url",
            server.base().toString(),
            "--format",
            "json");

    assertEquals(65, refused.code(), refused.toString());
    assertTrue(refused.err().contains("the extract fails the catalogue's checks"), refused.err());
    assertTrue(
        refused.err().contains(server.base().toString()),
        "names where it came from: " + refused.err());
    JsonNode json = new ObjectMapper().readTree(refused.out());
    assertEquals("failed", json.get("indicators").get(0).get("status").asText());
    before.forEach((f, bytes) -> assertArrayEquals(bytes, snapshot(cat.data()).get(f), f));
  }

  @Test
  void aSecondUpdateOfTheSameExtractSaysNoChangeAndKeepsNoCopy() throws Exception {
    byte[] body = Files.readAllBytes(EXTRACT);
    server.on(93356, Loopback.ok(body), Loopback.ok(body));
    assertEquals(0, update().code());

    CliRun again = update();

    assertEquals("campylobacter-fingertips  no change\n", again.out());
    assertFalse(Files.exists(cat.data().resolve("fetched/history")));
  }

  private CliRun update() {
    return CliRun.of(
        "update",
        "--indicators",
        cat.indicators().toString(),
        "--data",
        cat.data().toString(),
        "--indicator",
        "campylobacter-fingertips",
        "--base-url",
        server.base().toString(),
        "--quiet");
  }

  private Path report(String name) {
    Path out = dir.resolve(name);
    CliRun r =
        CliRun.of(
            "report",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString(),
            "--out",
            out.toString(),
            "--as-of",
            "2018-12-01",
            "--quiet");
    assertEquals(0, r.code(), r.toString());
    return out.resolve("outcomes-framework.xlsx");
  }

  /**
   * The Framework sheet's row for the indicator: its period, Westminster's columns, London and
   * England.
   */
  private static Map<String, String> frameworkRow(Path workbook) throws IOException {
    try (InputStream in = Files.newInputStream(workbook);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheet("Framework");
      DataFormatter f = new DataFormatter();
      List<String> header = null;
      for (Row r : s) {
        if (f.formatCellValue(r.getCell(0)).equals("Outcome")) {
          header = new java.util.ArrayList<>();
          for (int c = 0; c < r.getLastCellNum(); c++) {
            header.add(f.formatCellValue(r.getCell(c)));
          }
        } else if (header != null
            && f.formatCellValue(r.getCell(2)).startsWith("Campylobacter incidence (Fingertips")) {
          int w = header.indexOf("Westminster");
          Map<String, String> row = new TreeMap<>();
          row.put("Period", f.formatCellValue(r.getCell(header.indexOf("Period"))));
          row.put("Westminster", f.formatCellValue(r.getCell(w)));
          row.put("95% CI", f.formatCellValue(r.getCell(w + 1)));
          row.put("Compared with England", f.formatCellValue(r.getCell(w + 2)));
          row.put("London region", f.formatCellValue(r.getCell(header.indexOf("London region"))));
          row.put("England", f.formatCellValue(r.getCell(header.indexOf("England"))));
          return row;
        }
      }
    }
    throw new AssertionError("no framework row for the indicator in " + workbook);
  }

  /** The real extract without one period's rows: an earlier release. */
  private static byte[] withoutPeriod(String period) throws IOException {
    return rewrite(rows -> rows.removeIf(r -> r.get(11).equals(period)));
  }

  /** The real extract's rows, changed, written back as CSV with its header. */
  private static byte[] rewrite(java.util.function.Consumer<List<List<String>>> change)
      throws IOException {
    StringWriter out = new StringWriter();
    try (Reader in = Files.newBufferedReader(EXTRACT, StandardCharsets.UTF_8);
        CSVPrinter printer =
            new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
      List<List<String>> rows = new java.util.ArrayList<>();
      for (CSVRecord r : CSVFormat.DEFAULT.parse(in)) {
        rows.add(new java.util.ArrayList<>(r.toList()));
      }
      List<String> header = rows.remove(0);
      change.accept(rows);
      printer.printRecord(header);
      for (List<String> r : rows) {
        printer.printRecord(r);
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, byte[]> snapshot(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (Files.isRegularFile(p)) {
          files.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return files;
  }
}
