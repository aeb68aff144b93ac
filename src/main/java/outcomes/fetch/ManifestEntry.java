package outcomes.fetch;

import java.time.Instant;
import java.util.Objects;

/**
 * What one fetch saved: the indicator, the URL asked, the file (a name in the manifest's folder),
 * when it was retrieved, its size, SHA-256 and data rows, and the latest period in it ("" when no
 * period could be read).
 */
public record ManifestEntry(
    String indicator,
    int fingertipsId,
    String url,
    String file,
    Instant retrieved,
    long bytes,
    String sha256,
    long rows,
    String latestPeriod) {
  public ManifestEntry {
    if (indicator == null || indicator.isBlank()) {
      throw new IllegalArgumentException("a manifest entry names its indicator");
    }
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("a manifest entry gives its URL");
    }
    if (file == null
        || file.isBlank()
        || file.contains("/")
        || file.contains("\\")
        || file.startsWith(".")) {
      throw new IllegalArgumentException(
          "a manifest entry's file is a name in the manifest's folder, not " + file);
    }
    Objects.requireNonNull(retrieved, "retrieved");
    if (bytes < 0 || rows < 0) {
      throw new IllegalArgumentException("sizes and rows cannot be negative");
    }
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a SHA-256 is 64 lower-case hex digits, not " + sha256);
    }
    latestPeriod = latestPeriod == null ? "" : latestPeriod.strip();
  }
}
