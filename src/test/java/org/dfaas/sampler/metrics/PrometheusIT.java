package org.dfaas.sampler.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dfaas.sampler.LocalPrometheus;
import org.dfaas.sampler.Requires;
import org.dfaas.sampler.Sleeper;
import org.dfaas.sampler.Tool;
import org.dfaas.sampler.check.CheckReport;
import org.dfaas.sampler.check.PartStatus;
import org.dfaas.sampler.check.SetupChecker;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.LoadDuration;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.platform.FunctionStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled queries against the real Prometheus and node exporter (Debian packages), started on
 * free loopback ports with a 1 s scrape interval. The per-function queries run against a small
 * exporter served by this test with cAdvisor's metric names and labels.
 */
@Requires({Tool.PROMETHEUS, Tool.NODE_EXPORTER})
class PrometheusIT {

  private static final String FUNCTION = "figlet";

  /** A function with two replicas: two cAdvisor series that must be summed. */
  private static final String SCALED = "scaled";

  private static final double FUNCTION_RAM = LocalPrometheus.FUNCTION_RAM;
  private static LocalPrometheus local;
  private static PrometheusClient client;
  private static MetricsCollector collector;
  private static Instant dataSince;

  @TempDir static Path dir;

  @BeforeAll
  static void startPrometheus() throws Exception {
    local = LocalPrometheus.start(dir, Map.of(FUNCTION, 1, SCALED, 2));
    String url = local.url();
    // The first scrapes: rate() over [5s] needs two samples of every series.
    PrometheusClient patient = client(url, Duration.ofSeconds(30));
    patient.instant("wait", "count(rate(node_cpu_seconds_total[5s])) > 0");
    patient.instant("wait", "count(rate(container_cpu_usage_seconds_total[5s])) > 0");
    dataSince = Instant.now();
    // Short retries, so the query of a function that does not exist gives up soon.
    client = client(url, Duration.ofSeconds(2));
    collector =
        new MetricsCollector(
            QueryCatalog.bundled(false),
            client,
            LoadDuration.parse("5s").orElseThrow(),
            false,
            Map.of());
  }

  private static PrometheusClient client(String url, Duration retry) {
    return new PrometheusClient(
        url,
        new PrometheusClient.Options(
            Duration.ofSeconds(5),
            retry,
            Duration.ofMillis(200),
            null,
            Clock.systemUTC(),
            Sleeper.SYSTEM));
  }

  @AfterAll
  static void stopAll() {
    if (local != null) {
      local.close();
    }
  }

  @Test
  void theNodeSnapshotAgreesWithProc() throws Exception {
    long memTotal = meminfo("MemTotal");
    long before = memTotal - meminfo("MemAvailable");
    NodeUsage node = collector.nodeSnapshot();
    long after = memTotal - meminfo("MemAvailable");
    int cores = procStatCores();

    assertThat(node.cpu()).isBetween(0.0, 100.0 * cores);
    assertThat(node.ramPct()).isBetween(0.0, 100.0);
    double tolerance = 0.05 * memTotal;
    assertThat(node.ram())
        .isBetween(Math.min(before, after) - tolerance, Math.max(before, after) + tolerance);
    assertThat(node.power()).isNaN();
    assertThat(collector.cpuCount()).isEqualTo(cores);
  }

  @Test
  void functionQueriesReadTheCadvisorSeriesWithInstantAndRangeQueries() throws Exception {
    // A range window must lie where rate() over [5s] sees a full 5 s of samples: near a series'
    // first scrape Prometheus extrapolates from too few samples and reads low.
    Instant windowStart = dataSince.plusSeconds(6);
    awaitFullRateWindow();
    Instant end = Instant.now();
    MetricsRow instant =
        collector.afterRun(List.of(FUNCTION, "absent"), new RunWindow(end.minusSeconds(5), end));
    MetricsRow range = collector.afterRun(List.of(FUNCTION), new RunWindow(windowStart, end));

    for (FunctionUsage usage : List.of(instant.function(FUNCTION), range.function(FUNCTION))) {
      // The fake counter grows by 0.5 CPU seconds per second: 50 %.
      assertThat(usage.cpu()).isBetween(40.0, 60.0);
      assertThat(usage.ram()).isEqualTo(FUNCTION_RAM);
    }
    assertThat(instant.function("absent")).isEqualTo(FunctionUsage.UNKNOWN);
    assertThat(range.node().cpu()).isBetween(0.0, 100.0 * procStatCores());
  }

  @Test
  void aFunctionWithTwoReplicasCountsBothInInstantAndRangeQueries() throws Exception {
    awaitFullRateWindow();
    Instant end = Instant.now();
    MetricsRow instant =
        collector.afterRun(List.of(SCALED), new RunWindow(end.minusSeconds(5), end));
    MetricsRow range =
        collector.afterRun(List.of(SCALED), new RunWindow(dataSince.plusSeconds(6), end));

    for (FunctionUsage usage : List.of(instant.function(SCALED), range.function(SCALED))) {
      // Two containers, each 0.5 CPU seconds per second: 100 %; the seed's first series gave 50.
      assertThat(usage.cpu()).isBetween(85.0, 115.0);
      assertThat(usage.ram()).isEqualTo(2 * FUNCTION_RAM);
    }
    // Both series straight from the server, to show the sum is not a coincidence of the query.
    assertThat(
            client.instant(
                "series",
                "count(container_memory_usage_bytes{container_label_io_kubernetes_container_name=\""
                    + SCALED
                    + "\"})"))
        .isEqualTo(2);
    assertThat(
            client.instant(
                "unsummed",
                "container_memory_usage_bytes{container_label_io_kubernetes_container_name=\""
                    + SCALED
                    + "\"}"))
        .isEqualTo(2 * FUNCTION_RAM);
  }

  /** Waits until a range window that starts 6 s after the first data holds 6.5 s of rates. */
  private static void awaitFullRateWindow() throws InterruptedException {
    Duration wanted = Duration.ofMillis(12_500);
    Duration had = Duration.between(dataSince, Instant.now());
    if (had.compareTo(wanted) < 0) {
      Thread.sleep(wanted.minus(had).toMillis());
    }
  }

  @Test
  void checkFindsEveryBundledQueryAnsweredByTheRealServer() {
    SamplerConfig config =
        new ConfigLoader(dir, () -> 1L)
            .load("it.yaml", "functions: [{name: " + FUNCTION + "}]\nduration: 5s", List.of())
            .config();

    CheckReport report =
        new SetupChecker(
                config,
                QueryCatalog.bundled(false),
                () -> client,
                () -> List.of(new FunctionStatus(FUNCTION, "openfaas-fn", 1, 1, 0, 5)))
            .check();

    assertThat(report.prometheus().status()).as(report.toString()).isEqualTo(PartStatus.OK);
    assertThat(report.queries()).hasSize(6).allSatisfy((name, q) -> assertThat(q.ok()).isTrue());
  }

  @Test
  void promqlErrorsFromTheRealServerNameTheQuery() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> client.instant("broken", "sum(rate(node_cpu_seconds_total[5s])"))
        .isInstanceOf(PrometheusQueryException.class)
        .hasMessageContaining("broken")
        .hasMessageContaining("HTTP 400, bad_data");
  }

  @Test
  void measuresTheCostOfOneNodeSnapshot() {
    double sequential = medianSnapshotMillis(collector, "one after another");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      MetricsCollector parallel =
          new MetricsCollector(
              QueryCatalog.bundled(false),
              client,
              LoadDuration.parse("5s").orElseThrow(),
              false,
              Map.of(),
              pool);
      double sideBySide = medianSnapshotMillis(parallel, "side by side");
      assertThat(Math.min(sequential, sideBySide)).isLessThan(1_000);
    } finally {
      pool.shutdownNow();
    }
  }

  private static double medianSnapshotMillis(MetricsCollector measured, String how) {
    measured.nodeSnapshot();
    int rounds = 20;
    long[] nanos = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      measured.nodeSnapshot();
      nanos[i] = System.nanoTime() - start;
    }
    java.util.Arrays.sort(nanos);
    double medianMs = nanos[rounds / 2] / 1e6;
    System.out.printf(
        "PrometheusIT: one node snapshot (3 instant queries, %s) median %.1f ms, max %.1f ms%n",
        how, medianMs, nanos[rounds - 1] / 1e6);
    return medianMs;
  }

  private static long meminfo(String key) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith(key + ":")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    throw new IllegalStateException("/proc/meminfo has no " + key);
  }

  private static int procStatCores() throws IOException {
    return (int)
        Files.readAllLines(Path.of("/proc/stat")).stream()
            .filter(line -> line.matches("cpu[0-9]+ .*"))
            .count();
  }
}
