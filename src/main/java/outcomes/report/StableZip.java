package outcomes.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rewrites an Office file's zip with every entry dated the same fixed moment, keeping the entries'
 * order and bytes, so the same workbook content gives the same file on any day. The entries are
 * copied as they were compressed, not inflated and deflated again: a workbook with national tidy
 * tables holds tens of megabytes of XML.
 */
public final class StableZip {
  /** 1 January 1980, the earliest time a zip entry can hold, whatever the machine's time zone. */
  private static final long FIXED_TIME =
      LocalDateTime.of(1980, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();

  private StableZip() {}

  public static void copy(byte[] zip, OutputStream out) throws IOException {
    ZipArchiveOutputStream z = new ZipArchiveOutputStream(out);
    // Read through the central directory: streamed workbooks leave sizes out of local headers.
    try (ZipFile in =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
        ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
        copy.setMethod(e.getMethod());
        copy.setCrc(e.getCrc());
        copy.setSize(e.getSize());
        copy.setCompressedSize(e.getCompressedSize());
        copy.setTime(FIXED_TIME);
        try (InputStream raw = in.getRawInputStream(e)) {
          z.addRawArchiveEntry(copy, raw);
        }
      }
    }
    z.finish();
    z.flush();
  }
}
