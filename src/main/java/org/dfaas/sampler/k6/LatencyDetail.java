package org.dfaas.sampler.k6;

/**
 * The latency distribution of one function in one run, in milliseconds, as k6's trend summarises
 * it: the extra columns {@code latency_avg|med|p90|p95_function_{f}} of {@code results.csv}. A
 * value the summary does not hold (a function at rate 0 sent nothing; {@code summaryTrendStats} may
 * leave a percentile out) is NaN, written {@code nan}.
 *
 * @param avgMs the mean
 * @param medMs the median
 * @param p90Ms the 90th percentile
 * @param p95Ms the 95th percentile
 */
public record LatencyDetail(double avgMs, double medMs, double p90Ms, double p95Ms) {

  /** Nothing measured. */
  public static final LatencyDetail ABSENT =
      new LatencyDetail(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
