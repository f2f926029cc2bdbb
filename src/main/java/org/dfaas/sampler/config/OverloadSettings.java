package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * When a function or the node counts as overloaded (compat §8): the {@code overload:} block.
 *
 * @param cpuOverloadPctOfCapacity node CPU above this percent of its capacity
 * @param ramOverloadPct node RAM above this percent
 * @param successRateNodeMin mean success rate of the configuration below this
 * @param successRateFunctionMin a function's success rate below this
 * @param replicasOverloadThreshold a function at this many replicas or more
 */
public record OverloadSettings(
    double cpuOverloadPctOfCapacity,
    double ramOverloadPct,
    double successRateNodeMin,
    double successRateFunctionMin,
    int replicasOverloadThreshold) {

  /** The old tool's thresholds. */
  static final OverloadSettings DEFAULTS = new OverloadSettings(80, 90, 0.95, 0.90, 15);

  static OverloadSettings read(ConfigNode root, Problems problems) {
    return root.block("overload", DEFAULTS, node -> fromBlock(node, problems));
  }

  private static OverloadSettings fromBlock(ConfigNode node, Problems problems) {
    double cpu = node.number("cpu_overload_pct_of_capacity", DEFAULTS.cpuOverloadPctOfCapacity());
    double ram = node.number("ram_overload_pct", DEFAULTS.ramOverloadPct());
    double nodeMin = node.number("success_rate_node_min", DEFAULTS.successRateNodeMin());
    double functionMin =
        node.number("success_rate_function_min", DEFAULTS.successRateFunctionMin());
    int replicas =
        node.integerOr("replicas_overload_threshold", DEFAULTS.replicasOverloadThreshold());
    Rules.checkRange("overload.cpu_overload_pct_of_capacity", cpu, 0, 100, problems);
    Rules.checkRange("overload.ram_overload_pct", ram, 0, 100, problems);
    Rules.checkRange("overload.success_rate_node_min", nodeMin, 0, 1, problems);
    Rules.checkRange("overload.success_rate_function_min", functionMin, 0, 1, problems);
    if (replicas < 1) {
      problems.add("overload.replicas_overload_threshold", "must be ≥ 1, got " + replicas);
    }
    return new OverloadSettings(cpu, ram, nodeMin, functionMin, replicas);
  }

  void print(ObjectNode into) {
    ObjectNode node = into.putObject("overload");
    node.put("cpu_overload_pct_of_capacity", cpuOverloadPctOfCapacity);
    node.put("ram_overload_pct", ramOverloadPct);
    node.put("success_rate_node_min", successRateNodeMin);
    node.put("success_rate_function_min", successRateFunctionMin);
    node.put("replicas_overload_threshold", replicasOverloadThreshold);
  }
}
