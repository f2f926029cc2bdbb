package org.dfaas.sampler.sandbox;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/** The arithmetic of the local metrics source, apart so it is tested on its own. Stateless. */
final class NodeValues {

  private NodeValues() {}

  /**
   * {@code 100 * sum over cores of (1 - idle rate)}: busy percent summed over cores, up to 100 ×
   * cores, as the bundled {@code cpu_usage_node} query gives; NaN over an empty interval.
   */
  static double cpuPercent(ProcSample first, ProcSample last) {
    long total = last.cpuTotalTicks() - first.cpuTotalTicks();
    long idle = last.cpuIdleTicks() - first.cpuIdleTicks();
    if (total <= 0) {
      return Double.NaN;
    }
    return 100.0 * last.cores() * (1 - (double) idle / total);
  }

  /** The mean of a level over the samples. */
  static double mean(List<ProcSample> samples, ToDoubleFunction<ProcSample> level) {
    return samples.stream().mapToDouble(level).average().orElse(Double.NaN);
  }

  /** How fast a function's counter grew per second between two samples; NaN over no time. */
  static double perSecond(
      ProcSample first, ProcSample last, String function, ToLongFunction<UsageCounters> counter) {
    double seconds = (last.time().toEpochMilli() - first.time().toEpochMilli()) / 1000.0;
    UsageCounters before = first.functions().get(function);
    UsageCounters after = last.functions().get(function);
    if (seconds <= 0 || after == null) {
      return Double.NaN;
    }
    long start = before == null ? 0 : counter.applyAsLong(before);
    return (counter.applyAsLong(after) - start) / seconds;
  }
}
