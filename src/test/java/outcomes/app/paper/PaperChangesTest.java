package outcomes.app.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.model.OutcomesException;
import outcomes.report.PaperView;

/** What changed between two papers' snapshots, and which earlier paper a paper compares with. */
class PaperChangesTest {
  private static PaperSnapshot.State state(
      String date, String latest, String comparison, double gap, String period) {
    TreeMap<String, PaperSnapshot.Figure> areas =
        new TreeMap<>(
            Map.of("E09000033", new PaperSnapshot.Figure("Westminster", 82.5, comparison, "")));
    TreeMap<String, PaperSnapshot.IndicatorState> indicators =
        new TreeMap<>(
            Map.of(
                "life-expectancy|Male",
                new PaperSnapshot.IndicatorState(
                    "Life expectancy at birth (male)", latest, areas)));
    TreeMap<String, PaperSnapshot.GapState> gaps =
        new TreeMap<>(
            Map.of(
                "life-expectancy|Male|E05000648|E05000637",
                new PaperSnapshot.GapState(
                    "Life expectancy at birth (male)",
                    "Westbourne",
                    "Knightsbridge and Belgravia",
                    period,
                    gap,
                    gap - 3.8,
                    gap + 3.8,
                    true,
                    1,
                    "years",
                    true)));
    return new PaperSnapshot.State(date, indicators, gaps);
  }

  private static String text(List<PaperView.Block> blocks) {
    return blocks.stream()
        .map(
            b ->
                b instanceof PaperView.Para p
                    ? ((PaperView.Words) p.spans().get(0)).text()
                    : "- " + ((PaperView.Words) ((PaperView.Bullet) b).spans().get(0)).text())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void theFirstPaperHasNothingToCompareWith() {
    assertTrue(
        text(PaperChanges.between(
                null, state("2025-12-31", "2023 - 25", "Better", -14.0, "2010-14")))
            .startsWith("There is no previous paper to compare with"));
  }

  @Test
  void newPeriodsMovedComparisonsAndGapsThatWidenedOrNarrowed() {
    PaperSnapshot.State before = state("2024-12-31", "2022 - 24", "Similar", -14.0, "2010-14");
    String widened =
        text(
            PaperChanges.between(
                before, state("2025-12-31", "2023 - 25", "Better", -15.24, "2015-19")));
    assertEquals(
        "Since the previous paper (data to 31 December 2024):\n"
            + "- Life expectancy at birth (male): new figures for 2023 - 25 (the previous paper had 2022 - 24).\n"
            + "- Life expectancy at birth (male), Westminster: now better than England (was similar to England).\n"
            + "- The gap in life expectancy at birth (male) between Westbourne and Knightsbridge and Belgravia widened"
            + " from 14.0 years (2010-14) to 15.2 years (2015-19).",
        widened);
    assertTrue(
        text(PaperChanges.between(
                before, state("2025-12-31", "2022 - 24", "Similar", -13.0, "2015-19")))
            .endsWith("narrowed from 14.0 years (2010-14) to 13.0 years (2015-19)."));
    assertTrue(
        text(PaperChanges.between(
                before, state("2025-12-31", "2022 - 24", "Similar", -14.04, "2015-19")))
            .endsWith("is unchanged at 14.0 years (2010-14 and 2015-19)."));
    assertEquals(
        "Nothing in the framework, or in the gaps this paper reports, has changed since the previous paper"
            + " (data to 31 December 2024).",
        text(PaperChanges.between(before, before)));
  }

  @Test
  void aRerunComparesWithWhatTheLastPaperComparedWith(@TempDir Path dir) throws Exception {
    PaperSnapshot.State one = state("2024-12-31", "2022 - 24", "Similar", -14.0, "2010-14");
    PaperSnapshot.State two = state("2025-12-31", "2023 - 25", "Better", -15.2, "2015-19");
    PaperSnapshot.File first = PaperSnapshot.next(Optional.empty(), one);
    assertNull(first.previous());
    Path file = dir.resolve("board-paper.snapshot.json");
    Files.write(file, PaperSnapshot.bytes(first));
    PaperSnapshot.File read = PaperSnapshot.read(file).orElseThrow();
    assertEquals(first, read, "the snapshot reads back as written");
    assertEquals(
        first, PaperSnapshot.next(Optional.of(read), one), "same data: compare with nothing again");
    PaperSnapshot.File second = PaperSnapshot.next(Optional.of(read), two);
    assertEquals(one, second.previous());
    Files.write(file, PaperSnapshot.bytes(second));
    assertEquals(
        second,
        PaperSnapshot.next(PaperSnapshot.read(file), two),
        "a rerun keeps comparing with one");
  }

  @Test
  void anUnreadableSnapshotIsAnErrorThatSaysWhatToDo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("board-paper.snapshot.json");
    Files.writeString(file, "{not json");
    OutcomesException e = assertThrows(OutcomesException.class, () -> PaperSnapshot.read(file));
    assertEquals(OutcomesException.Kind.BAD_INPUT, e.kind());
    assertTrue(e.getMessage().contains("delete it to start afresh"), e.getMessage());
  }
}
