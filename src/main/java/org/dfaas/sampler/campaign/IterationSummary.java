package org.dfaas.sampler.campaign;

import java.util.List;

/**
 * One measured iteration in the few numbers a person watching a campaign wants, as k6 ends a test
 * with its own: how many requests succeeded, how slow they were, how busy the node was, and whether
 * (and why) it was overloaded.
 *
 * @param successRate the configuration's mean success rate, 0..1
 * @param p95LatencyMs the highest 95th percentile latency of its functions, in milliseconds (NaN:
 *     unknown, as when k6's {@code summaryTrendStats} leave it out)
 * @param meanLatencyMs the highest mean latency of its functions, in milliseconds (NaN: unknown)
 * @param cpuPctOfCapacity node CPU in percent of its capacity (of the raw sum without a core count)
 * @param ramPct node RAM in percent
 * @param reasons why the node was overloaded, empty when it was not
 */
public record IterationSummary(
    double successRate,
    double p95LatencyMs,
    double meanLatencyMs,
    double cpuPctOfCapacity,
    double ramPct,
    List<String> reasons) {

  public IterationSummary {
    reasons = List.copyOf(reasons);
  }

  /** Whether the node was overloaded. */
  public boolean overloaded() {
    return !reasons.isEmpty();
  }
}
