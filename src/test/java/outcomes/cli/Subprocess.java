package outcomes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** `outcomes` in its own JVM (the test class path, a small heap), for memory and kill tests. */
record Subprocess(int code, String out, String err) {
  static ProcessBuilder builder(Path dir, String heap, String... args) {
    return builder(dir, heap, List.of(), args);
  }

  /** With more options for the JVM ({@code -Djava.io.tmpdir=…}). */
  static ProcessBuilder builder(Path dir, String heap, List<String> jvm, String... args) {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                // C1 only, as ./outcomes runs it: for a run of seconds C2 costs more CPU than it
                // saves
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8"));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "outcomes.cli.Main"));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd)
        .redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("stderr.txt").toFile());
  }

  /** Runs to the end (at most the given seconds) and returns what it printed. */
  static Subprocess run(Path dir, String heap, int seconds, String... args)
      throws IOException, InterruptedException {
    return run(dir, heap, List.of(), seconds, args);
  }

  static Subprocess run(Path dir, String heap, List<String> jvm, int seconds, String... args)
      throws IOException, InterruptedException {
    Process p = builder(dir, heap, jvm, args).start();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("no answer within " + seconds + " s: " + List.of(args));
    }
    return new Subprocess(
        p.exitValue(),
        Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8));
  }
}
