package org.dfaas.sampler.config;

/**
 * When a function or the node counts as overloaded (compat §8).
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
    int replicasOverloadThreshold) {}
