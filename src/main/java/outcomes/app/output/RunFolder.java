package outcomes.app.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A folder that belongs to one run while the run lives: made afresh under a name no other run has,
 * open to its owner only, and held through an exclusive lock on a file inside it. A run that is
 * killed cannot remove its folder, but the operating system drops its lock; so the next run tells a
 * folder left by a dead run (its lock can be taken) from one still in use (it cannot), and takes
 * over only the first. Locks work between processes, on one machine and on network file systems
 * that support them, whoever the users are.
 */
final class RunFolder implements AutoCloseable {
  /** The lock file; its name starts with a dot so that nothing written in the folder meets it. */
  static final String LOCK = ".lock";

  private final Path path;
  private final FileChannel channel;

  private RunFolder(Path path, FileChannel channel) {
    this.path = path;
    this.channel = channel;
  }

  Path path() {
    return path;
  }

  /** A new folder in {@code parent} named {@code prefix} and random characters, owner only. */
  static RunFolder create(Path parent, String prefix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path dir = Files.createTempDirectory(parent, prefix, ownerOnly(parent));
      try {
        // CREATE_NEW: a sweeping run that opened the lock of this new folder first has taken it
        // over (it took the folder for a dead run's); then this run makes another
        FileChannel ch =
            FileChannel.open(
                dir.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        ch.lock();
        return new RunFolder(dir, ch);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 2) {
          throw e;
        }
      }
    }
  }

  /**
   * The folders in {@code parent} named {@code prefix}… that runs which were killed left behind,
   * each taken over (its lock held) so that the caller can put things right and close it. Folders
   * of live runs, and of other users which cannot be opened, are passed over.
   */
  static List<RunFolder> abandoned(Path parent, String prefix) throws IOException {
    List<RunFolder> found = new ArrayList<>();
    if (!Files.isDirectory(parent)) {
      return found;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, prefix + "*")) {
      for (Path dir : s) {
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
          claim(dir).ifPresent(found::add);
        }
      }
    }
    return found;
  }

  private static Optional<RunFolder> claim(Path dir) {
    FileChannel ch = null;
    try {
      ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = ch.tryLock();
      if (lock != null) {
        return Optional.of(new RunFolder(dir, ch));
      }
    } catch (IOException | OverlappingFileLockException e) {
      // in use by a live run (in this process too), or another user's: not ours to remove
    }
    closeQuietly(ch);
    return Optional.empty();
  }

  /** Removes the folder and everything in it, then lets its lock go. */
  @Override
  public void close() throws IOException {
    try {
      delete(path);
    } finally {
      channel.close();
    }
  }

  /**
   * Lets the lock go and leaves the folder as it is, for the next run to find as a dead run's:
   * where a run could not put things back, what it keeps there must not be removed.
   */
  void abandon() {
    closeQuietly(channel);
  }

  /** Removes a file tree; what is already gone (removed by a sweeping run) is no error. */
  static void delete(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.deleteIfExists(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null && !(e instanceof NoSuchFileException)) {
              throw e;
            }
            Files.deleteIfExists(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static FileAttribute<?>[] ownerOnly(Path parent) throws IOException {
    if (Files.getFileStore(parent).supportsFileAttributeView("posix")) {
      return new FileAttribute<?>[] {
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))
      };
    }
    return new FileAttribute<?>[0]; // elsewhere a new temporary folder is private to its owner
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // a channel that cannot close holds no lock worth keeping
      }
    }
  }
}
