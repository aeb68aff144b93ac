package outcomes.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/** Opening input files with the one-line errors a user can act on. */
public final class Inputs {
  private Inputs() {}

  public static InputStream openFile(Path path) {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw OutcomesException.missingInput(
          Location.of(name), "is a folder, not a file: name a CSV file");
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw OutcomesException.missingInput(
          Location.of(name), "no such file: check the path");
    } catch (AccessDeniedException e) {
      throw OutcomesException.missingInput(
          Location.of(name), "cannot be read (permission denied)");
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  static OutcomesException unreadable(String file, Throwable e) {
    return OutcomesException.missingInput(
        Location.of(file), "cannot be read: " + e.getMessage());
  }
}
