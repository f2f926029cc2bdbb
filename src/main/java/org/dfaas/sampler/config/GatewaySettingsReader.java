package org.dfaas.sampler.config;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads the {@code openfaas_*} keys beside {@code gateway_url}. */
final class GatewaySettingsReader {

  /** A Kubernetes namespace: a DNS label, safe in a URL query without escaping. */
  private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

  private final Function<String, Path> paths;

  /**
   * @param paths turns a path text into a path ({@code ~} expanded)
   */
  GatewaySettingsReader(Function<String, Path> paths) {
    this.paths = paths;
  }

  GatewaySettings read(ConfigNode root, Problems problems) {
    String namespace = Rules.singleLine(root, "openfaas_namespace", null);
    if (namespace != null && !NAMESPACE.matcher(namespace).matches()) {
      problems.add(
          root.pathOf("openfaas_namespace"),
          "must be a Kubernetes namespace (lower-case letters, digits, '-'), got \""
              + namespace
              + "\"");
    }
    String user = Rules.singleLine(root, "openfaas_user", GatewaySettings.DEFAULTS.user());
    if (user.isBlank() || user.contains(":")) {
      problems.add(root.pathOf("openfaas_user"), "must be non-empty and hold no ':'");
    }
    String fileText = Rules.singleLine(root, "openfaas_password_file", null);
    Path passwordFile = null;
    if (fileText != null && fileText.isBlank()) {
      problems.add(root.pathOf("openfaas_password_file"), "must not be empty");
    } else if (fileText != null) {
      passwordFile = paths.apply(fileText);
    }
    // Any character may be part of a password, so no line rule; no message below repeats it.
    String password = root.string("openfaas_password", null);
    if (password != null) {
      if (passwordFile != null) {
        problems.add(
            root.pathOf("openfaas_password"),
            "give either openfaas_password_file or openfaas_password");
      } else {
        problems.warn(
            root.pathOf("openfaas_password"),
            "a password in the config file ends up in copies and backups of it; prefer"
                + " openfaas_password_file or env "
                + GatewaySettings.PASSWORD_ENV);
      }
    }
    return new GatewaySettings(namespace, user, passwordFile, password);
  }
}
