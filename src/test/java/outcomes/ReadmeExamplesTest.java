package outcomes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import outcomes.ReadmeExamples.Block;
import outcomes.ReadmeExamples.Command;
import outcomes.ReadmeExamples.Shown;

/**
 * The README runs as written: each console block, in the README's order, in one bash from a scratch
 * clone (the tool's folders copied, everything else linked, {@code out/} its own), where {@code
 * ./outcomes} is the tests' build of the tool, so nothing is packaged; then the README's chart
 * pictures are checked against the charts its worked example drew. The convention is the README's
 * "The README's examples are tests"; {@link ReadmeExamples} reads it. Each failure names the README
 * line of the example.
 */
class ReadmeExamplesTest {
  private static final Path README = Path.of("README.md");
  private static final Path PICTURES = Path.of("docs/images");

  /** The folders the commands read by default: copied, so that no example writes into the repo. */
  private static final Set<String> COPIED = Set.of("indicators", "data", "templates");

  /** Not in the scratch clone: the launcher (replaced), the build's and the report's outputs. */
  private static final Set<String> LEFT_OUT = Set.of(".git", "target", "out", "outcomes");

  private static final String MARK = "@@readme-example@@";
  private static final int BLOCK_SECONDS = 300;

  @TempDir static Path scratch;
  private static Path clone;
  private static FileChannel lockFile;
  private static FileLock lock;

  /**
   * The examples use fixed places outside the clone ({@code /tmp/…}, a local port): one run at a
   * time on this machine, whoever starts it.
   */
  @BeforeAll
  static void makeTheClone() throws IOException {
    lockFile =
        FileChannel.open(
            Path.of(System.getProperty("java.io.tmpdir"), "outcomes-readme-examples.lock"),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
    lock = lockFile.lock();
    clone = Files.createDirectory(scratch.resolve("clone"));
    Path repo = Path.of("").toAbsolutePath();
    try (Stream<Path> entries = Files.list(repo)) {
      for (Path entry : entries.sorted().collect(Collectors.toList())) {
        String name = entry.getFileName().toString();
        if (LEFT_OUT.contains(name)) {
          continue;
        }
        if (COPIED.contains(name)) {
          copyTree(entry, clone.resolve(name));
        } else {
          Files.createSymbolicLink(clone.resolve(name), entry);
        }
      }
    }
    // The real launcher would package the jar from inside the build whenever a source is newer.
    Path launcher = clone.resolve("outcomes");
    Files.writeString(
        launcher,
        String.join(
            "\n",
            "#!/usr/bin/env bash",
            "# ReadmeExamplesTest's ./outcomes: the tests' build of the tool, never a jar build.",
            "exec '"
                + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -Djava.awt.headless=true -Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1"
                + " -XX:+UseSerialGC -XX:-UsePerfData -cp '"
                + System.getProperty("java.class.path")
                + "' outcomes.cli.Main \"$@\"",
            ""),
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** Unlinks the clone's links first, which JUnit would warn of deleting. */
  @AfterAll
  static void release() throws IOException {
    if (clone != null) {
      try (Stream<Path> entries = Files.list(clone)) {
        for (Path entry : entries.collect(Collectors.toList())) {
          if (Files.isSymbolicLink(entry)) {
            Files.delete(entry);
          }
        }
      }
    }
    lock.release();
    lockFile.close();
  }

  @TestFactory
  Stream<DynamicTest> theReadmeRunsAsWrittenAndShowsTheCurrentCharts() throws IOException {
    List<Block> blocks = ReadmeExamples.read(README);
    assertTrue(blocks.size() > 5, "the README's console blocks: " + blocks.size());
    return Stream.concat(
        blocks.stream()
            .map(
                b ->
                    dynamicTest(
                        "README.md:" + b.line() + ": " + b.commands().get(0).firstLine(),
                        () -> run(b))),
        Stream.of(dynamicTest("docs/images: the current charts", this::picturesAreCurrent)));
  }

  private void run(Block block) throws IOException, InterruptedException {
    for (String need : block.needs()) {
      assumeTrue(
          !need.equals("internet"), "README.md:" + block.line() + ": needs the internet: not run");
      assumeTrue(
          onPath(need), "README.md:" + block.line() + ": needs " + need + ", not found: not run");
    }
    List<List<String>> outputs = new ArrayList<>();
    List<Integer> codes = new ArrayList<>();
    String all = bash(script(block), outputs, codes);
    List<Command> commands = block.commands();
    for (int i = 0; i < commands.size(); i++) {
      Command c = commands.get(i);
      String where = "README.md:" + c.line() + ": `" + c.firstLine() + "`";
      if (i >= codes.size()) {
        fail(where + " never ran: the block stopped before it; it printed:\n" + all);
      }
      List<String> output = outputs.get(i);
      if (codes.get(i) != 0 && !block.showsExitCode(i)) {
        fail(
            where
                + " exited "
                + codes.get(i)
                + " (the README shows no `$ echo $?` after it); it printed:\n"
                + String.join("\n", output));
      }
      for (Shown shown : c.shown()) {
        if (!shown.foundIn(output)) {
          fail(
              where
                  + " printed no line like README.md:"
                  + shown.line()
                  + " \""
                  + shown.text()
                  + "\"; it printed:\n"
                  + String.join("\n", output));
        }
      }
    }
  }

  /**
   * The block as one bash script: each command followed by a line marking its end and exit code,
   * after which its exit code is put back for a following {@code echo $?}.
   */
  private static String script(Block block) {
    StringBuilder s = new StringBuilder();
    s.append("exec 2>&1\n");
    // a server an example started and did not stop is stopped with the block
    s.append("trap 'kill $(jobs -p) 2>/dev/null' EXIT\n");
    for (int i = 0; i < block.commands().size(); i++) {
      s.append(block.commands().get(i).text()).append('\n');
      s.append("__rc=$?; printf '\\n").append(MARK).append(" %d\\n' \"$__rc\"; (exit \"$__rc\")\n");
    }
    return s.toString();
  }

  /** Runs a script in the clone; fills each command's output lines and exit code. */
  private static String bash(String script, List<List<String>> outputs, List<Integer> codes)
      throws IOException, InterruptedException {
    Path file = scratch.resolve("block.sh");
    Files.writeString(file, script, StandardCharsets.UTF_8);
    Path log = scratch.resolve("block.out");
    Process p =
        new ProcessBuilder("bash", "--noprofile", "--norc", file.toString())
            .directory(clone.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!p.waitFor(BLOCK_SECONDS, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly().waitFor();
      fail("the block did not finish within " + BLOCK_SECONDS + " s:\n" + Files.readString(log));
    }
    String all = Files.readString(log, StandardCharsets.UTF_8);
    List<String> current = new ArrayList<>();
    for (String line : all.split("\n", -1)) {
      if (line.startsWith(MARK + " ")) {
        outputs.add(current);
        codes.add(Integer.parseInt(line.substring(MARK.length() + 1).strip()));
        current = new ArrayList<>();
      } else {
        current.add(line);
      }
    }
    return all;
  }

  /**
   * The README's chart pictures are the charts of today's report, byte for byte (charts take their
   * dates from the data, never the day): those the worked example drew into out/charts, or, where
   * no example did, a report made here. dev/readme-images.sh copies them.
   */
  private void picturesAreCurrent() throws IOException, InterruptedException {
    Path charts = clone.resolve("out/charts");
    if (!Files.isDirectory(charts)) {
      List<Integer> codes = new ArrayList<>();
      String all = bash("./outcomes report --as-of 2026-06-01 --quiet\n", new ArrayList<>(), codes);
      assertTrue(Files.isDirectory(charts), "no charts were drawn:\n" + all);
    }
    List<String> lines = Files.readAllLines(PICTURES.resolve("charts.txt"));
    int checked = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] pair = line.split("\\s+");
      Path chart = charts.resolve(pair[1]);
      String where = "docs/images/charts.txt:" + (i + 1) + ": ";
      assertTrue(Files.exists(chart), where + "the report draws no chart " + pair[1]);
      assertArrayEquals(
          Files.readAllBytes(chart),
          Files.readAllBytes(PICTURES.resolve(pair[0])),
          where
              + "docs/images/"
              + pair[0]
              + " is not the current "
              + pair[1]
              + ": run dev/readme-images.sh");
      checked++;
    }
    assertTrue(checked > 0, "docs/images/charts.txt names no pictures");
  }

  private static boolean onPath(String tool) throws IOException, InterruptedException {
    return new ProcessBuilder("bash", "-c", "command -v \"$0\" >/dev/null", tool).start().waitFor()
        == 0;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.collect(Collectors.toList())) {
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
