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
 * @param medLatencyMs the median latency in milliseconds (an extra column; NaN without)
 * @param p90LatencyMs the 90th percentile of latency in milliseconds (NaN without)
 * @param p95LatencyMs the 95th percentile of latency in milliseconds (NaN without)
 */
public record FunctionSample(
    String name,
    int rate,
    double successRate,
    double avgLatencyMs,
    double cpu,
    double ram,
    double medLatencyMs,
    double p90LatencyMs,
    double p95LatencyMs) {}
