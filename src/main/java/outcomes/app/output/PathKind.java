package outcomes.app.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What is at a path an output is to be written to, the path itself and not what a link points to:
 * outcomes replaces an output file whole by moving a new file onto its name, which is right for a
 * regular file (or nothing) and wrong for everything else, whose name it would take over.
 */
enum PathKind {
  NOTHING("nothing"),
  FILE("a file"),
  FOLDER("a folder"),
  LINK("a symbolic link"),
  PIPE("a named pipe (FIFO)"),
  CHARACTER_DEVICE("a character device"),
  BLOCK_DEVICE("a block device"),
  SOCKET("a socket"),
  /** Something the file system does not say more of: not a regular file, a folder or a link. */
  OTHER("not a regular file");

  // The file-type bits of a Unix mode (sys/stat.h), for the kinds Java's attributes call "other".
  private static final int TYPE_BITS = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER = 0020000;
  private static final int BLOCK = 0060000;
  private static final int SOCK = 0140000;

  private final String words;

  PathKind(String words) {
    this.words = words;
  }

  /** "a named pipe (FIFO)", for messages. */
  String words() {
    return words;
  }

  /** True where an output file may go: nothing there yet, or a regular file to replace. */
  boolean replaceable() {
    return this == NOTHING || this == FILE;
  }

  static PathKind of(Path p) throws IOException {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return NOTHING;
    }
    if (a.isSymbolicLink()) {
      return LINK;
    }
    if (a.isRegularFile()) {
      return FILE;
    }
    if (a.isDirectory()) {
      return FOLDER;
    }
    return special(p);
  }

  /** A pipe, device or socket, told apart by the mode bits where the platform gives them. */
  private static PathKind special(Path p) {
    int mode;
    try {
      mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return OTHER; // not a Unix file system: "not a regular file" is all that can be said
    }
    int type = mode & TYPE_BITS;
    return type == FIFO
        ? PIPE
        : type == CHARACTER
            ? CHARACTER_DEVICE
            : type == BLOCK ? BLOCK_DEVICE : type == SOCK ? SOCKET : OTHER;
  }
}
