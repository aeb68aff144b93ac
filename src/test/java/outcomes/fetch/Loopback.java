package outcomes.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server on the loopback interface, inside the test, answering from a script: each request
 * takes the next answer for its indicator (the {@code indicator_ids} query value), and the last
 * answer repeats. Never the internet.
 */
public final class Loopback implements AutoCloseable {
  /** One scripted answer. */
  @FunctionalInterface
  public interface Answer {
    void answer(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Map<String, ConcurrentLinkedDeque<Answer>> scripts = new ConcurrentHashMap<>();
  private final List<URI> requests = Collections.synchronizedList(new ArrayList<>());

  private Loopback() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  public static Loopback start() {
    try {
      return new Loopback();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URL to give the client, http://127.0.0.1:PORT. */
  public URI base() {
    return URI.create(
        "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
  }

  /** Queues answers for requests about one Fingertips indicator. */
  public Loopback on(int indicatorId, Answer... answers) {
    ConcurrentLinkedDeque<Answer> q =
        scripts.computeIfAbsent(String.valueOf(indicatorId), k -> new ConcurrentLinkedDeque<>());
    q.addAll(List.of(answers));
    return this;
  }

  /** Every request so far, path and query. */
  public List<URI> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    requests.add(ex.getRequestURI());
    String query = ex.getRequestURI().getQuery() == null ? "" : ex.getRequestURI().getQuery();
    String id = query.replaceAll(".*indicator_ids=([^&]*).*", "$1");
    ConcurrentLinkedDeque<Answer> q = scripts.get(id);
    Answer a = q == null ? status(404) : q.size() > 1 ? q.pollFirst() : q.peekFirst();
    a.answer(ex);
  }

  /** 200 with the body and its Content-Length. */
  public static Answer ok(byte[] body) {
    return ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/csv");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    };
  }

  /** 200 with a file's bytes. */
  public static Answer ok(Path file) {
    try {
      return ok(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A status with a short text body, as an error page. */
  public static Answer status(int code) {
    return ex -> {
      byte[] body = ("error " + code).getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(code, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    };
  }

  /**
   * 200 promising the whole body in Content-Length, then only its first {@code sent} bytes before
   * the connection drops. The server closes the connection when the handler throws, which closing a
   * short fixed-length body does.
   */
  public static Answer cutShort(byte[] body, int sent) {
    return ex -> {
      ex.sendResponseHeaders(200, body.length);
      OutputStream out = ex.getResponseBody();
      out.write(body, 0, sent);
      out.flush();
      out.close();
    };
  }

  /** Answers only after a wait, to test timeouts. */
  public static Answer slow(long millis, Answer then) {
    return ex -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      then.answer(ex);
    };
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
