package org.dfaas.sampler.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToDoubleFunction;
import org.dfaas.sampler.config.OverloadSettings;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.results.FunctionMeasurement;
import org.dfaas.sampler.results.ResultRow;
import org.dfaas.sampler.results.ResultsCsv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges whether a function or the node was overloaded in one iteration (compat §8).
 *
 * <p>CPU is judged against the node's capacity: {@code cpu_usage_node} is summed over all cores, so
 * the node is overloaded when {@code cpu_usage_node / cores > cpu_overload_pct_of_capacity}.
 * Without a core count (no {@code cpu_count_node} query, or it failed) it falls back to the old
 * tool's comparison of the raw sum, with one warning at the first CPU so judged. Comparisons with
 * NaN are false: an unmeasured value never makes something overloaded.
 *
 * <p>Thread-safe. Make one per campaign.
 */
public final class OverloadEvaluator {

  private static final Logger LOG = LoggerFactory.getLogger(OverloadEvaluator.class);

  private final OverloadSettings settings;
  private final double cores;
  private final AtomicBoolean warnedOfUnknownCores = new AtomicBoolean();

  /**
   * @param cores the node's core count, NaN (or ≤ 0) when unknown
   */
  public OverloadEvaluator(OverloadSettings settings, double cores) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.cores = cores > 0 ? cores : Double.NaN;
  }

  /** Once, at the first CPU judged without a core count: a node never read needs no warning. */
  private void warnOfUnknownCores() {
    if (Double.isNaN(cores) && !warnedOfUnknownCores.getAndSet(true)) {
      LOG.warn(
          "the node's core count is unknown (no cpu_count_node query, or it failed): CPU overload"
              + " compares the sum over all cores with {} %, as the old tool did",
          settings.cpuOverloadPctOfCapacity());
    }
  }

  /** The node's core count CPU is judged against; NaN when unknown (the old tool's comparison). */
  public double cores() {
    return cores;
  }

  /** Overloaded when its success rate is below the minimum or its replicas reach the threshold. */
  public boolean functionOverloaded(double successRate, int replicas) {
    return successRate < settings.successRateFunctionMin()
        || replicas >= settings.replicasOverloadThreshold();
  }

  /**
   * Overloaded when the configuration's mean success rate is below the minimum, CPU is above the
   * share of capacity, RAM % is above its limit, or any function is overloaded.
   *
   * @param node the node's usage over the run
   * @param functions every function of the configuration, each already judged
   */
  public boolean nodeOverloaded(NodeUsage node, List<FunctionMeasurement> functions) {
    double meanSuccess =
        functions.stream()
            .mapToDouble(FunctionMeasurement::successRate)
            .average()
            .orElse(Double.NaN);
    return meanSuccess < settings.successRateNodeMin()
        || cpuPercentOfCapacity(node.cpu()) > settings.cpuOverloadPctOfCapacity()
        || node.ramPct() > settings.ramOverloadPct()
        || functions.stream().anyMatch(FunctionMeasurement::overloaded);
  }

  /**
   * Why {@link #nodeOverloaded} holds, in the order of the criteria: {@code success_rate} (the
   * configuration's mean), {@code cpu}, {@code ram}, then per function, in the given order, {@code
   * success_rate:{f}} and {@code replicas:{f}}. Empty when not overloaded.
   */
  public List<String> reasons(NodeUsage node, List<FunctionMeasurement> functions) {
    List<String> reasons = new ArrayList<>();
    if (meanSuccessRate(functions) < settings.successRateNodeMin()) {
      reasons.add("success_rate");
    }
    if (cpuPercentOfCapacity(node.cpu()) > settings.cpuOverloadPctOfCapacity()) {
      reasons.add("cpu");
    }
    if (node.ramPct() > settings.ramOverloadPct()) {
      reasons.add("ram");
    }
    for (FunctionMeasurement function : functions) {
      if (function.successRate() < settings.successRateFunctionMin()) {
        reasons.add("success_rate:" + function.name());
      }
      if (function.replicas() >= settings.replicasOverloadThreshold()) {
        reasons.add("replicas:" + function.name());
      }
    }
    return List.copyOf(reasons);
  }

  /** One iteration's row in the numbers shown after it ran. */
  public IterationSummary summary(ResultRow row) {
    NodeUsage node = row.node().loaded();
    List<FunctionMeasurement> functions = row.functions();
    return new IterationSummary(
        meanSuccessRate(functions),
        slowest(functions, f -> f.latency().p95Ms()),
        slowest(functions, FunctionMeasurement::avgLatencyMs),
        cpuPercentOfCapacity(node.cpu()),
        node.ramPct(),
        row.node().overloaded() ? reasons(node, functions) : List.of());
  }

  /** The highest latency among the functions that were driven; NaN when none is known. */
  private static double slowest(
      List<FunctionMeasurement> functions, ToDoubleFunction<FunctionMeasurement> latency) {
    return functions.stream()
        .filter(f -> f.rate() > 0)
        .mapToDouble(latency)
        .filter(Double::isFinite)
        .max()
        .orElse(Double.NaN);
  }

  /** The reasons of {@link #reasons} as one cell: joined by {@code +}, empty when none. */
  public static String reasonCell(List<String> reasons) {
    return String.join(ResultsCsv.REASON_SEPARATOR, reasons);
  }

  private static double meanSuccessRate(List<FunctionMeasurement> functions) {
    return functions.stream()
        .mapToDouble(FunctionMeasurement::successRate)
        .average()
        .orElse(Double.NaN);
  }

  /**
   * Whether any criterion of {@link #nodeOverloaded} lies within {@code margin} of its threshold,
   * relative to it: a verdict that noise could flip, which adaptive iterations measure again. A
   * success rate is compared through its failure share ({@code 1 - rate} against {@code 1 - min}),
   * since a healthy 100 % lies within 10 % of a 95 % minimum. NaN values are never near.
   *
   * @param margin the relative margin, e.g. 0.1 for 10 %
   */
  public boolean nearThreshold(NodeUsage node, List<FunctionMeasurement> functions, double margin) {
    double meanSuccess =
        functions.stream()
            .mapToDouble(FunctionMeasurement::successRate)
            .average()
            .orElse(Double.NaN);
    if (near(1 - meanSuccess, 1 - settings.successRateNodeMin(), margin)
        || near(cpuPercentOfCapacity(node.cpu()), settings.cpuOverloadPctOfCapacity(), margin)
        || near(node.ramPct(), settings.ramOverloadPct(), margin)) {
      return true;
    }
    for (FunctionMeasurement function : functions) {
      if (near(1 - function.successRate(), 1 - settings.successRateFunctionMin(), margin)
          || near(function.replicas(), settings.replicasOverloadThreshold(), margin)) {
        return true;
      }
    }
    return false;
  }

  private static boolean near(double value, double threshold, double margin) {
    return Math.abs(value - threshold) <= margin * Math.abs(threshold);
  }

  /** The CPU figure compared with the threshold: per core when the core count is known. */
  double cpuPercentOfCapacity(double cpuSum) {
    if (Double.isNaN(cores) && !Double.isNaN(cpuSum)) {
      warnOfUnknownCores();
    }
    return Double.isNaN(cores) ? cpuSum : cpuSum / cores;
  }
}
