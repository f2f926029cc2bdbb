package org.dfaas.sampler.campaign;

/**
 * Where in the plan the campaign is: configuration {@code index} of {@code total}, each run {@code
 * iterations} times.
 *
 * @param index 1-based
 * @param total the plan's size
 * @param iterations iterations per configuration
 */
public record PlanPosition(long index, long total, int iterations) {}
