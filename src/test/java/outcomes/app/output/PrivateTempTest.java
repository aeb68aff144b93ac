package outcomes.app.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's temporary folder: in java.io.tmpdir, open to its owner only, gone when the run ends; the
 * next run removes a killed run's folder (its lock is free) and leaves a live run's alone.
 */
class PrivateTempTest {
  @TempDir Path tmp;
  private String saved;

  @BeforeEach
  void pointTmpdirHere() {
    saved = System.getProperty("java.io.tmpdir");
    System.setProperty("java.io.tmpdir", tmp.toString());
  }

  @AfterEach
  void restoreTmpdir() {
    System.setProperty("java.io.tmpdir", saved);
  }

  @Test
  void aRunsFolderIsItsOwnersAloneAndGoneAtTheEnd() throws IOException {
    Path folder;
    try (PrivateTemp t = PrivateTemp.create()) {
      folder = t.path();
      assertEquals(tmp, folder.getParent());
      assertTrue(folder.getFileName().toString().startsWith(PrivateTemp.PREFIX), folder.toString());
      assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"));
      assertEquals(
          "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
      Files.writeString(folder.resolve("poi-sxssf-sheet1.xml"), "<row");
    }
    assertTrue(Files.notExists(folder));
  }

  @Test
  void theNextRunRemovesAKilledRunsFolderAndLeavesALiveOnesAlone() throws IOException {
    Path killed = Files.createDirectories(tmp.resolve(PrivateTemp.PREFIX + "killed"));
    Files.writeString(killed.resolve(RunFolder.LOCK), "");
    Files.writeString(killed.resolve("poi-sxssf-sheet1.xml"), "<row");
    try (RunFolder live = RunFolder.create(tmp, PrivateTemp.PREFIX)) {
      try (PrivateTemp t = PrivateTemp.create()) {
        assertEquals(List.of(live.path(), t.path()).stream().sorted().toList(), list());
      }
      assertEquals(List.of(live.path()), list());
    }
    assertEquals(List.of(), list());
  }

  private List<Path> list() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.sorted().toList();
    }
  }
}
