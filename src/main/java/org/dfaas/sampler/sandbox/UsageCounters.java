package org.dfaas.sampler.sandbox;

/**
 * A function's cumulative use of the sandbox since it started: CPU time of the threads that served
 * it and bytes they allocated. Counters, so a metrics source takes the difference over any window.
 *
 * @param cpuNanos CPU time spent serving the function, in nanoseconds
 * @param allocatedBytes bytes allocated while serving it
 */
public record UsageCounters(long cpuNanos, long allocatedBytes) {}
