package org.dfaas.sampler.metrics;

import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;

/**
 * A Prometheus query that failed: an error reply, an HTTP error, no reply in time, a reply that is
 * not Prometheus JSON, or a result that stayed empty. Names the query and its rendered PromQL.
 */
public class PrometheusQueryException extends SamplerException {

  private static final long serialVersionUID = 1L;

  private final String queryName;
  private final String promql;

  public PrometheusQueryException(String queryName, String promql, String reason, Throwable cause) {
    this(
        "Prometheus query " + queryName + " failed: " + reason + "\n  PromQL: " + promql,
        "try the PromQL in Prometheus' web UI; `dfaas-sampler check` tests every query",
        queryName,
        promql,
        cause);
  }

  /** A failure of {@code queryName} that its own message and hint tell better. */
  protected PrometheusQueryException(
      String message, String hint, String queryName, String promql, Throwable cause) {
    super(message, ExitCode.RUNTIME_FAILURE, hint, cause);
    this.queryName = queryName;
    this.promql = promql;
  }

  /** The name of the query in the queries file. */
  public String queryName() {
    return queryName;
  }

  /** The PromQL as sent. */
  public String promql() {
    return promql;
  }
}
