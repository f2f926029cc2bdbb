package org.dfaas.sampler.config;

import java.nio.file.Path;
import java.util.function.Function;

/** Reads the {@code prometheus_*} keys beside {@code prometheus_url}. */
final class PrometheusSettingsReader {

  private final Function<String, Path> paths;

  /**
   * @param paths turns a path text into a path ({@code ~} expanded)
   */
  PrometheusSettingsReader(Function<String, Path> paths) {
    this.paths = paths;
  }

  PrometheusSettings read(ConfigNode root, Problems problems) {
    PrometheusSettings defaults = PrometheusSettings.DEFAULTS;
    int retry = seconds(root, "prometheus_retry_seconds", defaults.retrySeconds(), 0, problems);
    int poll = seconds(root, "prometheus_poll_seconds", defaults.pollSeconds(), 1, problems);
    int timeout =
        seconds(root, "prometheus_timeout_seconds", defaults.timeoutSeconds(), 1, problems);
    String user = Rules.singleLine(root, "prometheus_user", null);
    Path passwordFile = path(root, "prometheus_password_file");
    Path tokenFile = path(root, "prometheus_bearer_token_file");
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

  private Path path(ConfigNode root, String key) {
    String text = Rules.singleLine(root, key, null);
    if (text == null) {
      return null;
    }
    if (text.isBlank()) {
      root.problems().add(key, "must not be empty");
      return null;
    }
    return paths.apply(text);
  }

  static int seconds(ConfigNode root, String key, int fallback, int min, Problems problems) {
    Integer value = root.integer(key, fallback);
    if (value == null) {
      return fallback;
    }
    if (value < min || value > 86_400) {
      problems.add(key, "must be within " + min + "..86400 seconds, got " + value);
    }
    return value;
  }
}
