package outcomes.fetch;

import java.net.URI;
import java.time.Duration;
import outcomes.model.OutcomesException;

/**
 * What a fetch tells its user as it goes: the command line draws a progress bar or writes lines;
 * tests and quiet runs ignore it. Progress may be reported from an HTTP thread.
 */
public interface FetchListener {
  FetchListener QUIET = new FetchListener() {};

  /** Indicator {@code index} of {@code count} (from 1) is being downloaded. */
  default void started(String indicator, int index, int count, URI url) {}

  /** Bytes received so far, and how many are expected (-1 when the server does not say). */
  default void progress(String indicator, long bytes, long expected) {}

  /** A try failed for a reason that may pass; the next starts after {@code wait}. */
  default void retrying(String indicator, int failedTry, int tries, String why, Duration wait) {}

  /** The extract was checked and saved, and the manifest updated. */
  default void saved(ManifestEntry entry, int index, int count) {}

  /** Something the user should know that is not a failure (a corrupt manifest set aside). */
  default void note(String text) {}

  /** The indicator could not be fetched; its previous copy is unchanged. */
  default void failed(String indicator, OutcomesException why) {}

  /**
   * This listener, with {@code also} told of each failure as well (a command that lists failures in
   * its own report). Kept beside the methods it forwards, so that a new one is forwarded too.
   */
  default FetchListener alsoOnFailure(
      java.util.function.BiConsumer<String, OutcomesException> also) {
    FetchListener self = this;
    return new FetchListener() {
      @Override
      public void started(String indicator, int index, int count, URI url) {
        self.started(indicator, index, count, url);
      }

      @Override
      public void progress(String indicator, long bytes, long expected) {
        self.progress(indicator, bytes, expected);
      }

      @Override
      public void retrying(String indicator, int failedTry, int tries, String why, Duration wait) {
        self.retrying(indicator, failedTry, tries, why, wait);
      }

      @Override
      public void saved(ManifestEntry entry, int index, int count) {
        self.saved(entry, index, count);
      }

      @Override
      public void note(String text) {
        self.note(text);
      }

      @Override
      public void failed(String indicator, OutcomesException why) {
        self.failed(indicator, why);
        also.accept(indicator, why);
      }
    };
  }
}
