package org.dfaas.sampler.results;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dfaas.sampler.plan.ByFunctionName;

/**
 * One iteration of one configuration, as a line of {@code results.csv} holds it. Functions are kept
 * sorted by name, as configurations are everywhere else.
 *
 * @param functions the functions of the configuration, names distinct
 * @param node the node's values
 * @param droppedIterations k6's {@code dropped_iterations} of the run: arrivals it could not start
 * @param overloadReasons why the node was overloaded ({@code success_rate}, {@code cpu}, {@code
 *     ram}, {@code success_rate:{f}}, {@code replicas:{f}}); empty when it was not, or when the
 *     file the row was read from does not say
 * @param nodeCores the node's core count the row was judged with ({@code node_cores}); NaN when
 *     unknown
 */
public record ResultRow(
    List<FunctionMeasurement> functions,
    NodeMeasurement node,
    long droppedIterations,
    List<String> overloadReasons,
    double nodeCores) {

  /** A row whose node's core count is not known. */
  public ResultRow(
      List<FunctionMeasurement> functions,
      NodeMeasurement node,
      long droppedIterations,
      List<String> overloadReasons) {
    this(functions, node, droppedIterations, overloadReasons, Double.NaN);
  }

  /** A row without a dropped-iteration count, as the old tool's files hold: 0. */
  public ResultRow(List<FunctionMeasurement> functions, NodeMeasurement node) {
    this(functions, node, 0);
  }

  /** A row whose overload reasons are not known. */
  public ResultRow(
      List<FunctionMeasurement> functions, NodeMeasurement node, long droppedIterations) {
    this(functions, node, droppedIterations, List.of());
  }

  public ResultRow {
    Objects.requireNonNull(node, "node");
    overloadReasons = List.copyOf(overloadReasons);
    functions = ByFunctionName.sortedOnce(functions, FunctionMeasurement::name, "result row");
  }

  /** The measurement of {@code name}, empty when that function was not in the configuration. */
  public Optional<FunctionMeasurement> function(String name) {
    return functions.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
