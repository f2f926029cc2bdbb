package org.dfaas.sampler.k6;

import java.util.Objects;

/**
 * What one k6 run measured for one function: the inputs of the function's overload verdict and of
 * its latency column in {@code results.csv}.
 *
 * @param successRate the share of 2xx responses, 0..1
 * @param avgLatencyMs the mean request duration in milliseconds
 * @param requestCount the requests sent; k6's per-second rate when the summary has no count, so not
 *     always whole
 * @param latency the latency trend's mean, median and percentiles, NaN where the summary has none
 */
public record FunctionLoadResult(
    double successRate, double avgLatencyMs, double requestCount, LatencyDetail latency) {

  /** A function driven at rate 0 sends nothing: it neither failed nor waited. */
  public static final FunctionLoadResult IDLE =
      new FunctionLoadResult(1.0, 0.0, 0.0, LatencyDetail.ABSENT);

  public FunctionLoadResult {
    Objects.requireNonNull(latency, "latency");
  }
}
