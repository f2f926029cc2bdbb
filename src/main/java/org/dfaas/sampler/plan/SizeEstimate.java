package org.dfaas.sampler.plan;

/**
 * The estimate of the configurations of one combination size.
 *
 * @param size the number of functions in each configuration
 * @param configurations how many configurations of this size the plan holds
 * @param done how many are already in the index
 * @param dominated how many would be skipped as dominated by an overloaded one
 * @param toRun how many would run
 * @param assumedOverloaded how many were assumed overloaded (rate sum above the capacity)
 */
public record SizeEstimate(
    int size, long configurations, long done, long dominated, long toRun, long assumedOverloaded) {}
