package org.dfaas.sampler.setup;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An HTTP server on a free loopback port serving the files of one folder, as a lab's mirror of the
 * setup downloads would; it records the paths asked for.
 */
final class LoopbackFiles implements AutoCloseable {

  private final HttpServer server;
  private final List<String> requested = new ArrayList<>();

  LoopbackFiles(Path folder) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          synchronized (requested) {
            requested.add(path);
          }
          Path file = folder.resolve(path.substring(1)).normalize();
          if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          byte[] body = Files.readAllBytes(file);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<String> requested() {
    synchronized (requested) {
      return List.copyOf(requested);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
