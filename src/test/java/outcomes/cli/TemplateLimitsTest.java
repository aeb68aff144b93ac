package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template language has limits, as YAML has, so a template cannot run the 6 a.m. job out of
 * memory or time: its size, how deep loops nest, and how many blocks they expand to. Each fails
 * with exit 65 at the template's line and column, before anything is written.
 */
class TemplateLimitsTest {
  @TempDir Path dir;

  private CliRun paper(String template) throws IOException {
    Path templates = dir.resolve("templates");
    Files.createDirectories(templates);
    Files.writeString(templates.resolve("board-paper.md"), template);
    return CliRun.of(
        "paper",
        "--templates",
        templates.toString(),
        "--out",
        dir.resolve("out").toString(),
        "--as-of",
        "2026-12-07",
        "--quiet");
  }

  @Test
  void aTemplateLargerThanAMegabyteIsRefused() throws IOException {
    CliRun run = paper("# Words\n\n" + "All work and no play. ".repeat(50_000));
    assertEquals(65, run.code(), run.toString());
    assertTrue(
        run.err()
            .contains("board-paper.md: the template is 1074 KB; a template is at most 1024 KB"),
        run.err());
    assertTrue(!Files.exists(dir.resolve("out/board-paper.docx")));
  }

  @Test
  void loopsNestAtMostThreeDeep() throws IOException {
    CliRun run =
        paper(
            "# Loops\n\n{{for a in outcomes}}\n{{for b in ambitions}}\n{{for c in indicators}}\n"
                + "{{for d in indicators}}\n{{title d}}\n{{end}}\n{{end}}\n{{end}}\n{{end}}\n");
    assertEquals(65, run.code(), run.toString());
    assertTrue(
        run.err()
            .contains(
                "board-paper.md:6:1: loops nest at most 3 deep: end an outer {{for}} before this one"),
        run.err());
  }

  @Test
  void loopsThatExpandBeyondTheLimitAreRefusedAtTheLoop() throws IOException {
    // 4 × 21 × 21 rows of 12 paragraphs each: over 20,000 blocks
    CliRun run =
        paper(
            "# Loops\n\n{{for a in outcomes}}\n{{for b in indicators}}\n{{for c in indicators}}\n"
                + "a\n\nb\n\nc\n\nd\n\ne\n\nf\n\ng\n\nh\n\ni\n\nj\n\nk\n\nl\n{{end}}\n{{end}}\n{{end}}\n");
    assertEquals(65, run.code(), run.toString());
    assertTrue(
        run.err()
            .contains(
                "board-paper.md:5:1: the loops expand the paper beyond 20000 headings, paragraphs,"
                    + " tables and charts: loop over fewer indicators"),
        run.err());
  }
}
