package org.dfaas.sampler.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfaas.sampler.OptInBenchmark;
import org.dfaas.sampler.Requires;
import org.dfaas.sampler.Tool;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.k6.K6Load;
import org.junit.jupiter.api.Test;

/**
 * The benchmark, run only on demand ({@code -Dbenchmark=true}): the highest constant rate
 * the built-in generator sustains with ≥ 99 % of arrivals on schedule (dispatched within 5 ms, not
 * dropped), against the maximum throughput of {@code wrk} and {@code hey} on the same static
 * loopback endpoint in the same run. Prints one line per measurement.
 */
class LoadGeneratorBenchmarkIT {

  private static final Duration STEP = Duration.ofSeconds(5);

  @Test
  @OptInBenchmark
  @Requires({Tool.WRK, Tool.HEY})
  void builtinGeneratorAgainstWrkAndHey() throws Exception {
    ExecutorService serverThreads = Executors.newFixedThreadPool(8);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
    byte[] ok = "ok\n".getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(200, ok.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(ok);
          }
        });
    server.setExecutor(serverThreads);
    server.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/function/static";
    try {
      double wrk = external("wrk", "-t2", "-c64", "-d10s", url);
      double hey = external("hey", "-z", "10s", "-c", "64", url);
      int sustained = highestSustainedRate(url);
      System.out.printf(
          Locale.ROOT,
          "BENCH wrk %.0f req/s, hey %.0f req/s, builtin sustains %d/s (%.0f %% of wrk)%n",
          wrk,
          hey,
          sustained,
          100.0 * sustained / wrk);
      assertThat(sustained).isPositive();
    } finally {
      server.stop(0);
      serverThreads.shutdownNow();
    }
  }

  private static int highestSustainedRate(String url) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    // Warm-up: the JIT compiles the scheduling and client paths before anything is measured.
    sustains(http, url, 256);
    sustains(http, url, 512);
    int low = 0;
    int high = 100;
    while (sustains(http, url, high)) {
      low = high;
      high *= 2;
    }
    while (high - low > Math.max(25, low / 10)) {
      int middle = (low + high) / 2;
      if (sustains(http, url, middle)) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private static boolean sustains(HttpClient http, String url, int rate) throws Exception {
    FunctionSpec function = new FunctionSpec("static", "GET", "", Map.of(), null);
    ConstantArrivalRate load =
        new ConstantArrivalRate(
            http, new K6Load(function, url, rate), Duration.ofSeconds(5), System::nanoTime);
    LoadStats stats = load.run(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20), STEP);
    double onSchedule =
        (stats.arrivals() - stats.lateCount() - stats.droppedCount()) / (double) stats.arrivals();
    boolean ok = onSchedule >= 0.99 && stats.successes() == stats.requests();
    System.out.printf(
        Locale.ROOT,
        "BENCH builtin %d/s: %d arrivals, %d late, %d dropped, %.2f %% on schedule, p99 %.1f ms%n",
        rate,
        stats.arrivals(),
        stats.lateCount(),
        stats.droppedCount(),
        100 * onSchedule,
        stats.latencyMicros().getValueAtPercentile(99) / 1000.0);
    return ok;
  }

  /** Runs a load tool and reads its {@code Requests/sec}. */
  private static double external(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(command[0] + " did not finish");
    }
    Matcher matcher = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
    if (!matcher.find()) {
      throw new IllegalStateException(command[0] + " printed no Requests/sec:\n" + output);
    }
    System.out.println("BENCH " + command[0] + ": " + matcher.group(1) + " req/s");
    return Double.parseDouble(matcher.group(1));
  }
}
