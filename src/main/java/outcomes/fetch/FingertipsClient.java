package outcomes.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * Downloads Fingertips CSV extracts over java.net.http, retrying with exponential backoff when a
 * try fails in a way that may pass (no connection, a timeout, a 5xx, 408 or 429 answer, a body cut
 * short of its Content-Length). A 4xx answer is not retried: asking again will not change it.
 */
public final class FingertipsClient implements ExtractSource {
  /** Where Fingertips lives. */
  public static final URI DEFAULT_BASE = URI.create("https://fingertips.phe.org.uk");

  /** Upper tier local authorities (post 4/23): counties, unitary authorities, London boroughs. */
  public static final int DEFAULT_AREA_TYPE = 502;

  /** Government Office Regions, so each borough's extract carries London as its parent. */
  public static final int DEFAULT_PARENT_AREA_TYPE = 6;

  private final HttpClient http;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final FetchListener listener;

  public FingertipsClient(
      HttpClient http, RetryPolicy policy, Sleeper sleeper, FetchListener listener) {
    this.http = http;
    this.policy = policy;
    this.sleeper = sleeper;
    this.listener = listener;
  }

  /** An HTTP client for the API: follows redirects, gives up connecting after 30 seconds. */
  public static HttpClient standardHttp() {
    // HTTP/1.1: a fixed Content-Length is what says a body arrived whole.
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(30))
        .build();
  }

  /**
   * The all-data CSV of one indicator for one area type and its parents. Sortable time periods are
   * asked for because the Fingertips export header includes them.
   */
  public static URI extractUrl(URI base, int indicatorId, int areaType, int parentAreaType) {
    String root = base.toString().replaceAll("/+$", "");
    return URI.create(
        root
            + "/api/all_data/csv/by_indicator_id?indicator_ids="
            + indicatorId
            + "&child_area_type_id="
            + areaType
            + "&parent_area_type_id="
            + parentAreaType
            + "&include_sortable_time_periods=yes");
  }

  /** The all-data CSV of the source's indicator, for its area types or the defaults. */
  @Override
  public URI extractUrl(URI base, outcomes.model.Source source) {
    return extractUrl(
        base,
        source.fingertipsId().getAsInt(),
        source.fingertipsAreaType().orElse(DEFAULT_AREA_TYPE),
        source.fingertipsParentAreaType().orElse(DEFAULT_PARENT_AREA_TYPE));
  }

  /**
   * Downloads {@code url} into a new temporary file in {@code dir}, trying as the policy says.
   *
   * @throws OutcomesException UNAVAILABLE after the last try, BAD_INPUT for a 4xx answer
   */
  @Override
  public Download download(String label, URI url, Path dir) {
    for (int attempt = 1; ; attempt++) {
      Path tmp = tempFile(dir, label);
      try {
        return once(label, url, tmp);
      } catch (Retryable e) {
        deleteQuietly(tmp);
        if (attempt >= policy.tries()) {
          throw OutcomesException.unavailable(
              Location.of(url.toString()),
              "gave up after "
                  + tries(policy.tries())
                  + ", the last failing with "
                  + e.getMessage(),
              e.getCause());
        }
        Duration wait = policy.waitAfter(attempt);
        listener.retrying(label, attempt, policy.tries(), e.getMessage(), wait);
        pause(wait, url);
      } catch (RuntimeException | Error e) {
        deleteQuietly(tmp);
        throw e;
      }
    }
  }

  private Download once(String label, URI url, Path tmp) {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .GET()
            .header("Accept", "text/csv")
            .header("User-Agent", "outcomes (public-health outcomes framework reports)")
            .build();
    MessageDigest sha = sha256();
    DigestingSubscriber[] body = new DigestingSubscriber[1];
    long[] declared = {-1};
    String[] compressed = {null};
    HttpResponse.BodyHandler<Path> handler =
        info -> {
          if (info.statusCode() != 200) {
            return HttpResponse.BodySubscribers.replacing(tmp); // an error page is not kept
          }
          String encoding =
              info.headers().firstValue("Content-Encoding").orElse("identity").strip();
          if (!encoding.equalsIgnoreCase("identity")) {
            compressed[0] = encoding;
            return HttpResponse.BodySubscribers.replacing(tmp); // not asked for, and not unpacked
          }
          declared[0] = info.headers().firstValueAsLong("Content-Length").orElse(-1);
          body[0] =
              new DigestingSubscriber(
                  HttpResponse.BodySubscribers.ofFile(tmp),
                  sha,
                  n -> listener.progress(label, n, declared[0]));
          return body[0];
        };
    HttpResponse<Path> response;
    try {
      response = send(request, handler);
    } catch (Retryable e) {
      // The client reports a short body as a bare IOException; say what it means.
      DigestingSubscriber got = body[0];
      if (got != null && declared[0] >= 0 && got.bytes() < declared[0]) {
        throw new Retryable(cutShort(got.bytes(), declared[0]), e.getCause());
      }
      throw e;
    }
    int status = response.statusCode();
    if (status >= 500 || status == 408 || status == 429) {
      throw new Retryable("HTTP " + status, null);
    }
    if (status >= 300 && status < 400) {
      // the client has followed redirects as far as it will: they go round
      throw OutcomesException.unavailable(
          Location.of(url.toString()),
          "the server's redirects go round in a loop"
              + " (still HTTP "
              + status
              + " after following them): try again later, or check --base-url",
          null);
    }
    if (status != 200) {
      throw OutcomesException.badInput(
          Location.of(url.toString()),
          "HTTP "
              + status
              + ": Fingertips refused the request; check the indicator's fingertips-id and area types");
    }
    if (compressed[0] != null) {
      throw OutcomesException.badInput(
          Location.of(url.toString()),
          "the server sent the extract compressed ("
              + compressed[0]
              + ") though it was asked for plain CSV: check --base-url points at Fingertips itself,"
              + " not a proxy");
    }
    long received = body[0].bytes();
    if (declared[0] >= 0 && received != declared[0]) {
      throw new Retryable(cutShort(received, declared[0]), null);
    }
    return new Download(tmp, received, HexFormat.of().formatHex(sha.digest()));
  }

  private HttpResponse<Path> send(HttpRequest request, HttpResponse.BodyHandler<Path> handler) {
    CompletableFuture<HttpResponse<Path>> answer = http.sendAsync(request, handler);
    try {
      // One deadline for the whole answer, body included: a stalled body must not hang a job.
      return answer.get(policy.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new Retryable("no complete answer within " + seconds(policy.timeout()), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw new Retryable(describe(io), io);
      }
      throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw OutcomesException.unavailable(Location.of(request.uri().toString()), "interrupted", e);
    }
  }

  private void pause(Duration wait, URI url) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw OutcomesException.unavailable(Location.of(url.toString()), "interrupted", e);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return "no connection within the connect timeout";
    }
    if (e instanceof HttpTimeoutException) {
      return "a timeout";
    }
    if (e instanceof ConnectException) {
      return "no connection (" + (e.getMessage() == null ? "refused" : e.getMessage()) + ")";
    }
    String m = e.getMessage();
    return "a broken connection" + (m == null || m.isBlank() ? "" : " (" + m + ")");
  }

  private static String cutShort(long received, long declared) {
    return String.format(
        Locale.ROOT, "a body cut short at %,d of its %,d bytes", received, declared);
  }

  private static String tries(int n) {
    return n == 1 ? "1 try" : n + " tries";
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static Path tempFile(Path dir, String label) {
    try {
      return Files.createTempFile(dir, "." + label + ".", ".download");
    } catch (IOException e) {
      throw OutcomesException.cannotWrite(
          Location.of(dir.toString()), "cannot hold a download: " + e.getMessage(), e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // A stray temporary file is harmless; the saved copy is untouched either way.
    }
  }

  /** A failed try that another may get past. */
  private static final class Retryable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Retryable(String message, Throwable cause) {
      super(message, cause, false, false);
    }
  }
}
