package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another council uses the tool by editing files alone: a small framework for Trafford (its own
 * framework.yaml, indicator files, headline gap and paper template, on the bundled real data) runs
 * report, paper and freshness with no Java change, and nothing of Kensington and Chelsea or
 * Westminster leaks into its outputs.
 */
class FrameworkPortabilityTest {
  private static final Path HOME = Path.of("src/test/resources/frameworks/trafford");
  private static final String INDICATORS = HOME.resolve("indicators").toString();

  @TempDir Path out;

  @Test
  void reportChartsTraffordAndItsHeadlineGap() throws IOException {
    CliRun run =
        CliRun.of(
            "report",
            "--indicators",
            INDICATORS,
            "--data",
            "data",
            "--out",
            out.toString(),
            "--as-of",
            "2026-06-01",
            "--quiet");
    assertEquals(0, run.code(), run.toString());
    assertTrue(Files.isRegularFile(out.resolve("outcomes-framework.xlsx")));
    assertTrue(
        Files.isRegularFile(
            out.resolve("charts/gap-life-expectancy-male-E08000009-E92000001.png")));
    assertTrue(Files.isRegularFile(out.resolve("charts/spine-E08000009.svg")));
  }

  @Test
  void paperSpeaksOfTraffordAndItsOwnOutcomes() throws IOException {
    CliRun run =
        CliRun.of(
            "paper",
            "--indicators",
            INDICATORS,
            "--data",
            "data",
            "--templates",
            HOME.resolve("templates").toString(),
            "--out",
            out.toString(),
            "--as-of",
            "2026-06-01",
            "--quiet");
    assertEquals(0, run.code(), run.toString());
    String text;
    try (XWPFDocument d = new XWPFDocument(Files.newInputStream(out.resolve("board-paper.docx")));
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      text = x.getText();
    }
    assertTrue(text.contains("Trafford outcomes framework (test)"), text);
    assertTrue(text.contains("Life expectancy at birth for men in Trafford is 80.1 years"), text);
    assertTrue(text.contains("The two outcomes of the strategy"), text);
    for (String other : List.of("Westminster", "Kensington", "London", "four outcomes")) {
      assertFalse(text.contains(other), other + " in: " + text);
    }
  }

  @Test
  void freshnessJudgesTraffordsIndicators() {
    CliRun run =
        CliRun.of(
            "freshness", "--indicators", INDICATORS, "--data", "data", "--as-of", "2026-06-01");
    assertEquals(1, run.code(), run.toString()); // the Year 6 extract ends in 2017/18: stale
    assertTrue(run.out().contains("3 indicators: 1 fresh, 1 due, 1 stale, 0 unknown"), run.out());
  }
}
