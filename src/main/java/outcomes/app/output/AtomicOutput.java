package outcomes.app.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * Writes a file whole or not at all: into a temporary file beside the target, then moved over it. A
 * run that fails half-way (bad data, a full disk, a killed process) leaves the previous file as it
 * was, which is what a scheduled job and its readers need. Files that belong together are replaced
 * as a set by {@link OutputSet}.
 */
public final class AtomicOutput {
  /** Writes the content of one file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicOutput() {}

  /** Writes a file in a command's --out folder (fetched extracts, illustrative files). */
  public static void write(Path target, Content content) {
    write(target, OutputPaths.Instead.ANOTHER_FOLDER, content);
  }

  /**
   * Writes a file whole; a path holding a link, a pipe, a device or a folder is refused first (exit
   * 74, saying what to do instead), since the move would replace it rather than write into it.
   */
  public static void write(Path target, OutputPaths.Instead instead, Content content) {
    OutputPaths.requireFile(target, instead);
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
      readableByAll(tmp);
      try (OutputStream out = Files.newOutputStream(tmp)) {
        content.writeTo(out);
      }
      move(tmp, abs);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw OutcomesException.cannotWrite(
          Location.of(target.toString()), "cannot be written: " + OutputPaths.reason(e), e);
    } catch (RuntimeException | Error e) {
      // out of memory too: a stray temporary file beside the output is litter for the next run
      deleteQuietly(tmp);
      throw e;
    }
  }

  /** Temporary files are private to their owner; the finished output is an ordinary file. */
  static void readableByAll(Path p) throws IOException {
    if (Files.getFileStore(p).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(
          p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // A stray temporary file is harmless; the target is untouched either way.
      }
    }
  }
}
