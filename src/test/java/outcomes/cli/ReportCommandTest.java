package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * `outcomes report`, the main job, on the bundled catalogue and data: what the workbook and the
 * charts hold, that a second run gives the same bytes, and that a failed run leaves the previous
 * report whole. The report is made twice, once per class, and its workbook read back once, because
 * each takes a while.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCommandTest {
  @TempDir static Path dir;
  private Path first;
  private Path second;
  private java.time.LocalDate today;
  private XSSFWorkbook book;

  @BeforeAll
  void runTwice() throws IOException {
    today = java.time.LocalDate.now();
    first = dir.resolve("first");
    second = dir.resolve("second");
    CliRun a = CliRun.of("report", "--out", first.toString());
    assertEquals(0, a.code(), a.toString());
    assertTrue(a.out().startsWith("wrote "), a.out());
    // without --as-of freshness is judged today, so naming today gives the same bytes
    CliRun b =
        CliRun.of("report", "--quiet", "--out", second.toString(), "--as-of", today.toString());
    assertEquals(0, b.code(), b.toString());
    assertEquals("", b.out() + b.err());
    try (InputStream in = Files.newInputStream(first.resolve("outcomes-framework.xlsx"))) {
      book = new XSSFWorkbook(in);
    }
  }

  @AfterAll
  void close() throws IOException {
    book.close();
  }

  /** The workbook's sheets are checked item by item in AccessibleWorkbookTest; here, the run's. */
  @Test
  void theWorkbookOpensOnItsCoverAndTheFrameworkHasARowPerIndicator() {
    assertEquals("Cover", book.getSheetAt(0).getSheetName());
    XSSFSheet framework = book.getSheet("Framework");
    XSSFTable table = framework.getTables().get(0);
    int indicators = table.getEndRowIndex() - table.getStartRowIndex();
    assertTrue(indicators >= 15, "rows: " + indicators);
    assertTrue(framework.getRow(3).getCell(0).getStringCellValue().startsWith("Illustrative data"));
    for (Sheet sheet : book) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          assertFalse(cell.getCellType() == CellType.FORMULA, "a formula at " + cell.getAddress());
        }
      }
    }
  }

  @Test
  void theWorkbookHasNativeChartsAndTheChartsFolderPngAndSvg() throws IOException {
    try (ZipFile zip = new ZipFile(first.resolve("outcomes-framework.xlsx").toFile())) {
      long charts =
          zip.stream()
              .map(ZipEntry::getName)
              .filter(n -> n.matches("xl/charts/chart\\d+\\.xml"))
              .count();
      assertTrue(charts >= 5, "native charts: " + charts);
    }
    List<String> files = list(first.resolve("charts"));
    assertTrue(files.stream().filter(f -> f.endsWith(".png")).count() >= 10, files.toString());
    assertTrue(files.stream().filter(f -> f.endsWith(".svg")).count() >= 10, files.toString());
    assertTrue(
        files.contains("gap-life-expectancy-male-E05000648-E05000637.png"), files.toString());
    assertTrue(files.contains("spine-E09000033.svg"), files.toString());
  }

  @Test
  void freshnessIsJudgedTodayAndTheDataDateStaysTheData() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        today.equals(java.time.LocalDate.now()), "run across midnight");
    String note = book.getSheet("Framework").getRow(2).getCell(0).getStringCellValue();
    String day =
        today.format(
            java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.ENGLISH));
    assertTrue(note.startsWith("Data to 31 December 2025; freshness as of " + day + "."), note);
  }

  @Test
  void aSecondRunGivesTheSameBytes() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        today.equals(java.time.LocalDate.now()), "run across midnight");
    List<String> files = list(first);
    assertEquals(files, list(second));
    for (String f : files) {
      assertArrayEquals(
          Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f);
    }
  }

  @Test
  void aFailedRunLeavesThePreviousReportWhole() throws IOException {
    Path data = dir.resolve("corrupt-data");
    copy(Path.of("data"), data);
    Path extract = data.resolve("illustrative/life-expectancy-wards-illustrative.csv");
    Files.writeString(extract, Files.readString(extract).replaceFirst(",83\\.51,", ",eighty,"));
    byte[] before = Files.readAllBytes(second.resolve("outcomes-framework.xlsx"));

    CliRun run = CliRun.of("report", "--data", data.toString(), "--out", second.toString());

    assertEquals(65, run.code(), run.toString());
    assertTrue(run.err().contains("\noutcomes: " + extract + ":2:13: "), run.err());
    assertArrayEquals(before, Files.readAllBytes(second.resolve("outcomes-framework.xlsx")));
    assertEquals(list(first), list(second));
  }

  /**
   * Issue 24: a chart that cannot be written (a folder where it goes) used to leave a new workbook
   * beside the old charts. Now the set is replaced whole or not at all: exit 74, one line naming
   * the chart, and every previous file as it was.
   */
  @Test
  void aChartThatCannotBeWrittenLeavesThePreviousReportWhole() throws IOException {
    Path third = dir.resolve("third");
    copy(first, third);
    Path blocked = third.resolve("charts/spine-E09000033.png");
    Files.delete(blocked);
    Files.createDirectories(blocked);

    // another --as-of gives another workbook, which would show if it replaced the old one
    CliRun run = CliRun.of("report", "--quiet", "--as-of", "2030-01-01", "--out", third.toString());

    assertEquals(74, run.code(), run.toString());
    assertEquals(
        List.of(
            "outcomes: "
                + blocked
                + ": is a folder, where outcomes writes a file, which would"
                + " replace it: move it away or give another --out folder"),
        run.errLines());
    List<String> files = list(third);
    assertEquals(
        list(first).stream().filter(f -> !f.equals("charts/spine-E09000033.png")).toList(), files);
    for (String f : files) {
      assertArrayEquals(
          Files.readAllBytes(first.resolve(f)), Files.readAllBytes(third.resolve(f)), f);
    }
    assertEquals(
        List.of("charts", "outcomes-framework.xlsx"), names(third), "no staging folder left");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> list(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
