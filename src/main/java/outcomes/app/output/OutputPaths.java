package outcomes.app.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * The one rule for where an output may go, for every command. An output file is written whole and
 * moved onto its name, so its path must hold nothing or a regular file: a symbolic link, a named
 * pipe, a device (/dev/stdout is a link, /dev/null a device) or a folder would be replaced, not
 * written into, and is refused (exit 74) with what it is and what to do. An output folder may be a
 * link to a folder: outcomes writes through it.
 */
public final class OutputPaths {
  /** What a refusal suggests instead, by where the output was asked for. */
  public enum Instead {
    /** A command's --out FILE|-: standard output reaches a pipe, a device or a link's file. */
    STANDARD_OUTPUT,
    /** A file a command writes in its --out folder: move what is there away, or write elsewhere. */
    ANOTHER_FOLDER
  }

  private OutputPaths() {}

  /** Refuses (exit 74) a file output whose path holds anything but nothing or a regular file. */
  public static void requireFile(Path target, Instead instead) {
    PathKind kind = kind(target);
    if (kind.replaceable()) {
      return;
    }
    String what =
        kind == PathKind.LINK ? "is " + kind.words() + linkTarget(target) : "is " + kind.words();
    String message =
        instead == Instead.STANDARD_OUTPUT
            ? forStandardOutput(kind, what)
            : what
                + ", where outcomes writes a file, which would replace it: move it away or give another --out folder";
    throw OutcomesException.cannotWrite(Location.of(target.toString()), message, null);
  }

  private static String forStandardOutput(PathKind kind, String what) {
    if (kind == PathKind.LINK) {
      return what
          + ": outcomes writes a file whole and moves it onto its name, which would replace the"
          + " link; give the path it points to, or --out - for standard output";
    }
    if (kind == PathKind.FOLDER) {
      return what + ": give the path of a file";
    }
    return what
        + ", not a regular file: outcomes writes a file whole and moves it onto its name, which"
        + " would replace it; give --out - and redirect standard output to it";
  }

  /**
   * Refuses (exit 74) an output folder that is something else: a file, a pipe, a link to nothing. A
   * folder, a link to one, or nothing yet (it is made when the outputs are written) pass.
   */
  public static void requireFolder(Path folder) {
    requireFolder(folder, "give a folder with --out");
  }

  /** The same for a folder a command makes in its --out folder (charts/). */
  static void requireSubfolder(Path folder) {
    requireFolder(
        folder, "outcomes writes a folder there: move it away or give another --out folder");
  }

  private static void requireFolder(Path folder, String advice) {
    if (Files.isDirectory(folder)) {
      return;
    }
    PathKind kind = kind(folder);
    if (kind == PathKind.NOTHING) {
      return;
    }
    String message =
        kind == PathKind.LINK
            ? "is a symbolic link"
                + linkTarget(folder)
                + ", which is not a folder: make it point to a folder,"
                + " or give another --out folder"
            : "is " + kind.words() + ", not a folder: " + advice;
    throw OutcomesException.cannotWrite(Location.of(folder.toString()), message, null);
  }

  private static PathKind kind(Path p) {
    try {
      return PathKind.of(p);
    } catch (IOException e) {
      // a path under a file ("not a directory") names the file
      for (Path up = p.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
        if (Files.exists(up) && !Files.isDirectory(up)) {
          throw OutcomesException.cannotWrite(
              Location.of(p.toString()),
              "cannot be written: " + up + " is a file, not a folder",
              e);
        }
      }
      throw OutcomesException.cannotWrite(
          Location.of(p.toString()),
          "cannot be looked at: " + reason(e) + ": check the folders' permissions",
          e);
    }
  }

  private static String linkTarget(Path link) {
    try {
      return " to " + Files.readSymbolicLink(link);
    } catch (IOException | UnsupportedOperationException e) {
      return "";
    }
  }

  /** Why a file operation failed, in words, never a Java class name. */
  static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException f && f.getFile() != null) {
      // Files.createDirectories met a file where a folder should be
      return f.getFile() + " is a file, not a folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException n && n.getFile() != null) {
      return n.getFile() + " does not exist";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    String m = e.getMessage();
    return m == null ? "an input or output error" : m;
  }
}
