package outcomes.app.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * Files that belong together, replaced as one set in an output folder: the workbook and its charts,
 * the paper and its snapshot. A run that fails or is killed leaves the previous set as it was; one
 * that succeeds leaves the new set whole. Other files in the folder are left alone.
 *
 * <p>Every file is first written into a staging folder of this run inside the output folder ({@code
 * OUT/.outcomes-staging-…}, so that every move is a rename on one file system), and the list of
 * names is written last, when all are there. Then each file in turn: the old one, if any, is moved
 * into the staging folder, and the new one onto its name. Once all are in place a {@code done} mark
 * is made and the staging folder, with the old files, removed.
 *
 * <p>The staging folder always says how to put the old set back, whatever the moment a run stops: a
 * name whose old file is in the staging folder gets it back; a name whose new file has left it,
 * with no old file, had none, and loses the new one; any other name was not touched. A failure
 * while moving puts back the old set at once; a killed run's staging folder (its lock is free) is
 * put back the same way by the next run, before it reads anything in the folder.
 */
public final class OutputSet {
  static final String STAGING = ".outcomes-staging-";
  private static final String NEW = "new";
  private static final String OLD = "old";
  private static final String NAMES = "names";
  private static final String DONE = "done";

  /** One file of the set: its name in the folder (charts/x.png) and how to write it. */
  public record File(Path name, AtomicOutput.Content content) {
    public File {
      if (!plain(name)) {
        throw new IllegalArgumentException("not a plain relative name: " + name);
      }
    }

    public static File of(String name, AtomicOutput.Content content) {
      return new File(Path.of(name), content);
    }
  }

  /**
   * Called before each step of a replacement, numbered from 0: each move, then the done mark, then
   * the removal of the staging folder. Tests make a run fail, or stop as if killed, there.
   */
  @FunctionalInterface
  interface Step {
    void before(int step) throws IOException;
  }

  private final Path folder;
  private final Step step;

  private OutputSet(Path folder, Step step) {
    this.folder = folder;
    this.step = step;
  }

  /**
   * The set in {@code folder} (a folder, a link to one, or nothing yet: exit 74 otherwise), with
   * whatever a killed run left half-replaced there put back first.
   */
  public static OutputSet in(Path folder) {
    return in(folder, step -> {});
  }

  static OutputSet in(Path folder, Step step) {
    OutputPaths.requireFolder(folder);
    OutputSet set = new OutputSet(folder, step);
    set.recover();
    return set;
  }

  /** Puts back the old set of every staging folder left by a killed run, and removes it. */
  void recover() {
    List<RunFolder> left;
    try {
      left = RunFolder.abandoned(folder, STAGING);
    } catch (IOException e) {
      throw cannotWrite(
          folder, "cannot be read for what an earlier run left: " + OutputPaths.reason(e), e);
    }
    for (RunFolder staging : left) {
      putBack(staging);
    }
  }

  /** Writes every file into the staging folder, then replaces the set; exit 74 on failure. */
  public void replace(List<File> files) {
    recover(); // a run killed since this one began: its old files back before the names are checked
    checkNames(files);
    RunFolder staging = stage(files);
    List<Path> created = new ArrayList<>();
    Path current = folder;
    int n = 0;
    try {
      for (File f : files) {
        current = folder.resolve(f.name());
        Path old = staging.path().resolve(OLD).resolve(f.name());
        if (Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(old.getParent());
          step.before(n++);
          move(current, old);
        }
        created.addAll(createFolders(current.getParent()));
        step.before(n++);
        move(staging.path().resolve(NEW).resolve(f.name()), current);
      }
      step.before(n++);
      Files.createFile(staging.path().resolve(DONE));
    } catch (IOException | RuntimeException | Error e) {
      // out of memory or a bug too: whatever stopped the moves, the old set goes back
      rollBack(staging, created, current, e);
    }
    finish(staging, n);
  }

  private void checkNames(List<File> files) {
    Set<Path> seen = new HashSet<>();
    for (File f : files) {
      if (!seen.add(f.name())) {
        throw new IllegalArgumentException("twice in one set: " + f.name());
      }
      // the folders on the way first, from the top: a file there is what blocks the way
      Path target = folder.resolve(f.name());
      for (int i = 1; i < f.name().getNameCount(); i++) {
        OutputPaths.requireSubfolder(folder.resolve(f.name().subpath(0, i)));
      }
      OutputPaths.requireFile(target, OutputPaths.Instead.ANOTHER_FOLDER);
    }
  }

  private RunFolder stage(List<File> files) {
    RunFolder staging;
    try {
      Files.createDirectories(folder);
      staging = RunFolder.create(folder, STAGING);
    } catch (IOException e) {
      throw cannotWrite(folder, "cannot be written: " + OutputPaths.reason(e), e);
    }
    Path current = staging.path();
    try {
      List<String> names = new ArrayList<>();
      for (File f : files) {
        current = staging.path().resolve(NEW).resolve(f.name());
        Files.createDirectories(current.getParent());
        try (OutputStream out = Files.newOutputStream(current)) {
          f.content().writeTo(out);
        }
        AtomicOutput.readableByAll(current);
        names.add(f.name().toString());
      }
      // the list last, made whole by a rename: with it, the staging folder holds the entire set
      current = staging.path().resolve(NAMES);
      Path tmp = staging.path().resolve(NAMES + ".tmp");
      Files.write(tmp, (String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8));
      Files.move(tmp, current, StandardCopyOption.ATOMIC_MOVE);
      return staging;
    } catch (IOException e) {
      closeQuietly(staging);
      throw cannotWrite(current, "cannot be written: " + OutputPaths.reason(e), e);
    } catch (RuntimeException | Error e) {
      closeQuietly(staging);
      throw e;
    }
  }

  private void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new AtomicMoveNotSupportedException(
          from.toString(),
          to.toString(),
          "it is on another file"
              + " system than "
              + folder
              + " (a mount or a link): give an --out folder on one file system");
    }
  }

  /** The folders made for a file's name, deepest first, so that a roll-back can remove them. */
  private List<Path> createFolders(Path dir) throws IOException {
    List<Path> made = new ArrayList<>();
    for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
      made.add(0, p);
    }
    Files.createDirectories(dir);
    return made;
  }

  private void rollBack(RunFolder staging, List<Path> created, Path current, Throwable cause) {
    try {
      putBackNames(staging.path());
      for (int i = created.size() - 1; i >= 0; i--) {
        Files.deleteIfExists(
            created.get(i)); // only if still empty: a folder left holding files stays
      }
    } catch (IOException e) {
      staging.abandon();
      throw cannotWrite(
          current,
          describe(cause)
              + ", and the previous files could not all be put back ("
              + OutputPaths.reason(e)
              + "): they are in "
              + staging.path().resolve(OLD)
              + ", and the next run puts"
              + " them back",
          e);
    }
    closeQuietly(staging);
    if (cause instanceof IOException io) {
      throw cannotWrite(
          current,
          "cannot be written: " + OutputPaths.reason(io) + "; the previous files are as they were",
          io);
    }
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    throw (Error) cause;
  }

  private static String describe(Throwable cause) {
    return cause instanceof IOException io
        ? "cannot be written: " + OutputPaths.reason(io)
        : "the run failed";
  }

  /** A killed run's staging folder: the old set back, unless the new one was done. */
  private void putBack(RunFolder staging) {
    Path dir = staging.path();
    try {
      if (!Files.exists(dir.resolve(DONE)) && Files.exists(dir.resolve(NAMES))) {
        putBackNames(dir);
      }
    } catch (IOException e) {
      staging.abandon();
      throw cannotWrite(
          dir,
          "an earlier run that stopped half-way left the previous files here, and they"
              + " cannot be put back: "
              + OutputPaths.reason(e)
              + "; move them from its folder old/ by hand",
          e);
    }
    closeQuietly(staging);
  }

  /** For each name, last first: the old file back, or the new one gone where there was none. */
  private void putBackNames(Path staging) throws IOException {
    if (!Files.exists(staging.resolve(NAMES))) {
      return; // staging was not finished: nothing was moved
    }
    List<String> names = Files.readAllLines(staging.resolve(NAMES), StandardCharsets.UTF_8);
    for (int i = names.size() - 1; i >= 0; i--) {
      Path name = Path.of(names.get(i));
      if (!plain(name)) {
        continue; // not a list this class wrote: touch nothing outside the folder
      }
      Path old = staging.resolve(OLD).resolve(name);
      Path target = folder.resolve(name);
      if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(
            old, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else if (!Files.exists(staging.resolve(NEW).resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        Files.deleteIfExists(target);
      }
    }
  }

  /** The new set is whole: the staging folder and the old files in it go. */
  private void finish(RunFolder staging, int n) {
    try {
      step.before(n);
      staging.close();
    } catch (IOException e) {
      // the set is whole and marked done; the next run removes what is left of the staging folder
    }
  }

  private static void closeQuietly(RunFolder staging) {
    try {
      staging.close();
    } catch (IOException ignored) {
      // the next run removes what is left of the staging folder
    }
  }

  /** A name inside the folder: relative, without "." or "..". */
  private static boolean plain(Path name) {
    return !name.isAbsolute()
        && !name.toString().isEmpty()
        && name.normalize().equals(name)
        && !name.startsWith("..");
  }

  private static OutcomesException cannotWrite(Path where, String message, Throwable cause) {
    return OutcomesException.cannotWrite(Location.of(where.toString()), message, cause);
  }
}
