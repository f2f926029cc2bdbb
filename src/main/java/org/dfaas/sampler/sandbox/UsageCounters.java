package org.dfaas.sampler.sandbox;

/**
 * A function's cumulative use of the sandbox since it started, counted per request from the
 * request's arrival at the function to its reply (429s included). Counters, so a metrics source
 * takes the difference over any window.
 *
 * @param cpuNanos CPU time of the threads that served the function, in nanoseconds
 * @param heldByteMicros memory held by its requests over time, in byte-microseconds: each request
 *     holds the bytes it allocated for as long as it runs (the JVM frees nothing sooner), so the
 *     growth over a window divided by the window's length is the mean memory its requests in flight
 *     held
 */
public record UsageCounters(long cpuNanos, long heldByteMicros) {}
