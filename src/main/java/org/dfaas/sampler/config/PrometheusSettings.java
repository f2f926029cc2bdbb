package org.dfaas.sampler.config;

import java.nio.file.Path;

/**
 * How Prometheus is queried (compat §9): patience with empty results, the per-request timeout and
 * optional credentials for a secured server. Secrets are never held here, only the files that hold
 * them, so this record can be printed and logged.
 *
 * @param retrySeconds keep asking this long while a query returns an empty result
 * @param pollSeconds wait this long between two asks of an empty query
 * @param timeoutSeconds the limit of one request, also sent as Prometheus' {@code timeout}
 * @param user the basic-auth user, or {@code null} for none
 * @param passwordFile the file holding the basic-auth password, or {@code null}
 * @param bearerTokenFile the file holding a bearer token, or {@code null}
 */
public record PrometheusSettings(
    int retrySeconds,
    int pollSeconds,
    int timeoutSeconds,
    String user,
    Path passwordFile,
    Path bearerTokenFile) {

  /** The defaults: retry 30 s, poll every 1 s, 10 s per request, no credentials. */
  public static final PrometheusSettings DEFAULTS =
      new PrometheusSettings(30, 1, 10, null, null, null);

  /** These settings, asking only once: a diagnosis reports an empty result now, not after 30 s. */
  public PrometheusSettings withoutRetries() {
    return new PrometheusSettings(
        0, pollSeconds, timeoutSeconds, user, passwordFile, bearerTokenFile);
  }
}
