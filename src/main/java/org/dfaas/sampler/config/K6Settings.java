package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dfaas.sampler.Secrets;

/**
 * Where and how k6 runs (compat §1, §10): the {@code k6_*} keys of the k6 host, read at the top
 * level or in a target (each problem names the key's path in the node read).
 *
 * @param host the k6 host
 * @param user the SSH user on it
 * @param sshKey the private key file, {@code ~} already expanded
 * @param port the SSH port
 * @param workspaceRoot absolute path of the run workspaces on the k6 host
 * @param logStream whether k6's log is streamed while it runs
 * @param outputs each passed to k6 as {@code --out X}
 * @param tags each passed to k6 as {@code --tag k=v}, in file order
 */
public record K6Settings(
    String host,
    String user,
    Path sshKey,
    int port,
    String workspaceRoot,
    boolean logStream,
    List<String> outputs,
    Map<String, String> tags) {

  static final String DEFAULT_WORKSPACE_ROOT = "/var/lib/dfaas-k6";

  public K6Settings {
    outputs = List.copyOf(outputs);
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
  }

  /**
   * @param paths a path as written in the config to a path ({@code ~} expanded)
   */
  static K6Settings read(ConfigNode node, Function<String, Path> paths, Problems problems) {
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
    Path sshKey = Rules.path(node, "k6_ssh_key", "~/.ssh/id_rsa", paths);
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

  /** The top-level keys; a target prints the ones it may set itself ({@link Target}). */
  void print(ObjectNode into) {
    into.put("k6_host", host);
    into.put("k6_user", user);
    into.put("k6_ssh_key", sshKey.toString());
    into.put("k6_port", port);
    into.put("k6_workspace_root", workspaceRoot);
    into.put("k6_log_stream", logStream);
    ArrayNode printed = into.putArray("k6_outputs");
    // An output URL may carry a password; the printed config is pasted into issues and chats.
    outputs.forEach(output -> printed.add(Secrets.maskUrlCredentials(output)));
    ConfigPrinter.putMap(into, "k6_tags", tags);
  }
}
