package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import outcomes.fetch.FetchListener;
import outcomes.fetch.ManifestEntry;

/** The progress bar drawn for a terminal: redrawn in place, finished lines kept. */
class FetchProgressTest {
  @Test
  void redrawsTheBarInPlaceAndKeepsFinishedLines() {
    StringWriter w = new StringWriter();
    FetchListener bar = new FetchProgress.Bar(new PrintWriter(w));

    bar.started("campylobacter", 1, 2, URI.create("http://127.0.0.1/x"));
    bar.progress("campylobacter", 50_000, 200_000);
    bar.progress("campylobacter", 50_100, 200_000); // the same percentage: not redrawn
    bar.retrying("campylobacter", 1, 4, "HTTP 500", Duration.ofSeconds(2));
    bar.progress("campylobacter", 200_000, 200_000);
    bar.saved(
        new ManifestEntry(
            "campylobacter",
            93356,
            "http://127.0.0.1/x",
            "campylobacter.csv",
            Instant.EPOCH,
            200_000,
            "0".repeat(64),
            852,
            "2017"),
        1,
        2);

    String s = w.toString();
    assertTrue(
        s.startsWith(
            "\r[                        ]  waiting for the server  campylobacter (1/2)\u001b[K"
                + "\r[######------------------]  25%  49 kB of 196 kB  campylobacter (1/2)\u001b[K"
                + "\r\u001b[Kcampylobacter: try 1 of 4 failed (HTTP 500); trying again in 2 s"
                + System.lineSeparator()),
        s);
    assertTrue(
        s.endsWith(
            "\r[########################] 100%  196 kB of 196 kB  campylobacter (1/2)\u001b[K"
                + "\r\u001b[Kcampylobacter (1/2): saved campylobacter.csv, 196 kB, 852 rows"
                + System.lineSeparator()),
        s);
    assertEquals(3, s.split("\r\\[", -1).length - 1, s);
  }
}
