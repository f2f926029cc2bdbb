package org.dfaas.sampler.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.dfaas.sampler.metrics.PrometheusQueryException;
import org.dfaas.sampler.metrics.QueryCatalog;

/**
 * The local metrics source ({@code metrics_source: local}): answers the bundled queries by name
 * from samples of this machine's {@code /proc} and the sandbox's per-function counters, with the
 * meaning the PromQL has on a node exporter — so {@code MetricsCollector} works unchanged. An
 * instant query covers the last {@code time_span}, as the PromQL's range selector does; a range
 * query the window asked for.
 *
 * <p>Thread-safe ({@link SampledMetricsSource}). {@link #close} stops the sampling.
 */
public final class LocalMetricsSource extends SampledMetricsSource<ProcSample> {

  /**
   * @param procRoot {@code /proc}, or a folder holding {@code stat} and {@code meminfo} in tests
   * @param clock the wall clock windows are given in
   * @param timeSpan the window of an instant query (the configured duration)
   * @param functions the sandbox's counters now; an empty map without a sandbox
   * @param sampleInBackground whether to sample every half second on a thread of its own
   */
  public LocalMetricsSource(
      Path procRoot,
      Clock clock,
      Duration timeSpan,
      Supplier<Map<String, UsageCounters>> functions,
      boolean sampleInBackground) {
    super(
        clock,
        timeSpan,
        time -> ProcSample.read(procRoot, time, functions.get()),
        procRoot.toString(),
        sampleInBackground);
  }

  @Override
  double value(String name, String promql, List<ProcSample> window) {
    ProcSample first = window.get(0);
    ProcSample last = window.get(window.size() - 1);
    return switch (NodeValues.query(name)) {
      case QueryCatalog.CPU_NODE -> NodeValues.cpuPercent(first, last);
      case QueryCatalog.RAM_NODE -> NodeValues.mean(window, s -> s.memTotal() - s.memAvailable());
      case QueryCatalog.RAM_PCT_NODE ->
          NodeValues.mean(
              window, s -> 100.0 * (1 - (double) s.memFreeCachedBuffers() / s.memTotal()));
      case QueryCatalog.CPU_COUNT_NODE -> last.cores();
      case QueryCatalog.POWER_NODE, QueryCatalog.POWER_FUNCTION -> Double.NaN;
      case QueryCatalog.CPU_FUNCTION -> NodeValues.functionCpu(name, promql, first, last);
      case QueryCatalog.RAM_FUNCTION -> NodeValues.functionRam(name, promql, first, last);
      default ->
          throw new PrometheusQueryException(
              name, promql, "the local source has no such query", null);
    };
  }
}
