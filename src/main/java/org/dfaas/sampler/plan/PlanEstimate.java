package org.dfaas.sampler.plan;

import java.util.List;

/**
 * What a campaign over a plan would do, as the {@code plan} command reports it. {@code done +
 * dominated + toRun == configurations}; {@code assumedOverloaded} counts configurations among the
 * done and to-run ones.
 *
 * @param configurations how many configurations the plan holds
 * @param done how many are already in the index
 * @param dominated how many would be skipped as dominated by an overloaded one
 * @param toRun how many would run
 * @param assumedOverloaded how many were assumed overloaded (rate sum above the capacity)
 * @param bySize the same counts per combination size, ascending by size
 */
public record PlanEstimate(
    long configurations,
    long done,
    long dominated,
    long toRun,
    long assumedOverloaded,
    List<SizeEstimate> bySize) {

  public PlanEstimate {
    bySize = List.copyOf(bySize);
  }
}
