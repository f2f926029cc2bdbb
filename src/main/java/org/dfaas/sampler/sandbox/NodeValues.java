package org.dfaas.sampler.sandbox;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.dfaas.sampler.metrics.PrometheusQueryException;

/** The arithmetic of the local metrics sources, apart so it is tested on its own. Stateless. */
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
      CounterSample first,
      CounterSample last,
      String function,
      ToLongFunction<UsageCounters> counter) {
    double seconds = seconds(first, last);
    UsageCounters before = first.functions().get(function);
    UsageCounters after = last.functions().get(function);
    if (seconds <= 0 || after == null) {
      return Double.NaN;
    }
    long start = before == null ? 0 : counter.applyAsLong(before);
    return (counter.applyAsLong(after) - start) / seconds;
  }

  /** How fast a counter summed over every function grew per second; NaN over no time. */
  static double totalPerSecond(
      CounterSample first, CounterSample last, ToLongFunction<UsageCounters> counter) {
    double seconds = seconds(first, last);
    if (seconds <= 0) {
      return Double.NaN;
    }
    double grown = 0;
    for (String function : last.functions().keySet()) {
      UsageCounters before = first.functions().get(function);
      grown +=
          counter.applyAsLong(last.functions().get(function))
              - (before == null ? 0 : counter.applyAsLong(before));
    }
    return grown / seconds;
  }

  /**
   * The bytes held on average by the requests in flight, from the growth per second of a
   * byte-microseconds counter ({@link UsageCounters#heldByteMicros}).
   */
  static double heldBytes(double byteMicrosPerSecond) {
    return byteMicrosPerSecond / 1e6;
  }

  /** CPU percent (of one core) from the growth per second of a CPU-nanoseconds counter. */
  static double cpuPercent(double cpuNanosPerSecond) {
    return cpuNanosPerSecond / 1e9 * 100;
  }

  /**
   * {@code cpu_usage_function}: the CPU time of the threads that served the function the PromQL
   * names, per second, in percent of one core.
   */
  static double functionCpu(String name, String promql, CounterSample first, CounterSample last) {
    return cpuPercent(
        perSecond(first, last, function(name, promql, last), UsageCounters::cpuNanos));
  }

  /**
   * {@code ram_usage_function}: the bytes held on average by the requests in flight of the function
   * the PromQL names.
   */
  static double functionRam(String name, String promql, CounterSample first, CounterSample last) {
    return heldBytes(
        perSecond(first, last, function(name, promql, last), UsageCounters::heldByteMicros));
  }

  /** The sandbox function a PromQL names: the one whose name it holds in quotes. */
  private static String function(String name, String promql, CounterSample sample) {
    return sample.functions().keySet().stream()
        .filter(function -> promql.contains("\"" + function + "\""))
        .findFirst()
        .orElseThrow(
            () ->
                new PrometheusQueryException(
                    name, promql, "no sandbox function of that name is running", null));
  }

  /**
   * The bundled query a name stands for: {@code check} names a per-function query {@code
   * "cpu_usage_function(figlet)"}, the query being the part before the parenthesis.
   */
  static String query(String name) {
    int paren = name.indexOf('(');
    return paren < 0 ? name : name.substring(0, paren);
  }

  private static double seconds(CounterSample first, CounterSample last) {
    return (last.time().toEpochMilli() - first.time().toEpochMilli()) / 1000.0;
  }
}
