package outcomes.cli;

import java.nio.file.Path;
import java.util.Optional;
import outcomes.app.output.AtomicOutput;
import outcomes.app.output.OutputPaths;

/**
 * A command's {@code --out FILE|-}, one rule for every command that writes one file (compare, calc,
 * inspect, gap, freshness): none or {@code -} is standard output; a file is written whole and moved
 * onto its name. A path that holds a symbolic link (/dev/stdout), a named pipe, a device or a
 * folder would be replaced rather than written into, so it is refused before any work is done, exit
 * 74, saying what it is and to give {@code --out -} instead.
 */
record OutFile(Optional<Path> file) {
  static final String STANDARD_OUTPUT = "-";

  /** The option as given (null when absent), checked. */
  static OutFile of(String text) {
    return text == null || text.equals(STANDARD_OUTPUT)
        ? new OutFile(Optional.empty())
        : checked(Path.of(text));
  }

  static OutFile of(Path path) {
    return of(path == null ? null : path.toString());
  }

  private static OutFile checked(Path p) {
    OutputPaths.requireFile(p, OutputPaths.Instead.STANDARD_OUTPUT);
    return new OutFile(Optional.of(p));
  }

  boolean toStandardOutput() {
    return file.isEmpty();
  }

  /** Writes the file whole or not at all (the path is checked again just before). */
  void write(AtomicOutput.Content content) {
    AtomicOutput.write(file.orElseThrow(), OutputPaths.Instead.STANDARD_OUTPUT, content);
  }
}
