package outcomes.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/** Opening input files with the one-line errors a user can act on. */
public final class InputFiles {
  private InputFiles() {}

  public static InputStream openFile(Path path) {
    return Channels.newInputStream(openChannel(path));
  }

  /** The file for reading at any position, with the same errors as {@link #openFile}. */
  public static FileChannel openChannel(Path path) {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw OutcomesException.missingInput(
          Location.of(name), "is a folder, not a file: name a CSV file");
    }
    try {
      return FileChannel.open(path, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      throw OutcomesException.missingInput(Location.of(name), "no such file: check the path");
    } catch (AccessDeniedException e) {
      throw OutcomesException.missingInput(Location.of(name), "cannot be read (permission denied)");
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  public static OutcomesException unreadable(String file, Throwable e) {
    return OutcomesException.missingInput(Location.of(file), "cannot be read: " + e.getMessage());
  }
}
