package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs survive a killed run (issue 8): `outcomes report` in its own JVM, into a folder holding a
 * previous good report, is killed (SIGKILL) while it draws. The previous files are byte for byte as
 * they were, and nothing named like an output is left half-written; only a hidden staging folder
 * (`.outcomes-staging-*`, removed by the next run) may remain. A kill while the set is being
 * replaced is OutputSetTest's.
 */
class KilledReportTest {
  @TempDir Path dir;

  @Test
  void aReportKilledWhileDrawingLeavesThePreviousReportWhole() throws Exception {
    Path cat = dir.resolve("catalogue");
    HostileInputTest.copy(HostileInputTest.CATALOGUE, cat);
    Path out = dir.resolve("out");
    String ind = cat.resolve("indicators").toString();
    String data = cat.resolve("data").toString();
    CliRun good =
        CliRun.of(
            "report", "--quiet", "--indicators", ind, "--data", data, "--out", out.toString());
    assertEquals(0, good.code(), good.toString());
    Map<String, byte[]> before = files(out);

    Path work = Files.createDirectories(dir.resolve("work"));
    // --as-of changes the workbook, so a file replaced by the killed run would show
    Process p =
        Subprocess.builder(
                work,
                "256m",
                "report",
                "--as-of",
                "2020-01-01",
                "--indicators",
                ind,
                "--data",
                data,
                "--out",
                out.toString())
            .start();
    Path stderr = work.resolve("stderr.txt");
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (!Files.readString(stderr).contains("drawing")
        && p.isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertTrue(p.isAlive(), "the run ended before it could be killed: " + Files.readString(stderr));
    p.destroyForcibly().waitFor();

    Map<String, byte[]> after = files(out);
    assertEquals(before.keySet(), after.keySet(), "outputs added or lost");
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
  }

  /** The visible files under a folder (hidden files and folders left by a kill are not outputs). */
  private static Map<String, byte[]> files(Path root) throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      List<Path> all = s.filter(Files::isRegularFile).sorted().toList();
      for (Path f : all) {
        if (!root.relativize(f).toString().startsWith(".")
            && !f.getFileName().toString().startsWith(".")) {
          files.put(root.relativize(f).toString(), Files.readAllBytes(f));
        }
      }
    }
    return files;
  }
}
