package org.dfaas.sampler.plan;

/**
 * Receives each configuration of an estimate with its status, in plan order, so that a caller (the
 * {@code plan --list} command) can print them as they come instead of holding millions of them.
 *
 * <p>As with {@link PlanVisitor}, {@code rates} is the walk's buffer: valid only during the call.
 */
@FunctionalInterface
public interface EstimateListener {

  /** A listener that ignores everything. */
  EstimateListener NONE = (ordinal, set, rates, status, assumedOverloaded) -> {};

  /**
   * One configuration.
   *
   * @param ordinal its 1-based position in the plan (the {@code i} of {@code config i/n})
   * @param set its function set
   * @param rates its rates, in the order of {@code set.names()}
   * @param status what the campaign would do with it
   * @param assumedOverloaded whether it was assumed overloaded and so joined the dominance index
   */
  void configuration(
      long ordinal, FunctionSet set, int[] rates, PlanStatus status, boolean assumedOverloaded);
}
