package org.dfaas.sampler.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dfaas.sampler.FakeTime;
import org.dfaas.sampler.metrics.PrometheusQueryException;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's own metrics source: the bundled queries from scripted counters, and a real sandbox
 * measured while a thread of this same process burns CPU beside it (as the built-in load generator
 * shares the sandbox's process).
 */
class SandboxMetricsSourceTest {

  private static final String CPU =
      "100 * sum(1 - rate(node_cpu_seconds_total{mode=\"idle\"}[5s]))";
  private static final long GIB = 1L << 30;

  private final FakeTime clock = new FakeTime();
  private final Map<String, UsageCounters> counters = new HashMap<>();

  private SandboxMetricsSource source(int cores) {
    return new SandboxMetricsSource(
        clock, Duration.ofSeconds(4), () -> Map.copyOf(counters), cores, GIB, false);
  }

  @Test
  void anIdleSandboxReadsNoCpuAndNoMemoryAndItsGivenCores() {
    counters.put("cpu", new UsageCounters(5_000_000_000L, 7_000_000_000L));
    SandboxMetricsSource source = source(3);
    clock.sleep(Duration.ofSeconds(4));

    assertThat(source.instant("cpu_usage_node", CPU)).isZero();
    assertThat(source.instant("ram_usage_node", "...")).isZero();
    assertThat(source.instant("ram_usage_node_pct", "...")).isZero();
    assertThat(source.instant("cpu_count_node", "count(...)")).isEqualTo(3.0);
    assertThat(source.instant("power_usage_node", "...")).isNaN();
  }

  @Test
  void nodeUseIsTheSumOverItsFunctionsAgainstWhatItIsGiven() {
    counters.put("cpu", new UsageCounters(0, 0));
    SandboxMetricsSource source = source(2);
    clock.sleep(Duration.ofSeconds(4));
    // Over 4 s: cpu used 6 s of CPU and held 256 MiB on average, figlet (new) 2 s and 0 bytes.
    counters.put("cpu", new UsageCounters(6_000_000_000L, 4_000_000L * (GIB / 4)));
    counters.put("figlet", new UsageCounters(2_000_000_000L, 0));

    assertThat(source.instant("cpu_usage_node", CPU)).isCloseTo(200.0, within(1e-9));
    assertThat(source.instant("ram_usage_node", "...")).isCloseTo(GIB / 4.0, within(1e-3));
    assertThat(source.instant("ram_usage_node_pct", "...")).isCloseTo(25.0, within(1e-9));
    assertThat(source.instant("cpu_usage_function", "x{name=\"cpu\"}"))
        .isCloseTo(150.0, within(1e-9));
    assertThat(source.instant("cpu_usage_function(figlet)", "x{name=\"figlet\"}"))
        .isCloseTo(50.0, within(1e-9));
    assertThat(source.instant("ram_usage_function", "x{name=\"cpu\"}"))
        .isCloseTo(GIB / 4.0, within(1e-3));
    assertThatThrownBy(() -> source.instant("cpu_usage_function", "x{name=\"env\"}"))
        .isInstanceOf(PrometheusQueryException.class)
        .hasMessageContaining("no sandbox function");
    assertThatThrownBy(() -> source.instant("made_up", "up"))
        .isInstanceOf(PrometheusQueryException.class);
  }

  @Test
  void refusesNoCoresOrNoMemory() {
    assertThatThrownBy(() -> source(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countsTheSandboxsWorkAndNotABusyThreadBesideItInTheSameProcess() throws Exception {
    AtomicBoolean burning = new AtomicBoolean(true);
    Thread burner =
        new Thread(
            () -> {
              while (burning.get()) {
                Thread.onSpinWait();
              }
            },
            "busy-neighbour");
    burner.setDaemon(true);
    try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.DEFAULTS);
        SandboxMetricsSource source =
            SandboxMetricsSource.ofThisProcess(
                Clock.systemUTC(),
                Duration.ofSeconds(1),
                () -> Map.of("cpu", sandbox.usage("cpu").orElseThrow()))) {
      burner.start();
      // A whole core busy beside the sandbox for the query's second: none of it is the sandbox's.
      assertThat(source.instant("cpu_usage_node", CPU)).isZero();

      HttpClient http = HttpClient.newHttpClient();
      long until = System.nanoTime() + Duration.ofMillis(1500).toNanos();
      while (System.nanoTime() < until) {
        HttpResponse<String> reply =
            http.send(
                HttpRequest.newBuilder(URI.create(sandbox.url() + "/function/cpu"))
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString("burn"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(200);
      }

      // Requests back to back: the function's CPU, at most the one core its one caller keeps busy.
      assertThat(source.instant("cpu_usage_node", CPU)).isPositive().isLessThanOrEqualTo(110.0);
      assertThat(source.instant("ram_usage_node", "...")).isPositive();
      assertThat(source.instant("cpu_count_node", "..."))
          .isEqualTo(Runtime.getRuntime().availableProcessors());
    } finally {
      burning.set(false);
      burner.join();
    }
  }
}
