package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One node of {@code targets:} with every per-target value in force: what the item sets, else the
 * top level's. Immutable; safe to print (the gateway settings mask a password).
 *
 * <p>An item is read by the same blocks as the top level, over the top-level keys with the item's
 * own on top, so a target inherits every key it does not set and a bad value is refused with the
 * same words; a problem is reported once, at the place it was written ({@code targets[1].k6_host},
 * or the top-level key a target inherits).
 *
 * @param name the target's safe name: its output folder in a fleet, its k6 workspace folder, the
 *     {@code host} of its events
 * @param nodeType a free label ({@code LIGHT}, {@code MID}, {@code HEAVY}), or {@code null}
 * @param k6 where and how its k6 runs
 * @param gatewayUrl its OpenFaaS gateway
 * @param prometheusUrl its Prometheus
 * @param gateway its gateway credentials
 * @param k6Execution how its k6 gets run
 * @param embedded which of its parts are the tool's own
 */
public record Target(
    String name,
    String nodeType,
    K6Settings k6,
    String gatewayUrl,
    String prometheusUrl,
    GatewaySettings gateway,
    K6ExecutionSettings k6Execution,
    EmbeddedSettings embedded) {

  /** The keys an item of {@code targets:} may set besides {@code name} and {@code node_type}. */
  static final List<String> PER_TARGET_KEYS =
      List.of(
          "gateway_url",
          "prometheus_url",
          "openfaas_user",
          "openfaas_namespace",
          "openfaas_password",
          "openfaas_password_file",
          "k6_host",
          "k6_user",
          "k6_port",
          "k6_ssh_key",
          "k6_workspace_root",
          "k6_executor",
          "k6_binary",
          "k6_host_key_policy",
          "k6_known_hosts",
          "platform",
          "metrics_source",
          "load_generator");

  private static final Set<String> PASSWORD_KEYS =
      Set.of("openfaas_password", "openfaas_password_file");

  /**
   * The target of {@code item}, or {@code null} when it has no usable name.
   *
   * @param root the top level, whose keys the target inherits
   * @param duration the top level's duration (a target's default k6 run timeout follows it)
   * @param paths a path as written in the config to a path ({@code ~} expanded)
   */
  static Target read(
      ConfigNode root,
      ConfigNode item,
      LoadDuration duration,
      Function<String, Path> paths,
      Problems problems) {
    String name = Rules.singleLine(item, "name", null);
    if (name == null) {
      problems.add(item.pathOf("name"), "required: letters, digits, '.', '_' or '-'");
    } else if (!SafeName.isSafe(name)) {
      problems.add(
          item.pathOf("name"),
          "must be letters, digits, '.', '_' or '-' (it names a folder here and on the k6 host),"
              + " got \""
              + name
              + "\"");
      name = null;
    }
    String nodeType = Rules.singleLine(item, "node_type", null);
    Set<String> given = new LinkedHashSet<>();
    for (String key : PER_TARGET_KEYS) {
      item.raw(key).ifPresent(value -> given.add(key));
    }
    item.warnUnknownKeys();

    ObjectNode merged = root.tree().deepCopy();
    merged.remove("targets");
    merged.remove("targets_mode");
    if (given.stream().anyMatch(PASSWORD_KEYS::contains)) {
      // A target's own password source replaces the top level's, never adds a second one.
      merged.remove(PASSWORD_KEYS);
    }
    for (String key : given) {
      merged.set(key, item.tree().get(key).deepCopy());
    }
    Problems own = new Problems();
    ConfigNode node = new ConfigNode(merged, item.path(), own);
    K6Settings k6 = K6Settings.read(node, paths, own);
    String gatewayUrl = SamplerConfigKeys.gatewayUrl(node, own);
    String prometheusUrl = SamplerConfigKeys.prometheusUrl(node, own);
    GatewaySettings gateway = GatewaySettings.read(node, paths, own);
    K6ExecutionSettings execution = K6ExecutionSettings.read(node, duration, paths, own);
    EmbeddedSettings embedded = EmbeddedSettings.read(node);
    // What a target inherits was checked, and reported, at the top level.
    problems.adopt(own, path -> given.stream().anyMatch(key -> within(path, item.pathOf(key))));
    if (embedded.measuresNoSandbox()) {
      problems.add(
          item.pathOf(
              given.contains("platform") && !given.contains("metrics_source")
                  ? "platform"
                  : "metrics_source"),
          EmbeddedSettings.NO_SANDBOX_TO_MEASURE);
    }
    if (name == null || gatewayUrl == null || prometheusUrl == null) {
      return null;
    }
    return new Target(name, nodeType, k6, gatewayUrl, prometheusUrl, gateway, execution, embedded);
  }

  private static boolean within(String path, String keyPath) {
    if (!path.startsWith(keyPath)) {
      return false;
    }
    if (path.length() == keyPath.length()) {
      return true;
    }
    char next = path.charAt(keyPath.length());
    return next == '.' || next == '[' || next == ':';
  }

  /** Every per-target value in force, inherited ones included. */
  void print(ObjectNode item) {
    item.put("name", name);
    ConfigPrinter.putOptional(item, "node_type", nodeType);
    item.put("gateway_url", gatewayUrl);
    item.put("prometheus_url", prometheusUrl);
    gateway.print(item);
    item.put("k6_host", k6.host());
    item.put("k6_user", k6.user());
    item.put("k6_port", k6.port());
    item.put("k6_ssh_key", k6.sshKey().toString());
    item.put("k6_workspace_root", k6.workspaceRoot());
    item.put("k6_executor", k6Execution.executor().key());
    item.put("k6_binary", k6Execution.binary());
    item.put("k6_host_key_policy", k6Execution.hostKeyPolicy().key());
    item.put("k6_known_hosts", k6Execution.knownHosts().toString());
    item.put("platform", embedded.platform().key());
    item.put("metrics_source", embedded.metricsSource().key());
    item.put("load_generator", embedded.loadGenerator().key());
  }
}
