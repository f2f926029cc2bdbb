package org.dfaas.sampler.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads and checks the {@code k6_*} keys of {@link K6Settings}, at the top level or in a target
 * (each problem names the key's path in the node read).
 */
final class K6SettingsReader {

  static final String DEFAULT_WORKSPACE_ROOT = "/var/lib/dfaas-k6";

  private final Function<String, Path> paths;

  /**
   * @param paths a path as written in the config to a path ({@code ~} expanded)
   */
  K6SettingsReader(Function<String, Path> paths) {
    this.paths = paths;
  }

  K6Settings read(ConfigNode node, Problems problems) {
    String host = Rules.singleLine(node, "k6_host", "127.0.0.1");
    if (host.isBlank()) {
      problems.add(node.pathOf("k6_host"), "must not be empty");
    } else if (!Rules.isHostNameOrAddress(host)) {
      problems.add(
          node.pathOf("k6_host"),
          "must be a host name or an IP address (letters, digits, '.', '-', '_', ':'; not"
              + " starting with '-')");
    }
    String user = Rules.singleLine(node, "k6_user", "ubuntu");
    if (user.isBlank()) {
      problems.add(node.pathOf("k6_user"), "must not be empty");
    } else if (user.startsWith("-")) {
      problems.add(
          node.pathOf("k6_user"), "must not start with '-': ssh would read it as an option");
    }
    Path sshKey = path(node, "k6_ssh_key", "~/.ssh/id_rsa");
    Integer port = node.integer("k6_port", 22);
    if (port != null && (port < 1 || port > 65535)) {
      problems.add(node.pathOf("k6_port"), "must be within 1..65535, got " + port);
    }
    String workspaceRoot = Rules.singleLine(node, "k6_workspace_root", DEFAULT_WORKSPACE_ROOT);
    if (!workspaceRoot.startsWith("/")) {
      problems.add(
          node.pathOf("k6_workspace_root"),
          "must be an absolute path on the k6 host, got \"" + workspaceRoot + "\"");
    }
    boolean logStream = node.bool("k6_log_stream", true);
    List<String> outputs = Rules.stringList(node, "k6_outputs");
    Map<String, String> tags = Rules.stringMap(node, "k6_tags");
    tags.forEach(
        (key, value) -> {
          if (key.isEmpty() || key.contains("=")) {
            problems.add(
                node.pathOf("k6_tags") + "." + key, "a tag name must be non-empty and hold no '='");
          }
        });
    return new K6Settings(
        host, user, sshKey, port == null ? 22 : port, workspaceRoot, logStream, outputs, tags);
  }

  /** The path under {@code key}, {@code ~} expanded; {@code null} when unset without fallback. */
  Path path(ConfigNode node, String key, String fallback) {
    String text = Rules.singleLine(node, key, fallback);
    if (text == null) {
      return null;
    }
    if (text.isBlank()) {
      node.problems().add(node.pathOf(key), "must not be empty");
      return null;
    }
    return paths.apply(text);
  }
}
