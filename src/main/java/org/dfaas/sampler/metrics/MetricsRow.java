package org.dfaas.sampler.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the metrics queries measured over one iteration's run, for the node and each function. The
 * results package writes it as the single data line of the iteration's {@code metrics-*.csv}.
 *
 * @param node the node's usage over the run
 * @param functions each queried function's usage, by name; a function absent here is written as
 *     {@code nan}
 */
public record MetricsRow(NodeUsage node, Map<String, FunctionUsage> functions) {

  public MetricsRow {
    Objects.requireNonNull(node, "node");
    functions = Collections.unmodifiableMap(new TreeMap<>(functions));
  }

  /** The usage of {@code name}, or {@link FunctionUsage#UNKNOWN} when it was not measured. */
  public FunctionUsage function(String name) {
    return functions.getOrDefault(name, FunctionUsage.UNKNOWN);
  }
}
