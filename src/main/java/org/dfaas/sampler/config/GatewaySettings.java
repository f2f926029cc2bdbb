package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How the OpenFaaS gateway is read (compat §8): the namespace of the functions and the basic-auth
 * credentials, the {@code openfaas_*} keys beside {@code gateway_url}, at the top level or in a
 * target. {@link #toString()} masks the password, so the record is safe to log.
 *
 * @param namespace the {@code ?namespace=} of {@code /system/functions}, or {@code null} for the
 *     gateway's default
 * @param user the basic-auth user
 * @param passwordFile the file holding the password, or {@code null}
 * @param password a password written in the config file (works, with a warning), or {@code null}
 */
public record GatewaySettings(String namespace, String user, Path passwordFile, String password) {

  /** The defaults: gateway's namespace, user {@code admin}, password from the environment. */
  public static final GatewaySettings DEFAULTS = new GatewaySettings(null, "admin", null, null);

  /** The environment variable read when neither a password file nor a password is configured. */
  public static final String PASSWORD_ENV = "OPENFAAS_PASSWORD";

  /** A Kubernetes namespace: a DNS label, safe in a URL query without escaping. */
  private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

  /**
   * @param paths turns a path text into a path ({@code ~} expanded)
   */
  static GatewaySettings read(ConfigNode root, Function<String, Path> paths, Problems problems) {
    String namespace = Rules.singleLine(root, "openfaas_namespace", null);
    if (namespace != null && !NAMESPACE.matcher(namespace).matches()) {
      problems.add(
          root.pathOf("openfaas_namespace"),
          "must be a Kubernetes namespace (lower-case letters, digits, '-'), got \""
              + namespace
              + "\"");
    }
    String user = Rules.singleLine(root, "openfaas_user", DEFAULTS.user());
    if (user.isBlank() || user.contains(":")) {
      problems.add(root.pathOf("openfaas_user"), "must be non-empty and hold no ':'");
    }
    Path passwordFile = Rules.path(root, "openfaas_password_file", null, paths);
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
                + PASSWORD_ENV);
      }
    }
    return new GatewaySettings(namespace, user, passwordFile, password);
  }

  /** The same keys at the top level and in a target. */
  void print(ObjectNode into) {
    ConfigPrinter.putOptional(into, "openfaas_namespace", namespace);
    into.put("openfaas_user", user);
    ConfigPrinter.putOptional(into, "openfaas_password_file", passwordFile);
    if (password != null) {
      // validate's output gets pasted into issues and chats: never the secret itself.
      into.put("openfaas_password", ConfigPrinter.MASK);
    }
  }

  @Override
  public String toString() {
    return "GatewaySettings[namespace="
        + namespace
        + ", user="
        + user
        + ", passwordFile="
        + passwordFile
        + ", password="
        + (password == null ? "null" : "***")
        + "]";
  }
}
