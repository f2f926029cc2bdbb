package org.dfaas.sampler;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * An HTTP server on 127.0.0.1 with a free port that answers every request with what the test
 * scripts, and records the requests. For fault tests of the HTTP clients.
 */
public final class StubHttpServer implements AutoCloseable {

  /** What the stub answers one request with. */
  @FunctionalInterface
  public interface Handler {
    Reply handle(Request request) throws Exception;
  }

  /** A received request. */
  public record Request(String method, String uri, String authorization, String body) {}

  /**
   * A reply: status, body and an optional delay before it; {@code stallAfterHeaders} sends the
   * headers and half the body, then nothing until the server closes.
   */
  public record Reply(int status, String body, long delayMillis, boolean stallAfterHeaders) {
    public Reply(int status, String body, long delayMillis) {
      this(status, body, delayMillis, false);
    }

    public static Reply json(int status, String body) {
      return new Reply(status, body, 0);
    }

    public static Reply stallingAfterHeaders(int status, String body) {
      return new Reply(status, body, 0, true);
    }
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  public StubHttpServer(Handler handler) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", exchange -> serve(exchange, handler));
    server.start();
  }

  /**
   * Answers one exchange. An IOException (the client hung up first, as in the timeout tests)
   * propagates to the server, which closes the exchange.
   */
  private void serve(HttpExchange exchange, Handler handler) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Request request =
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestURI().toString(),
              exchange.getRequestHeaders().getFirst("Authorization"),
              body);
      requests.add(request);
      Reply reply;
      try {
        reply = handler.handle(request);
        if (reply.delayMillis() > 0) {
          Thread.sleep(reply.delayMillis());
        }
      } catch (Exception e) {
        // Shows up in the client's error message, so the test that scripted it fails readably.
        reply = new Reply(599, "stub handler failed: " + e, 0);
      }
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      if (reply.stallAfterHeaders()) {
        stall(exchange, reply.status(), bytes);
        return;
      }
      exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  private static void stall(HttpExchange exchange, int status, byte[] bytes) throws IOException {
    exchange.sendResponseHeaders(status, bytes.length);
    OutputStream out = exchange.getResponseBody();
    out.write(bytes, 0, bytes.length / 2);
    out.flush();
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      // close() interrupts the stalled reply.
      Thread.currentThread().interrupt();
    }
  }

  /** {@code http://127.0.0.1:PORT}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Every request received so far. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
