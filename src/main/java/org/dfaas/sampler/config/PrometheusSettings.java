package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * How Prometheus is queried (compat §9): patience with empty results, the per-request timeout and
 * optional credentials for a secured server: the {@code prometheus_*} keys beside {@code
 * prometheus_url}. Secrets are never held here, only the files that hold them, so this record can
 * be printed and logged.
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

  /**
   * @param paths turns a path text into a path ({@code ~} expanded)
   */
  static PrometheusSettings read(ConfigNode root, Function<String, Path> paths, Problems problems) {
    int retry = seconds(root, "prometheus_retry_seconds", DEFAULTS.retrySeconds(), 0, problems);
    int poll = seconds(root, "prometheus_poll_seconds", DEFAULTS.pollSeconds(), 1, problems);
    int timeout =
        seconds(root, "prometheus_timeout_seconds", DEFAULTS.timeoutSeconds(), 1, problems);
    String user = Rules.singleLine(root, "prometheus_user", null);
    Path passwordFile = Rules.path(root, "prometheus_password_file", null, paths);
    Path tokenFile = Rules.path(root, "prometheus_bearer_token_file", null, paths);
    if (user != null && user.isBlank()) {
      problems.add("prometheus_user", "must not be empty");
    }
    if ((user == null) != (passwordFile == null)) {
      problems.add(
          user == null ? "prometheus_password_file" : "prometheus_user",
          "basic auth needs both prometheus_user and prometheus_password_file");
    }
    if (user != null && tokenFile != null) {
      problems.add(
          "prometheus_bearer_token_file",
          "give either basic auth (prometheus_user) or a bearer token, not both");
    }
    return new PrometheusSettings(retry, poll, timeout, user, passwordFile, tokenFile);
  }

  private static int seconds(
      ConfigNode root, String key, int fallback, int min, Problems problems) {
    Integer value = root.integer(key, fallback);
    if (value == null) {
      return fallback;
    }
    if (value < min || value > 86_400) {
      problems.add(key, "must be within " + min + "..86400 seconds, got " + value);
    }
    return value;
  }

  void print(ObjectNode into) {
    into.put("prometheus_retry_seconds", retrySeconds);
    into.put("prometheus_poll_seconds", pollSeconds);
    into.put("prometheus_timeout_seconds", timeoutSeconds);
    ConfigPrinter.putOptional(into, "prometheus_user", user);
    ConfigPrinter.putOptional(into, "prometheus_password_file", passwordFile);
    ConfigPrinter.putOptional(into, "prometheus_bearer_token_file", bearerTokenFile);
  }
}
