package org.dfaas.sampler.results;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The metrics of one iteration, the single data line of its {@code metrics-*.csv}.
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
