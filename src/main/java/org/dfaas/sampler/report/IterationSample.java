package org.dfaas.sampler.report;

import java.util.List;
import org.dfaas.sampler.plan.Configuration;

/**
 * One row of {@code results.csv}: one iteration of one configuration, reduced to what the report
 * shows.
 *
 * @param configuration the configuration the row belongs to
 * @param functions the measurements of its functions, in name order
 * @param nodeCpu the node's CPU usage while loaded
 * @param nodeRamPct the node's RAM usage while loaded, in percent
 * @param overloaded whether the node was judged overloaded in this iteration
 * @param overloadReasons why, from {@code overload_reason}; empty when not overloaded or when the
 *     file has no such column
 */
public record IterationSample(
    Configuration configuration,
    List<FunctionSample> functions,
    double nodeCpu,
    double nodeRamPct,
    boolean overloaded,
    List<String> overloadReasons) {

  public IterationSample {
    functions = List.copyOf(functions);
    overloadReasons = List.copyOf(overloadReasons);
  }

  /** The measurement of {@code function}; the configuration must hold it. */
  public FunctionSample function(String function) {
    return functions.stream()
        .filter(f -> f.name().equals(function))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(function + " is not in " + configuration));
  }

  /** The sum of the configuration's rates: the load the node received. */
  public int totalRate() {
    return configuration.pairs().stream().mapToInt(p -> p.rate()).sum();
  }
}
