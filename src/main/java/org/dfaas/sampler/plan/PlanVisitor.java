package org.dfaas.sampler.plan;

/**
 * Receives every configuration of a {@link Plan} walk, in plan order, without a {@link
 * Configuration} being built for each: plans reach millions of configurations and a bulk consumer
 * (the {@code plan} command's estimate) only needs the rates.
 *
 * <p>The {@code rates} array is the walk's own buffer: it is valid only during the call, and the
 * visitor must neither keep nor change it.
 */
@FunctionalInterface
public interface PlanVisitor {

  /**
   * One configuration.
   *
   * @param set the combination of functions; the same instance for all its configurations
   * @param rates the rate of each function of {@code set}, in the order of {@code set.names()}
   */
  void visit(FunctionSet set, int[] rates);
}
