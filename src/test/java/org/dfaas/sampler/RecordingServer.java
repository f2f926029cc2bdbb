package org.dfaas.sampler;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A Grafana or Loki stand-in on a free loopback port (the JDK's HttpServer): records every request
 * whole, headers included, and answers with a fixed status, or stalls until closed.
 */
public final class RecordingServer implements AutoCloseable {

  /** One request as received. */
  public record Received(
      String method, String path, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch closed = new CountDownLatch(1);

  private RecordingServer(int status, boolean stall) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(
                new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body));
            if (stall) {
              closed.await(60, TimeUnit.SECONDS);
              return;
            }
            if (status == 204) {
              exchange.sendResponseHeaders(status, -1);
            } else {
              byte[] reply = "{}".getBytes(StandardCharsets.UTF_8);
              exchange.sendResponseHeaders(status, reply.length);
              exchange.getResponseBody().write(reply);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    server.start();
  }

  /** Answers every request with {@code status}. */
  public static RecordingServer answering(int status) throws IOException {
    return new RecordingServer(status, false);
  }

  /** Reads every request, then never answers. */
  public static RecordingServer stalling() throws IOException {
    return new RecordingServer(0, true);
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
  }
}
