package org.dfaas.sampler.config;

import java.util.regex.Pattern;

/** The checks shared by the keys of the {@code setup:} block. Stateless. */
final class SetupKeys {

  static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern VERSION =
      Pattern.compile("v?[0-9]+\\.[0-9]+\\.[0-9]+[A-Za-z0-9.+-]*");
  private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:@-]*");

  private SetupKeys() {}

  static String version(ConfigNode node, String key, String fallback) {
    return like(node, key, fallback, VERSION, "a release version");
  }

  /** A download URL; {@code {version}} and {@code {arch}} are checked as the values they become. */
  static String url(ConfigNode node, String key, String fallback) {
    String value = Rules.singleLine(node, key, fallback);
    Rules.checkHttpUrl(
        node.pathOf(key),
        value.replace("{version}", "1.0.0").replace("{arch}", "amd64"),
        node.problems());
    return value;
  }

  /** An optional SHA-256, lower case; {@code null} when not set. */
  static String sha256(ConfigNode node, String key) {
    String value = Rules.singleLine(node, key, null);
    if (value != null && !SHA256.matcher(value).matches()) {
      node.problems().add(node.pathOf(key), "must be 64 lower-case hexadecimal digits");
    }
    return value;
  }

  static String absolute(ConfigNode node, String key, String fallback) {
    String value = Rules.singleLine(node, key, fallback);
    if (!value.startsWith("/")) {
      node.problems().add(node.pathOf(key), "must be an absolute path, got \"" + value + "\"");
    }
    return value;
  }

  static String image(ConfigNode node, String key, String fallback) {
    return like(node, key, fallback, IMAGE, "an image reference");
  }

  /**
   * A single-line value matching {@code pattern}, else a problem saying it must be {@code what}.
   */
  private static String like(
      ConfigNode node, String key, String fallback, Pattern pattern, String what) {
    String value = Rules.singleLine(node, key, fallback);
    if (!pattern.matcher(value).matches()) {
      node.problems()
          .add(
              node.pathOf(key),
              "must be " + what + " like " + fallback + ", got \"" + value + "\"");
    }
    return value;
  }
}
