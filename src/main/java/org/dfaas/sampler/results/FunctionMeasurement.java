package org.dfaas.sampler.results;

import java.util.Objects;

/**
 * One function's part of a {@code results.csv} row: what it was asked to do and what it did in one
 * iteration.
 *
 * @param name the function name
 * @param rate the requests per second it received
 * @param successRate the share of its requests that succeeded, 0..1
 * @param usage its CPU, RAM and power over the run
 * @param replicas its replica count after the run
 * @param overloaded whether it was judged overloaded (compat §8)
 * @param avgLatencyMs its mean latency in milliseconds, {@code NaN} when unknown
 */
public record FunctionMeasurement(
    String name,
    int rate,
    double successRate,
    FunctionUsage usage,
    int replicas,
    boolean overloaded,
    double avgLatencyMs) {

  public FunctionMeasurement {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(usage, "usage");
    if (rate < 0 || replicas < 0) {
      throw new IllegalArgumentException(
          name + ": rate and replicas must be ≥ 0, got " + rate + " and " + replicas);
    }
  }
}
