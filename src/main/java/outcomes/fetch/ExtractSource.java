package outcomes.fetch;

import java.net.URI;
import java.nio.file.Path;
import outcomes.model.Source;

/**
 * Where `update` and `fetch` get an indicator's extract from: the one seam between the jobs and a
 * publisher's API. Fingertips' CSV API is {@link FingertipsClient}; Fingertips is being rebuilt
 * (FingertipsNext, JSON only), and a second source is one more implementation of this, not a change
 * to the jobs, which check, keep and compare whatever CSV extract it saves.
 */
public interface ExtractSource {
  /**
   * The address of the extract of the indicator a catalogue source names (it has a Fingertips id).
   */
  URI extractUrl(URI base, Source source);

  /**
   * Downloads {@code url} into a new temporary file in {@code dir}, whole or not at all.
   *
   * @throws outcomes.model.OutcomesException UNAVAILABLE when the server failed, BAD_INPUT when it
   *     refused
   */
  Download download(String label, URI url, Path dir);
}
