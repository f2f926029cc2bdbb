package org.dfaas.sampler;

import static org.assertj.core.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real Prometheus and node exporter (Debian packages) on free loopback ports, scraping every
 * second, plus a small exporter with cAdvisor's metric names and labels for the given functions
 * (one container per replica, each with CPU growing 0.5 s per second and fixed RAM), so every
 * bundled query runs for real. For integration tests that declare
 * {@code @Requires({Tool.PROMETHEUS, Tool.NODE_EXPORTER})}.
 */
public final class LocalPrometheus implements AutoCloseable {

  /** The RAM every fake container reports, in bytes. */
  public static final double FUNCTION_RAM = 123_456_789;

  private final Path dir;
  private final List<Process> processes = new ArrayList<>();
  private HttpServer cadvisor;
  private int port;

  private LocalPrometheus(Path dir) {
    this.dir = dir;
  }

  /** Starts everything in {@code dir}, one replica per function, and waits for Prometheus. */
  public static LocalPrometheus start(Path dir, List<String> functions) throws Exception {
    Map<String, Integer> replicas = new LinkedHashMap<>();
    functions.forEach(function -> replicas.put(function, 1));
    return start(dir, replicas);
  }

  /**
   * Starts everything in {@code dir} with the given number of replicas (one cAdvisor series each)
   * per function, and waits until Prometheus answers.
   */
  public static LocalPrometheus start(Path dir, Map<String, Integer> replicas) throws Exception {
    LocalPrometheus local = new LocalPrometheus(dir);
    try {
      local.startAll(replicas);
      return local;
    } catch (Exception | AssertionError e) {
      local.close();
      throw e;
    }
  }

  private void startAll(Map<String, Integer> functions) throws Exception {
    Path prometheus = Tool.PROMETHEUS.path();
    Path nodeExporter = Tool.NODE_EXPORTER.path();
    int exporterPort = freePort();
    port = freePort();
    cadvisor = fakeCadvisor(functions);
    run(
        "node-exporter",
        nodeExporter.toString(),
        "--web.listen-address=127.0.0.1:" + exporterPort,
        "--collector.disable-defaults",
        "--collector.cpu",
        "--collector.meminfo");
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(
        config,
        "global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
            + "scrape_configs:\n"
            + "  - job_name: node\n"
            + "    static_configs: [{targets: ['127.0.0.1:"
            + exporterPort
            + "']}]\n"
            + "  - job_name: cadvisor\n"
            + "    static_configs: [{targets: ['127.0.0.1:"
            + cadvisor.getAddress().getPort()
            + "']}]\n");
    run(
        "prometheus",
        prometheus.toString(),
        "--config.file=" + config,
        "--storage.tsdb.path=" + dir.resolve("data"),
        "--web.listen-address=127.0.0.1:" + port);
    awaitReady();
  }

  /** Prometheus' base URL. */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    for (Process process : processes) {
      process.destroy();
    }
    for (Process process : processes) {
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    if (cadvisor != null) {
      cadvisor.stop(0);
    }
  }

  /** The logs of the processes, for a failure message. */
  public String logs() throws IOException {
    StringBuilder text = new StringBuilder();
    try (var files = Files.list(dir)) {
      for (Path log : files.filter(p -> p.toString().endsWith(".log")).toList()) {
        text.append("--- ").append(log.getFileName()).append('\n').append(Files.readString(log));
      }
    }
    return text.toString();
  }

  /** A free TCP port on the loopback address. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private void run(String name, String... command) throws IOException {
    processes.add(
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(name + ".log").toFile())
            .start());
  }

  private void awaitReady() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI ready = URI.create(url() + "/-/ready");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      for (Process process : processes) {
        if (!process.isAlive()) {
          fail("a process ended early: " + process.info() + "\n" + logs());
        }
      }
      try {
        var response =
            http.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet: this loop is the wait for it.
      }
      Thread.sleep(100);
    }
    fail("Prometheus was not ready within 30 s\n" + logs());
  }

  private static HttpServer fakeCadvisor(Map<String, Integer> replicas) throws IOException {
    List<String> containers = new ArrayList<>();
    int pod = 0;
    for (Map.Entry<String, Integer> function : replicas.entrySet()) {
      for (int replica = 0; replica < function.getValue(); replica++) {
        containers.add(
            "{id=\"/kubepods/burstable/pod"
                + pod++
                + "/c1\",container_label_io_kubernetes_container_name=\""
                + function.getKey()
                + "\"}");
      }
    }
    long started = System.nanoTime();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/metrics",
        exchange -> {
          double cpuSeconds = (System.nanoTime() - started) / 1e9 * 0.5;
          StringBuilder body =
              new StringBuilder(
                  "# TYPE container_cpu_usage_seconds_total counter\n"
                      + "# TYPE container_memory_usage_bytes gauge\n");
          for (String labels : containers) {
            body.append("container_cpu_usage_seconds_total")
                .append(labels)
                .append(' ')
                .append(cpuSeconds)
                .append('\n')
                .append("container_memory_usage_bytes")
                .append(labels)
                .append(' ')
                .append((long) FUNCTION_RAM)
                .append('\n');
          }
          byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4");
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
    return server;
  }
}
