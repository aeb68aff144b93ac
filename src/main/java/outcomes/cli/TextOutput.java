package outcomes.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Model.CommandSpec;

/** A command's rendered text: to standard output, or to --out whole or not at all. */
final class TextOutput {
  private TextOutput() {}

  /** Writes to standard output, or to the file whole or not at all. */
  static void write(CommandSpec spec, OutFile out, String text) {
    if (out.toStandardOutput()) {
      PrintWriter w = spec.commandLine().getOut();
      w.print(text);
      w.flush();
      return;
    }
    out.write(
        o -> {
          Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
          w.write(text);
          w.flush();
        });
  }
}
