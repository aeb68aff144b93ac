package outcomes.fetch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A body received whole: the temporary file holding it (the caller checks it, moves a copy into
 * place and deletes it), its size and its SHA-256 in lower-case hex.
 */
public record Download(Path file, long bytes, String sha256) {
  public Download {
    Objects.requireNonNull(file, "file");
    if (bytes < 0) {
      throw new IllegalArgumentException("a size cannot be negative");
    }
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a SHA-256 is 64 hex digits, not " + sha256);
    }
  }
}
