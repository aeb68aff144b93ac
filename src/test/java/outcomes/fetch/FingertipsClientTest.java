package outcomes.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.model.OutcomesException;

/**
 * Downloads against a loopback server: bytes as served, retries with backoff, what is not retried.
 */
class FingertipsClientTest {
  static final Path EXTRACT =
      Path.of(
          "src/test/resources/fingertips/fingertips_std_93356_campylobacter_countyua_2015-2017.csv");
  private static final int ID = 93356;

  @TempDir Path dir;
  private final Loopback server = Loopback.start();
  private final List<Duration> waits = new ArrayList<>();
  private final List<String> events = new ArrayList<>();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void savesTheBytesAsServedWithTheirSizeAndHash() throws Exception {
    byte[] body = Files.readAllBytes(EXTRACT);
    server.on(ID, Loopback.ok(body));

    Download d = client(RetryPolicy.STANDARD).download("campylobacter", url(), dir);

    assertArrayEquals(body, Files.readAllBytes(d.file()));
    assertEquals(body.length, d.bytes());
    assertEquals(sha256(body), d.sha256());
    assertEquals(List.of(), waits);
    assertEquals(
        List.of(
            "/api/all_data/csv/by_indicator_id?indicator_ids=93356&child_area_type_id=502"
                + "&parent_area_type_id=6&include_sortable_time_periods=yes"),
        server.requests().stream().map(URI::toString).toList());
  }

  @Test
  void buildsTheApiUrlFromAnyBase() {
    assertEquals(
        "https://fingertips.phe.org.uk/api/all_data/csv/by_indicator_id?indicator_ids=90366"
            + "&child_area_type_id=402&parent_area_type_id=15&include_sortable_time_periods=yes",
        FingertipsClient.extractUrl(URI.create("https://fingertips.phe.org.uk/"), 90366, 402, 15)
            .toString());
  }

  @Test
  void retriesServerErrorsWaitingTwiceAsLongEachTime() throws Exception {
    byte[] body = Files.readAllBytes(EXTRACT);
    server.on(
        ID, Loopback.status(500), Loopback.status(503), Loopback.status(429), Loopback.ok(body));

    Download d = client(RetryPolicy.STANDARD).download("campylobacter", url(), dir);

    assertArrayEquals(body, Files.readAllBytes(d.file()));
    assertEquals(
        List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8)), waits);
    assertEquals(List.of("retry 1/4 HTTP 500", "retry 2/4 HTTP 503", "retry 3/4 HTTP 429"), events);
  }

  @Test
  void givesUpAfterTheLastTryAndLeavesNoTemporaryFile() throws IOException {
    server.on(ID, Loopback.status(500));

    OutcomesException e =
        assertThrows(
            OutcomesException.class,
            () -> client(RetryPolicy.STANDARD).download("campylobacter", url(), dir));

    assertEquals(OutcomesException.Kind.UNAVAILABLE, e.kind());
    assertEquals(url().toString(), e.location().file());
    assertEquals("gave up after 4 tries, the last failing with HTTP 500", e.getMessage());
    assertEquals(4, server.requests().size());
    assertEquals(3, waits.size());
    assertEquals(List.of(), files());
  }

  @Test
  void retriesABodyCutShortOfItsContentLength() throws Exception {
    byte[] body = Files.readAllBytes(EXTRACT);
    server.on(ID, Loopback.cutShort(body, 1000), Loopback.ok(body));

    Download d = client(RetryPolicy.STANDARD).download("campylobacter", url(), dir);

    assertArrayEquals(body, Files.readAllBytes(d.file()));
    assertEquals(1, waits.size());
    assertEquals(List.of("retry 1/4 a body cut short at 1,000 of its 200,816 bytes"), events);
  }

  @Test
  void failsOnABodyAlwaysCutShort() throws IOException {
    byte[] body = Files.readAllBytes(EXTRACT);
    server.on(ID, Loopback.cutShort(body, 1000));

    OutcomesException e =
        assertThrows(
            OutcomesException.class,
            () ->
                client(new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(30)))
                    .download("c", url(), dir));

    assertEquals(OutcomesException.Kind.UNAVAILABLE, e.kind());
    assertEquals(
        "gave up after 2 tries, the last failing with a body cut short at 1,000 of its 200,816 bytes",
        e.getMessage());
    assertEquals(List.of(), files());
  }

  @Test
  void doesNotRetryARefusal() throws IOException {
    server.on(ID, Loopback.status(404));

    OutcomesException e =
        assertThrows(
            OutcomesException.class,
            () -> client(RetryPolicy.STANDARD).download("campylobacter", url(), dir));

    assertEquals(OutcomesException.Kind.BAD_INPUT, e.kind());
    assertTrue(
        e.getMessage().startsWith("HTTP 404: Fingertips refused the request"), e.getMessage());
    assertEquals(1, server.requests().size());
    assertEquals(List.of(), files());
  }

  @Test
  void retriesATimeout() throws Exception {
    byte[] body = Files.readAllBytes(EXTRACT);
    server.on(ID, Loopback.slow(3000, Loopback.ok(body)), Loopback.ok(body));

    Download d =
        client(new RetryPolicy(1, Duration.ZERO, Duration.ofMillis(300))).download("c", url(), dir);

    assertEquals(body.length, d.bytes());
    assertEquals(List.of("retry 1/2 no complete answer within 300 ms"), events);
  }

  @Test
  void retriesWhenNothingListens() {
    URI nowhere;
    try (Loopback closed = Loopback.start()) {
      nowhere = FingertipsClient.extractUrl(closed.base(), ID, 502, 6);
    }

    OutcomesException e =
        assertThrows(
            OutcomesException.class,
            () ->
                client(new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(10)))
                    .download("c", nowhere, dir));

    assertEquals(OutcomesException.Kind.UNAVAILABLE, e.kind());
    assertTrue(
        e.getMessage().startsWith("gave up after 3 tries, the last failing with no connection"),
        e.getMessage());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);
  }

  @Test
  void backsOffExponentiallyUpToFiveMinutes() {
    RetryPolicy p = new RetryPolicy(10, Duration.ofSeconds(2), Duration.ofSeconds(60));

    assertEquals(Duration.ofSeconds(2), p.waitAfter(1));
    assertEquals(Duration.ofSeconds(4), p.waitAfter(2));
    assertEquals(Duration.ofSeconds(128), p.waitAfter(7));
    assertEquals(Duration.ofMinutes(5), p.waitAfter(9));
    assertEquals(Duration.ofMinutes(5), p.waitAfter(10));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryPolicy(-1, Duration.ZERO, Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class, () -> new RetryPolicy(1, Duration.ZERO, Duration.ZERO));
  }

  private FingertipsClient client(RetryPolicy policy) {
    FetchListener listener =
        new FetchListener() {
          @Override
          public void retrying(
              String indicator, int failedTry, int tries, String why, Duration wait) {
            events.add("retry " + failedTry + "/" + tries + " " + why);
          }
        };
    return new FingertipsClient(FingertipsClient.standardHttp(), policy, waits::add, listener);
  }

  private URI url() {
    return FingertipsClient.extractUrl(server.base(), ID, 502, 6);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }

  static String sha256(byte[] body) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
  }
}
