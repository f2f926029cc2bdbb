package org.dfaas.sampler.config;

/**
 * Which combination sizes the plan takes.
 *
 * @param minFunctions the smallest number of functions in a configuration
 * @param maxFunctions the exclusive upper bound on it, as the old tool had it
 */
public record Combinations(int minFunctions, int maxFunctions) {}
