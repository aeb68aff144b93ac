package outcomes.app.output;

import java.io.IOException;
import java.nio.file.Path;
import outcomes.model.Location;
import outcomes.model.OutcomesException;
import outcomes.report.PoiTempFiles;

/**
 * The run's own temporary folder, {@code java.io.tmpdir/outcomes-run-…}, open to its owner only,
 * for the temporary files of Apache POI; removed when the run ends, whether it succeeded or not. A
 * folder shared by every run ({@code /tmp/poifiles}, POI's default) belongs to whoever made it
 * first, and then a service user's 6 a.m. run failed after an analyst's or root's. Folders left by
 * killed runs of this user are removed by the next run. A folder that cannot be made or removed is
 * exit 74, naming it.
 */
public final class PrivateTemp implements AutoCloseable {
  static final String PREFIX = "outcomes-run-";

  private final RunFolder folder;

  private PrivateTemp(RunFolder folder) {
    this.folder = folder;
  }

  /** A new folder in {@code java.io.tmpdir}, as the property stands now, with POI pointed at it. */
  public static PrivateTemp create() {
    Path parent = Path.of(System.getProperty("java.io.tmpdir"));
    removeAbandoned(parent);
    try {
      PrivateTemp t = new PrivateTemp(RunFolder.create(parent, PREFIX));
      PoiTempFiles.into(t.folder.path());
      return t;
    } catch (IOException e) {
      throw OutcomesException.cannotWrite(
          Location.of(parent.toString()),
          "cannot hold a temporary folder for"
              + " this run ("
              + OutputPaths.reason(e)
              + "): give Java a folder this user can write to with"
              + " -Djava.io.tmpdir=DIR (for ./outcomes, JAVA_OPTS=-Djava.io.tmpdir=DIR)",
          e);
    }
  }

  Path path() {
    return folder.path();
  }

  /** Removes the folder and what POI left in it; POI goes back to its default. */
  @Override
  public void close() {
    PoiTempFiles.reset();
    try {
      folder.close();
    } catch (IOException e) {
      throw OutcomesException.cannotWrite(
          Location.of(folder.path().toString()),
          "this run's temporary folder"
              + " cannot be removed: "
              + OutputPaths.reason(e)
              + "; remove it by hand",
          e);
    }
  }

  /** Folders of this user's killed runs: a folder that cannot be removed now is tried next time. */
  private static void removeAbandoned(Path parent) {
    try {
      for (RunFolder f : RunFolder.abandoned(parent, PREFIX)) {
        try {
          f.close();
        } catch (IOException e) {
          f.abandon();
        }
      }
    } catch (IOException e) {
      // a temporary folder that cannot be listed is reported when this run's folder is made in it
    }
  }
}
