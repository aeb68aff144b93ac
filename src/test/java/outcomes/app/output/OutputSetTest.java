package outcomes.app.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import outcomes.model.OutcomesException;

/**
 * A set of outputs (the workbook and its charts, the paper and its snapshot) is replaced whole or
 * not at all. One test per way a run can end badly: a failure at any step of the replacement, a
 * kill at any step (the folder as it was at that instant, given to the next run), a target that is
 * blocked, and staging folders left by killed runs.
 */
class OutputSetTest {
  @TempDir Path dir;

  /** The previous set: a workbook and two charts. */
  private static final Map<String, String> OLD =
      Map.of("report.xlsx", "old workbook", "charts/a.png", "old a", "charts/b.png", "old b");

  /** The new set: the same three, a new chart, and a file in a folder the old set did not have. */
  private static final Map<String, String> NEW =
      Map.of(
          "report.xlsx",
          "new workbook",
          "charts/a.png",
          "new a",
          "charts/b.png",
          "new b",
          "charts/c.png",
          "new c",
          "maps/wards.svg",
          "new map");

  /** Files in the folder that are no output's: never touched. */
  private static final Map<String, String> OTHERS =
      Map.of("notes.txt", "mine", "charts/mine.png", "mine too");

  /** Three files replaced and two added: five moves in, three aside, then done, then clean-up. */
  private static final int STEPS = 3 + 5 + 2;

  @Test
  void theNewSetReplacesTheOldWholeAndOtherFilesStay() throws IOException {
    Path out = previous("out");
    OutputSet.in(out).replace(set(NEW));
    assertEquals(with(NEW, OTHERS), files(out));
    assertEquals(List.of(), staging(out));
  }

  @Test
  void aFailureAtAnyStepLeavesThePreviousSetExactlyAsItWas() throws IOException {
    for (int k = 0; k < STEPS - 1; k++) {
      Path out = previous("out" + k);
      List<String> before = tree(out);
      int at = k;
      OutcomesException e =
          assertThrows(
              OutcomesException.class,
              () ->
                  OutputSet.in(
                          out,
                          step -> {
                            if (step == at) {
                              throw new IOException("No space left on device");
                            }
                          })
                      .replace(set(NEW)),
              "step " + k);
      assertEquals(OutcomesException.Kind.CANNOT_WRITE, e.kind());
      assertTrue(
          e.describe().contains("No space left on device; the previous files are as they were"),
          e.describe());
      assertEquals(with(OLD, OTHERS), files(out), "step " + k);
      assertEquals(before, tree(out), "folders made for the new set are gone too, step " + k);
    }
    // out of memory half-way: the old set goes back and the error goes on
    Path out = previous("out-oom");
    assertThrows(
        OutOfMemoryError.class,
        () ->
            OutputSet.in(
                    out,
                    step -> {
                      if (step == 4) {
                        throw new OutOfMemoryError("Java heap space");
                      }
                    })
                .replace(set(NEW)));
    assertEquals(with(OLD, OTHERS), files(out));
    assertEquals(List.of(), staging(out));
  }

  @Test
  void aKillAtAnyStepLeavesTheOldSetOrTheNewSetWholeForTheNextRun() throws IOException {
    for (int k = 0; k < STEPS; k++) {
      Path out = previous("out" + k);
      Path killed = dir.resolve("killed" + k);
      int at = k;
      // the folder as a kill at this step would leave it: the run itself goes on
      OutputSet.in(
              out,
              step -> {
                if (step == at) {
                  copy(out, killed);
                }
              })
          .replace(set(NEW));
      assertEquals(1, staging(killed).size(), "the killed run's staging folder, step " + k);

      OutputSet.in(killed); // the next run

      Map<String, String> expected = k < STEPS - 1 ? OLD : NEW; // done once the mark is made
      assertEquals(with(expected, OTHERS), files(killed), "step " + k);
      assertEquals(List.of(), staging(killed), "step " + k);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a folder where a file goes",
        "a file where a folder goes",
        "a link where a file goes"
      })
  void aBlockedTargetIsExit74AndLeavesThePreviousSet(String blocked) throws IOException {
    Path out = previous("out");
    Path where;
    String says;
    if (blocked.equals("a folder where a file goes")) {
      where = Files.createDirectories(out.resolve("charts/c.png"));
      Files.writeString(where.resolve("inside.txt"), "kept");
      says =
          "is a folder, where outcomes writes a file, which would replace it: move it away or give another --out folder";
    } else if (blocked.equals("a file where a folder goes")) {
      where = Files.writeString(out.resolve("maps"), "a file");
      says =
          "is a file, not a folder: outcomes writes a folder there: move it away or give another --out folder";
    } else {
      where = Files.createSymbolicLink(out.resolve("charts/c.png"), out.resolve("notes.txt"));
      says = "is a symbolic link to " + out.resolve("notes.txt") + ", where outcomes writes a file";
    }
    List<String> before = tree(out);
    Map<String, String> contents = files(out);

    OutcomesException e =
        assertThrows(OutcomesException.class, () -> OutputSet.in(out).replace(set(NEW)));

    assertEquals(OutcomesException.Kind.CANNOT_WRITE, e.kind());
    assertEquals(
        where + ": " + says,
        e.describe().substring(0, (where + ": " + says).length()),
        e.describe());
    assertFalse(e.describe().contains("Exception"), e.describe());
    assertEquals(before, tree(out));
    assertEquals(contents, files(out));
  }

  @Test
  void stagingFoldersLeftByKilledRunsAreRemovedByTheNextRunAndALiveOneIsNot() throws IOException {
    Path out = previous("out");
    // killed while writing its files: nothing was moved yet
    Path writing = Files.createDirectories(out.resolve(OutputSet.STAGING + "writing/new/charts"));
    Files.writeString(writing.resolve("a.png"), "half a");
    Files.writeString(out.resolve(OutputSet.STAGING + "writing/" + RunFolder.LOCK), "");
    // killed half-way through its moves: a.png moved aside and its new one in, c.png in
    Path moving = Files.createDirectories(out.resolve(OutputSet.STAGING + "moving"));
    Files.writeString(moving.resolve("names"), "charts/a.png\ncharts/c.png\nreport.xlsx\n");
    Files.createDirectories(moving.resolve("old/charts"));
    Files.move(out.resolve("charts/a.png"), moving.resolve("old/charts/a.png"));
    Files.writeString(out.resolve("charts/a.png"), "new a");
    Files.writeString(out.resolve("charts/c.png"), "new c");
    Files.createDirectories(moving.resolve("new"));
    Files.writeString(moving.resolve("new/report.xlsx"), "new workbook");

    try (RunFolder live = RunFolder.create(out, OutputSet.STAGING)) {
      OutputSet.in(out);

      assertEquals(with(OLD, OTHERS), files(out));
      assertEquals(
          List.of(out.relativize(live.path()).toString()),
          staging(out),
          "the live run's folder stays");
    }
    assertEquals(List.of(), staging(out));
  }

  // ---- the folder ---------------------------------------------------------------------------

  /** A folder holding the previous set, made by this class as a run would, and others' files. */
  private Path previous(String name) throws IOException {
    Path out = dir.resolve(name);
    OutputSet.in(out).replace(set(OLD));
    for (Map.Entry<String, String> f : OTHERS.entrySet()) {
      Files.writeString(out.resolve(f.getKey()), f.getValue());
    }
    return out;
  }

  private static List<OutputSet.File> set(Map<String, String> files) {
    List<OutputSet.File> set = new ArrayList<>();
    new TreeMap<>(files)
        .forEach(
            (name, text) ->
                set.add(
                    OutputSet.File.of(name, o -> o.write(text.getBytes(StandardCharsets.UTF_8)))));
    return set;
  }

  private static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
    Map<String, String> all = new TreeMap<>(a);
    all.putAll(b);
    return all;
  }

  /** The regular files outside staging folders, by name, with their text. */
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        String name = root.relativize(p).toString();
        if (!name.startsWith(OutputSet.STAGING)) {
          files.put(name, Files.readString(p));
        }
      }
    }
    return files;
  }

  /** Every path in the folder, folders too. */
  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  private static List<String> staging(Path root) throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      return s.map(p -> root.relativize(p).toString())
          .filter(n -> n.startsWith(OutputSet.STAGING))
          .toList();
    }
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, LinkOption.NOFOLLOW_LINKS);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
