package outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import outcomes.ReadmeExamples.Block;
import outcomes.ReadmeExamples.Command;

/** How the README's console blocks are read and matched (README, "The README's examples…"). */
class ReadmeConventionTest {
  @Test
  void commandsTheirContinuationsAndTheLinesShown() {
    List<Block> blocks =
        ReadmeExamples.parse(
            List.of(
                "Text.",
                "```sh",
                "mvn -B verify",
                "```",
                "```console",
                "$ ./outcomes compare --in x.csv \\",
                "    --check",
                "852 of 852 judgements agree",
                "",
                "…",
                "$ ./outcomes paper",
                "$ echo $?",
                "65",
                "```",
                "  ```console needs=internet,python3",
                "  $ ./outcomes update",
                "    campylobacter  no change",
                "  ```"));

    assertEquals(2, blocks.size());
    Block first = blocks.get(0);
    assertEquals(5, first.line());
    assertEquals(List.of(), first.needs());
    Command compare = first.commands().get(0);
    assertEquals(6, compare.line());
    assertEquals("./outcomes compare --in x.csv \\\n    --check", compare.text());
    assertEquals("./outcomes compare --in x.csv \\", compare.firstLine());
    assertEquals(1, compare.shown().size());
    assertEquals(8, compare.shown().get(0).line());
    assertFalse(first.showsExitCode(0));
    assertTrue(first.showsExitCode(1));
    assertEquals("65", first.commands().get(2).shown().get(0).text());

    Block second = blocks.get(1);
    assertEquals(List.of("internet", "python3"), second.needs());
    assertEquals("./outcomes update", second.commands().get(0).text());
    assertEquals("  campylobacter  no change", second.commands().get(0).shown().get(0).text());
  }

  @Test
  void outputBeforeAnyCommandAnUnknownWordOrNoCommandIsRefusedAtItsLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReadmeExamples.parse(List.of("```console", "19 indicators", "```")));
    assertTrue(e.getMessage().startsWith("README.md:2: "), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReadmeExamples.parse(List.of("```console offline", "$ ls", "```")));
    assertTrue(e.getMessage().startsWith("README.md:1: "), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReadmeExamples.parse(List.of("", "```console", "", "```")));
    assertTrue(e.getMessage().startsWith("README.md:2: "), e.getMessage());
  }

  @Test
  void anEllipsisStandsForAnyTextWithinALine() {
    assertTrue(ReadmeExamples.matches("saved 1 extract", "saved 1 extract  "));
    assertFalse(ReadmeExamples.matches("saved 1 extract", "  saved 1 extract"));
    assertTrue(ReadmeExamples.matches("kept as /tmp/…/….csv", "kept as /tmp/a/b/2026-12-07.csv"));
    assertTrue(ReadmeExamples.matches("kept as …", "kept as x"));
    assertTrue(ReadmeExamples.matches("a…b", "ab"));
    assertTrue(ReadmeExamples.matches("…agree…", "852 of 852 judgements agree"));
    assertFalse(ReadmeExamples.matches("a…a", "a"));
    assertFalse(ReadmeExamples.matches("x…y…z", "xzy"));
    assertFalse(ReadmeExamples.matches("… 65", "75"));
  }
}
