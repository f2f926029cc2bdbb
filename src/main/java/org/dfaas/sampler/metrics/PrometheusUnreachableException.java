package org.dfaas.sampler.metrics;

import org.dfaas.sampler.ConnectFailure;
import org.dfaas.sampler.Secrets;

/**
 * Prometheus could not be reached at all: no query ran, so the message names the server and the key
 * that sets it, not a PromQL to try.
 */
public final class PrometheusUnreachableException extends PrometheusQueryException {

  private static final long serialVersionUID = 1L;

  /**
   * @param url Prometheus' URL as configured (credentials are masked)
   * @param cause the connection's failure
   */
  public PrometheusUnreachableException(
      String url, String queryName, String promql, Throwable cause) {
    super(
        "cannot reach Prometheus at "
            + Secrets.maskUrlCredentials(url)
            + " (prometheus_url): "
            + ConnectFailure.why(cause),
        "start Prometheus, or set prometheus_url to the address it answers on;"
            + " `dfaas-sampler check -c FILE` tests it",
        queryName,
        promql,
        cause);
  }
}
