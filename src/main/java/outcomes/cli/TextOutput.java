package outcomes.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import outcomes.app.AtomicOutput;
import picocli.CommandLine.Model.CommandSpec;

/** A command's rendered text: to standard output, or to --out whole or not at all. */
final class TextOutput {
  private TextOutput() {}

  /** Writes to standard output when {@code out} is absent or "-", otherwise to the file, atomically. */
  static void write(CommandSpec spec, Path out, String text) {
    if (out == null || out.toString().equals("-")) {
      PrintWriter w = spec.commandLine().getOut();
      w.print(text);
      w.flush();
      return;
    }
    AtomicOutput.write(out, o -> {
      Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
      w.write(text);
      w.flush();
    });
  }
}
