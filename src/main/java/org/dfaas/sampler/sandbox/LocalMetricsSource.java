package org.dfaas.sampler.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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
  double nodeCpu(ProcSample first, ProcSample last) {
    return NodeValues.cpuPercent(first, last);
  }

  @Override
  double nodeRamBytes(List<ProcSample> window) {
    return NodeValues.mean(window, s -> s.memTotal() - s.memAvailable());
  }

  @Override
  double nodeRamPercent(List<ProcSample> window) {
    return NodeValues.mean(
        window, s -> 100.0 * (1 - (double) s.memFreeCachedBuffers() / s.memTotal()));
  }

  @Override
  double cores(ProcSample last) {
    return last.cores();
  }
}
