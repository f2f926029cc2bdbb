package org.dfaas.sampler.results;

import java.util.Objects;
import org.dfaas.sampler.k6.LatencyDetail;
import org.dfaas.sampler.metrics.FunctionUsage;

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
 * @param avgLatencyMs its mean latency in milliseconds, {@code NaN} when unknown (0 at rate 0, as
 *     the old tool wrote it)
 * @param latency its latency distribution for the extra columns, NaN where unknown
 * @param requestCount the requests it sent (k6's count; 0 at rate 0)
 */
public record FunctionMeasurement(
    String name,
    int rate,
    double successRate,
    FunctionUsage usage,
    int replicas,
    boolean overloaded,
    double avgLatencyMs,
    LatencyDetail latency,
    double requestCount) {

  /** A measurement without latency detail or request count, as the old tool's files hold. */
  public FunctionMeasurement(
      String name,
      int rate,
      double successRate,
      FunctionUsage usage,
      int replicas,
      boolean overloaded,
      double avgLatencyMs) {
    this(
        name,
        rate,
        successRate,
        usage,
        replicas,
        overloaded,
        avgLatencyMs,
        LatencyDetail.ABSENT,
        Double.NaN);
  }

  public FunctionMeasurement {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(latency, "latency");
    if (rate < 0 || replicas < 0) {
      throw new IllegalArgumentException(
          name + ": rate and replicas must be ≥ 0, got " + rate + " and " + replicas);
    }
  }
}
