package org.dfaas.sampler.metrics;

import java.time.Duration;
import java.time.Instant;

/**
 * Where metric values come from: the seam between {@link MetricsCollector} and Prometheus, so the
 * collector is tested without a server. {@link PrometheusClient} is the real one.
 *
 * <p>Implementations must be thread-safe: the queries of one snapshot may run concurrently. A
 * source may hold a thread or a connection: {@link #close} releases it.
 */
public interface MetricsSource extends AutoCloseable {

  /**
   * The value of an instant query: the sum of its series' values.
   *
   * @param name the query's name, for messages
   * @param promql the rendered PromQL
   * @throws PrometheusQueryException when the query fails or stays empty
   */
  double instant(String name, String promql);

  /**
   * The value of a range query over {@code [start, end]}: the mean over time of the point-wise sum
   * of its series.
   *
   * @throws PrometheusQueryException when the query fails or stays empty
   */
  double range(String name, String promql, Instant start, Instant end, Duration step);

  /** Releases what the source holds (a sampling thread); nothing by default. */
  @Override
  default void close() {}
}
