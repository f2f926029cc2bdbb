package org.dfaas.sampler.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dfaas.sampler.config.LoadDuration;
import org.junit.jupiter.api.Test;

/** The rules of compat §8 for reading metrics, over a fake source that records every call. */
class MetricsCollectorTest {

  private static final Instant START = Instant.parse("2026-11-27T10:00:00Z");

  /** Answers by query name; a name listed in {@code failing} fails. */
  private static final class FakeSource implements MetricsSource {
    final List<String> calls = new ArrayList<>();
    final Map<String, Double> values;
    final List<String> failing;

    FakeSource(Map<String, Double> values, List<String> failing) {
      this.values = values;
      this.failing = failing;
    }

    @Override
    public synchronized double instant(String name, String promql) {
      calls.add("instant " + name + " " + promql);
      return answer(name, promql);
    }

    @Override
    public synchronized double range(
        String name, String promql, Instant start, Instant end, Duration step) {
      calls.add("range " + name + " " + Duration.between(start, end).toSeconds() + "s " + step);
      return answer(name, promql);
    }

    private double answer(String name, String promql) {
      if (failing.contains(name)) {
        throw new PrometheusQueryException(name, promql, "HTTP 422, execution: boom", null);
      }
      return values.getOrDefault(name, 1.0);
    }
  }

  private static final Map<String, Double> VALUES =
      Map.of(
          "cpu_usage_node", 150.0,
          "ram_usage_node", 2e9,
          "ram_usage_node_pct", 40.0,
          "power_usage_node", 9.0,
          "cpu_usage_function", 12.0,
          "ram_usage_function", 3e8,
          "power_usage_function", 2.0,
          "cpu_count_node", 4.0);

  private static MetricsCollector collector(FakeSource source, boolean scaphandre) {
    return new MetricsCollector(
        QueryCatalog.bundled(scaphandre),
        source,
        LoadDuration.parse("30s").orElseThrow(),
        scaphandre,
        Map.of("figlet", "^(1|2)$"));
  }

  @Test
  void theNodeSnapshotRunsInstantQueriesAndPowerIsNanWithoutScaphandre() {
    FakeSource source = new FakeSource(VALUES, List.of());

    NodeUsage node = collector(source, false).nodeSnapshot();

    assertThat(node.cpu()).isEqualTo(150.0);
    assertThat(node.ram()).isEqualTo(2e9);
    assertThat(node.ramPct()).isEqualTo(40.0);
    assertThat(node.power()).isNaN();
    assertThat(source.calls)
        .containsExactly(
            "instant cpu_usage_node 100 * sum(1 - rate(node_cpu_seconds_total{mode=\"idle\"}[30s]))",
            "instant ram_usage_node avg(avg_over_time(node_memory_MemTotal_bytes[30s]) -"
                + " avg_over_time(node_memory_MemAvailable_bytes[30s]))",
            source.calls.get(2));
    assertThat(source.calls.get(2)).startsWith("instant ram_usage_node_pct 100 * avg(1 - ((");
  }

  @Test
  void withScaphandreTheSnapshotReadsPower() {
    NodeUsage node = collector(new FakeSource(VALUES, List.of()), true).nodeSnapshot();

    assertThat(node.power()).isEqualTo(9.0);
  }

  @Test
  void aRunLongerThanTheDurationIsReadWithRangeQueriesOverItsWindow() {
    FakeSource source = new FakeSource(VALUES, List.of());

    MetricsRow row =
        collector(source, true)
            .afterRun(List.of("env", "figlet"), new RunWindow(START, START.plusSeconds(31)));

    assertThat(source.calls)
        .allMatch(call -> call.startsWith("range ") && call.contains(" 31s PT10S"));
    assertThat(row.node()).isEqualTo(new NodeUsage(150.0, 2e9, 40.0, 9.0));
    assertThat(row.function("figlet")).isEqualTo(new FunctionUsage(12.0, 3e8, 2.0));
    // env has no PID regex, so its power is not queried.
    assertThat(row.function("env").power()).isNaN();
    assertThat(source.calls).filteredOn(c -> c.contains("power_usage_function")).hasSize(1);
  }

  @Test
  void aRunNotLongerThanTheDurationIsReadWithInstantQueries() {
    FakeSource source = new FakeSource(VALUES, List.of());

    collector(source, false)
        .afterRun(List.of("figlet"), new RunWindow(START, START.plusSeconds(30)));

    assertThat(source.calls).isNotEmpty().allMatch(call -> call.startsWith("instant "));
    assertThat(source.calls)
        .anyMatch(c -> c.contains("container_label_io_kubernetes_container_name=\"figlet\""));
  }

  @Test
  void aFailedFunctionQueryMakesThatFunctionNanAndTheRunGoesOn() {
    FakeSource source = new FakeSource(VALUES, List.of("ram_usage_function"));

    MetricsRow row =
        collector(source, true).afterRun(List.of("figlet"), new RunWindow(START, START));

    assertThat(row.function("figlet")).isEqualTo(FunctionUsage.UNKNOWN);
    assertThat(row.node().cpu()).isEqualTo(150.0);
  }

  @Test
  void aFailedNodeQueryFailsTheSnapshot() {
    FakeSource source = new FakeSource(VALUES, List.of("ram_usage_node"));

    assertThatThrownBy(() -> collector(source, false).nodeSnapshot())
        .isInstanceOf(PrometheusQueryException.class)
        .hasMessageContaining("ram_usage_node");
  }

  @Test
  void withAnExecutorTheQueriesRunSideBySideAndAFailureStillSurfaces() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      FakeSource source = new FakeSource(VALUES, List.of());
      MetricsCollector parallel =
          new MetricsCollector(
              QueryCatalog.bundled(true),
              source,
              LoadDuration.parse("30s").orElseThrow(),
              true,
              Map.of("figlet", "1"),
              pool);

      MetricsRow row =
          parallel.afterRun(List.of("figlet", "env"), new RunWindow(START, START.plusSeconds(40)));

      assertThat(row.node()).isEqualTo(new NodeUsage(150.0, 2e9, 40.0, 9.0));
      assertThat(row.function("figlet")).isEqualTo(new FunctionUsage(12.0, 3e8, 2.0));
      assertThat(source.calls).hasSize(4 + 3 + 2);
      FakeSource failing = new FakeSource(VALUES, List.of("ram_usage_node_pct"));
      MetricsCollector broken =
          new MetricsCollector(
              QueryCatalog.bundled(false),
              failing,
              LoadDuration.parse("30s").orElseThrow(),
              false,
              Map.of(),
              pool);
      assertThatThrownBy(broken::nodeSnapshot)
          .isInstanceOf(PrometheusQueryException.class)
          .hasMessageContaining("ram_usage_node_pct");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theCoreCountComesFromItsQueryAndIsNanWhenItFailsOrIsMissing() {
    assertThat(collector(new FakeSource(VALUES, List.of()), false).cpuCount()).isEqualTo(4.0);
    assertThat(collector(new FakeSource(VALUES, List.of("cpu_count_node")), false).cpuCount())
        .isNaN();
    MetricsCollector withoutCount =
        new MetricsCollector(
            QueryCatalog.parse("f", QueryCatalogTest.minimal(""), false),
            new FakeSource(VALUES, List.of()),
            LoadDuration.parse("30s").orElseThrow(),
            false,
            Map.of());
    assertThat(withoutCount.cpuCount()).isNaN();
  }
}
