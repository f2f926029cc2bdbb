package org.dfaas.sampler.dashboard;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages listening on {@code /events}: each gets the latest state when it connects, then every
 * new one as a server-sent event, until it goes away. At most {@link #MOST_CLIENTS} at once, so
 * that memory and threads stay bounded whoever connects.
 *
 * <p>Thread-safe.
 */
final class EventStream implements AutoCloseable {

  /** How many pages may listen at once. */
  static final int MOST_CLIENTS = 16;

  private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);

  private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
  private volatile String latest;

  /** Starts streaming to {@code exchange}; answers 503 when too many listen already. */
  void join(HttpExchange exchange) throws IOException {
    if (clients.size() >= MOST_CLIENTS) {
      Responses.text(exchange, 503, "too many pages listen to this dashboard already");
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    clients.add(exchange);
    String now = latest;
    if (now != null) {
      send(exchange, event(now));
    }
  }

  /** Sends {@code json} to every page, and keeps it for those that join later. */
  void publish(String json) {
    latest = json;
    byte[] event = event(json);
    clients.forEach(client -> send(client, event));
  }

  /** A comment line, so that proxies and the browser see the stream is alive. */
  void keepAlive() {
    byte[] ping = ": alive\n\n".getBytes(StandardCharsets.UTF_8);
    clients.forEach(client -> send(client, ping));
  }

  int clients() {
    return clients.size();
  }

  private static byte[] event(String json) {
    // JSON from Jackson holds no raw line break, so one data line carries it.
    return ("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8);
  }

  private void send(HttpExchange client, byte[] bytes) {
    try {
      OutputStream out = client.getResponseBody();
      synchronized (client) {
        out.write(bytes);
        out.flush();
      }
    } catch (IOException e) {
      LOG.debug("a page stopped listening: {}", e.toString());
      clients.remove(client);
      client.close();
    }
  }

  @Override
  public void close() {
    clients.forEach(HttpExchange::close);
    clients.clear();
  }
}
