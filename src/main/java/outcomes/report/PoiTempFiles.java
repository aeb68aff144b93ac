package outcomes.report;

import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where Apache POI puts its temporary files (the streamed workbook's sheets, as they are written).
 * POI's own default is one fixed folder, {@code java.io.tmpdir/poifiles}, made by whoever ran first
 * and so unwritable for every other user; each run gives POI a private folder of its own instead.
 * POI keeps the choice for the whole process (every thread), and a process runs one command.
 */
public final class PoiTempFiles {
  private PoiTempFiles() {}

  /** From now on POI's temporary files go into {@code dir}. */
  public static void into(Path dir) {
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
  }

  /**
   * Back to POI's default, for whatever else runs in this process once the run's folder is gone.
   */
  public static void reset() {
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
  }
}
