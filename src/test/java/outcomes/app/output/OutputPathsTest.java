package outcomes.app.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.model.OutcomesException;

/**
 * The one rule for where an output may go: nothing or a regular file for a file, a folder (or a
 * link to one) for a folder; anything else is exit 74 with one line saying what it is and what to
 * do. The devices are only looked at here: nothing is written to them.
 */
class OutputPathsTest {
  @TempDir Path dir;

  @Test
  void nothingOrARegularFileIsAFileOutput() throws IOException {
    OutputPaths.requireFile(dir.resolve("new.csv"), OutputPaths.Instead.STANDARD_OUTPUT);
    OutputPaths.requireFile(
        Files.writeString(dir.resolve("old.csv"), "x"), OutputPaths.Instead.STANDARD_OUTPUT);
  }

  @Test
  void devStdoutIsALinkAndRefused() {
    Path stdout = Path.of("/dev/stdout");
    assumeTrue(Files.isSymbolicLink(stdout), "/dev/stdout is a link on Linux");
    String message = refused(stdout, OutputPaths.Instead.STANDARD_OUTPUT);
    assertEquals(
        "/dev/stdout: is a symbolic link to /proc/self/fd/1: outcomes writes a file whole and moves it"
            + " onto its name, which would replace the link; give the path it points to, or --out - for standard"
            + " output",
        message);
  }

  @Test
  void aDeviceIsRefused() throws IOException {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(devNull));
    assertEquals(PathKind.CHARACTER_DEVICE, PathKind.of(devNull));
    assertEquals(
        "/dev/null: is a character device, not a regular file: outcomes writes a file whole and moves"
            + " it onto its name, which would replace it; give --out - and redirect standard output to it",
        refused(devNull, OutputPaths.Instead.STANDARD_OUTPUT));
  }

  @Test
  void aNamedPipeIsRefused() throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(mkfifo(fifo), "mkfifo is there");
    assertEquals(PathKind.PIPE, PathKind.of(fifo));
    assertEquals(
        fifo
            + ": is a named pipe (FIFO), where outcomes writes a file, which would replace it: move it"
            + " away or give another --out folder",
        refused(fifo, OutputPaths.Instead.ANOTHER_FOLDER));
  }

  @Test
  void aFolderIsRefusedAsAFileAndAFileAsAFolder() throws IOException {
    assertEquals(
        dir + ": is a folder: give the path of a file",
        refused(dir, OutputPaths.Instead.STANDARD_OUTPUT));
    Path file = Files.writeString(dir.resolve("file"), "x");
    OutcomesException e =
        assertThrows(OutcomesException.class, () -> OutputPaths.requireFolder(file));
    assertEquals(file + ": is a file, not a folder: give a folder with --out", e.describe());
    OutputPaths.requireFolder(dir.resolve("not-yet"));
    OutputPaths.requireFolder(
        Files.createSymbolicLink(dir.resolve("link"), Files.createDirectory(dir.resolve("real"))));
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("gone"));
    e = assertThrows(OutcomesException.class, () -> OutputPaths.requireFolder(dangling));
    assertEquals(
        dangling
            + ": is a symbolic link to "
            + dir.resolve("gone")
            + ", which is not a folder: make it"
            + " point to a folder, or give another --out folder",
        e.describe());
  }

  @Test
  void aPathUnderAFileNamesTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    OutcomesException e =
        assertThrows(
            OutcomesException.class,
            () ->
                OutputPaths.requireFile(
                    file.resolve("out.csv"), OutputPaths.Instead.STANDARD_OUTPUT));
    assertEquals(
        file.resolve("out.csv") + ": cannot be written: " + file + " is a file, not a folder",
        e.describe());
  }

  private static String refused(Path p, OutputPaths.Instead instead) {
    OutcomesException e =
        assertThrows(OutcomesException.class, () -> OutputPaths.requireFile(p, instead));
    assertEquals(OutcomesException.Kind.CANNOT_WRITE, e.kind());
    assertFalse(e.describe().contains("\n"));
    return e.describe();
  }

  static boolean mkfifo(Path p) {
    try {
      return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
