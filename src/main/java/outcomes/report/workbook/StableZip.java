package outcomes.report.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rewrites an Office file's zip with every entry dated the same fixed moment, keeping the entries'
 * order and bytes, so the same workbook content gives the same file on any day.
 */
public final class StableZip {
  /** 1 January 1980, the earliest time a zip entry can hold, whatever the machine's time zone. */
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private StableZip() {}

  public static void copy(byte[] zip, OutputStream out) throws IOException {
    ZipOutputStream z = new ZipOutputStream(out);
    z.setLevel(6);
    // Read through the central directory: streamed workbooks leave sizes out of local headers.
    try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(FIXED_TIME);
        z.putNextEntry(copy);
        try (InputStream data = in.getInputStream(e)) {
          data.transferTo(z);
        }
        z.closeEntry();
      }
    }
    z.finish();
    z.flush();
  }
}
