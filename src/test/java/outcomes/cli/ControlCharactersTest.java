package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.catalogue.CatalogueFixture;

/**
 * A control character (NUL, vertical tab, escape) in any text that reaches a chart, a workbook or
 * the paper is refused where it stands, exit 65 naming file, line and column, the same way for
 * every command: an SVG or a document holding one would not be valid XML.
 */
class ControlCharactersTest {
  private static final String LE = "real/life_expectancy_90366_2021-2024.csv";

  @TempDir Path dir;

  @Test
  void inADataCellEveryCommandRefusesItAtTheCell() throws IOException {
    CatalogueFixture cat = CatalogueFixture.copyInto(dir.resolve("catalogue"));
    Path file = cat.dataFile(LE);
    Files.writeString(
        file,
        Files.readString(file).replaceFirst("E92000001,England,", "E92000001,Eng\u000Bland,"));
    String where =
        LE
            + ":2:2: area-name holds a control character (U+000B): the file is damaged or not text;"
            + " remove the character";
    for (String[] args :
        new String[][] {
          {"validate"},
          {"report", "--out", dir.resolve("out").toString(), "--as-of", "2026-12-07"},
          {
            "gap",
            "--indicator",
            "life-expectancy",
            "--sex",
            "Male",
            "--area",
            "E09000033",
            "--vs",
            "E92000001"
          }
        }) {
      String[] all = new String[args.length + 4];
      System.arraycopy(args, 0, all, 0, args.length);
      System.arraycopy(
          new String[] {
            "--indicators", cat.indicators().toString(), "--data", cat.data().toString()
          },
          0,
          all,
          args.length,
          4);
      CliRun run = CliRun.of(all);
      assertEquals(65, run.code(), args[0] + ": " + run);
      assertTrue((run.out() + run.err()).contains(where), args[0] + ": " + run);
    }
  }

  @Test
  void inTheTemplateThePaperRefusesItAtItsLineAndColumn() throws IOException {
    Path templates = dir.resolve("templates");
    Files.createDirectories(templates);
    Files.writeString(
        templates.resolve("board-paper.md"), "# A paper\n\nSome words\u001B[31m in red.\n");
    CliRun run =
        CliRun.of(
            "paper",
            "--templates",
            templates.toString(),
            "--out",
            dir.resolve("paper").toString(),
            "--as-of",
            "2026-12-07");
    assertEquals(65, run.code(), run.toString());
    assertTrue(
        run.err()
            .contains(
                "board-paper.md:3:11: a control character (U+001B) in the template: remove it"),
        run.toString());
  }
}
