package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** outcomes completion prints a bash completion script that knows every command (#23). */
class CompletionCommandTest {
  @TempDir Path dir;

  @Test
  void printsABashScriptKnowingEveryCommandAndOption() {
    CliRun run = CliRun.of("completion");

    assertEquals(0, run.code(), run.toString());
    assertTrue(run.out().startsWith("#!/usr/bin/env bash"), run.out());
    assertTrue(run.out().contains("complete -F _complete_outcomes"), run.out());
    for (String command : OutcomesCommand.SUBCOMMANDS.keySet()) {
      assertTrue(run.out().contains(command), command);
    }
    assertTrue(run.out().contains("life-expectancy"), "calc's methods");
    assertEquals(run.out(), CliRun.of("completion").out(), "the same script every time");
  }

  /** Where bash is, the script completes a command, an option and an option's values. */
  @Test
  void bashCompletesWithIt() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash");
    Path script = dir.resolve("outcomes-completion.bash");
    Files.writeString(script, CliRun.of("completion").out(), StandardCharsets.UTF_8);

    assertEquals("report", complete(script, "outcomes rep"));
    assertEquals("--format", complete(script, "outcomes gap --form"));
    assertEquals("text json csv junit", complete(script, "outcomes gap --format "));
  }

  private String complete(Path script, String line) throws Exception {
    String words = line.endsWith(" ") ? line + "''" : line;
    String bash =
        "source '"
            + script
            + "' 2>/dev/null; COMP_LINE='"
            + line
            + "'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=("
            + words
            + "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _complete_outcomes 2>/dev/null;"
            + " echo \"${COMPREPLY[*]}\"";
    Process p =
        new ProcessBuilder("/bin/bash", "--norc", "--noprofile", "-c", bash)
            .redirectErrorStream(true)
            .start();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), line);
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }
}
