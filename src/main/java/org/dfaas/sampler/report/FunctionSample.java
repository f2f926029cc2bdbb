package org.dfaas.sampler.report;

/**
 * What one iteration measured of one function, as read back from {@code results.csv}. A value the
 * file holds as {@code nan} (or leaves empty) is {@link Double#NaN} here, so that statistics can
 * leave it out instead of counting it as zero.
 *
 * @param name the function
 * @param rate its requests per second in the configuration
 * @param successRate the share of successful requests, 0..1
 * @param avgLatencyMs the mean latency in milliseconds
 * @param cpu the function's CPU usage
 * @param ram the function's RAM usage
 */
public record FunctionSample(
    String name, int rate, double successRate, double avgLatencyMs, double cpu, double ram) {}
