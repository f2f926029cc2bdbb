package org.dfaas.sampler.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.FakeTime;
import org.dfaas.sampler.Requires;
import org.dfaas.sampler.Tool;
import org.dfaas.sampler.metrics.PrometheusQueryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local metrics source: the bundled queries' meaning, from a scripted /proc and the real one.
 */
class LocalMetricsSourceTest {

  private static final String CPU =
      "100 * sum(1 - rate(node_cpu_seconds_total{mode=\"idle\"}[5s]))";
  private static final String FN_CPU = "100 * sum(rate(container_cpu{name=\"cpu\"}[5s]))";

  @TempDir Path proc;
  private final FakeTime clock = new FakeTime();
  private final Map<String, UsageCounters> counters = new HashMap<>();

  /** Writes /proc/stat with 2 cores and the aggregate {@code total} ticks of which {@code idle}. */
  private void write(long total, long idle, long availableKib) throws Exception {
    long busy = total - idle;
    Files.writeString(
        proc.resolve("stat"),
        "cpu  "
            + busy
            + " 0 0 "
            + idle
            + " 0 0 0 0 0 0\ncpu0 1 0 0 1 0 0 0 0 0 0\ncpu1 1 0 0 1 0 0 0 0 0 0\nintr 5\n");
    Files.writeString(
        proc.resolve("meminfo"),
        "MemTotal:       1000 kB\nMemFree:         200 kB\nMemAvailable:    "
            + availableKib
            + " kB\nBuffers:          50 kB\nCached:          150 kB\n");
  }

  private LocalMetricsSource source() {
    return new LocalMetricsSource(
        proc, clock, Duration.ofSeconds(5), () -> Map.copyOf(counters), false);
  }

  @Test
  void nodeCpuIsBusyPercentSummedOverCoresOverTheWindow() throws Exception {
    write(1000, 1000, 600);
    LocalMetricsSource source = source();
    clock.sleep(Duration.ofSeconds(5));
    // 400 more ticks of which 100 idle: 75 % busy on each of 2 cores.
    write(1400, 1100, 400);

    assertThat(source.instant("cpu_usage_node", CPU)).isCloseTo(150.0, within(1e-9));
    assertThat(source.instant("cpu_count_node", "count(...)")).isEqualTo(2.0);
    // RAM is the mean over the window's samples: the first (1000-600 KiB) and the three taken by
    // the queries so far (1000-400 KiB each).
    assertThat(source.instant("ram_usage_node", "..."))
        .isCloseTo((400 + 3 * 600) / 4.0 * 1024, within(1e-6));
    assertThat(source.instant("ram_usage_node_pct", "...")).isCloseTo(60.0, within(1e-9));
    assertThat(source.instant("power_usage_node", "...")).isNaN();
  }

  @Test
  void aRangeOverAPastWindowGivesThatWindowsMean() throws Exception {
    write(1000, 1000, 600);
    LocalMetricsSource source = source();
    Instant start = clock.instant();
    clock.sleep(Duration.ofSeconds(10));
    write(2000, 1000, 600); // fully busy for 10 s
    source.sample();
    Instant end = clock.instant();
    clock.sleep(Duration.ofSeconds(10));
    write(3000, 2000, 600); // then idle for 10 s
    source.sample();

    assertThat(source.range("cpu_usage_node", CPU, start, end, Duration.ofSeconds(10)))
        .isCloseTo(200.0, within(1e-9));
    assertThat(source.range("cpu_usage_node", CPU, end, clock.instant(), Duration.ofSeconds(10)))
        .isCloseTo(0.0, within(1e-9));
  }

  @Test
  void functionCpuAndHeldMemoryComeFromTheSandboxCounters() throws Exception {
    write(1000, 1000, 600);
    counters.put("cpu", new UsageCounters(0, 0));
    LocalMetricsSource source = source();
    clock.sleep(Duration.ofSeconds(4));
    // 4 s of 1000 bytes held: 4e9 byte-microseconds.
    counters.put("cpu", new UsageCounters(2_000_000_000L, 4_000_000_000L));
    write(1400, 1100, 400);

    assertThat(source.instant("cpu_usage_function", FN_CPU)).isCloseTo(50.0, within(1e-9));
    assertThat(source.instant("cpu_usage_function(cpu)", FN_CPU)).isCloseTo(50.0, within(1e-9));
    assertThat(source.instant("ram_usage_function", "x{name=\"cpu\"}"))
        .isCloseTo(1000.0, within(1e-9));
    assertThatThrownBy(() -> source.instant("cpu_usage_function", "x{name=\"figlet\"}"))
        .isInstanceOf(PrometheusQueryException.class)
        .hasMessageContaining("no sandbox function");
    assertThatThrownBy(() -> source.instant("made_up", "up"))
        .isInstanceOf(PrometheusQueryException.class);
  }

  @Test
  @Requires(Tool.LINUX_PROC)
  void readsSaneValuesFromThisMachinesProc() throws Exception {
    Path real = Tool.LINUX_PROC.path();
    long cores =
        Files.readAllLines(real.resolve("stat")).stream()
            .filter(l -> l.matches("cpu\\d+ .*"))
            .count();
    List<String> meminfo = Files.readAllLines(real.resolve("meminfo"));
    long totalBytes =
        Long.parseLong(meminfo.get(0).replaceAll("\\D+", "")) * 1024; // MemTotal is first
    try (LocalMetricsSource source =
        new LocalMetricsSource(
            real, java.time.Clock.systemUTC(), Duration.ofSeconds(1), Map::of, false)) {
      double cpu = source.instant("cpu_usage_node", CPU);
      double ram = source.instant("ram_usage_node", "...");

      assertThat(source.instant("cpu_count_node", "...")).isEqualTo((double) cores);
      assertThat(cpu).isBetween(0.0, 100.0 * cores);
      assertThat(ram).isBetween(1.0, (double) totalBytes);
      assertThat(source.instant("ram_usage_node_pct", "...")).isBetween(0.0, 100.0);
    }
  }
}
