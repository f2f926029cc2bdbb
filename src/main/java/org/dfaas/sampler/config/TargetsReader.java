package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads {@code targets:} and {@code targets_mode}. Each item is checked by the same readers as the
 * top level, over the top-level keys with the item's own on top, so a target inherits every key it
 * does not set and a bad value is refused with the same words; a problem is reported once, at the
 * place it was written ({@code targets[1].k6_host}, or the top-level key a target inherits).
 */
final class TargetsReader {

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

  private final Function<String, Path> paths;

  /**
   * @param paths a path as written in the config to a path ({@code ~} expanded)
   */
  TargetsReader(Function<String, Path> paths) {
    this.paths = paths;
  }

  /**
   * @param root the top level
   * @param duration the top level's duration (a target's default k6 run timeout follows it)
   */
  Targets read(ConfigNode root, LoadDuration duration, Problems problems) {
    Targets.Mode mode = root.choice("targets_mode", Targets.Mode.values(), Targets.Mode::key, null);
    boolean modeWritten = root.has("targets_mode");
    List<JsonNode> items = root.list("targets").orElse(null);
    if (items == null) {
      if (modeWritten && !root.has("targets")) {
        problems.warn("targets_mode", "ignored without targets");
      }
      PoolRetry.read(root, false, problems);
      return Targets.NONE;
    }
    if (items.isEmpty()) {
      problems.add(
          "targets", "must list at least one target; leave it out to sample the top-level node");
      return Targets.NONE;
    }
    if (!modeWritten) {
      problems.add(
          "targets_mode",
          "required with targets: pool (alike nodes share one plan and one output folder) or"
              + " fleet (one campaign per target, each into {output_dir}/{name}/)");
    }
    List<Target> targets = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String at = "targets[" + i + "]";
      if (!(items.get(i) instanceof ObjectNode item)) {
        problems.add(at, "must be a map, got " + ConfigNode.describe(items.get(i)));
        continue;
      }
      Target target = readTarget(root, new ConfigNode(item, at, problems), duration, problems);
      if (target == null) {
        continue;
      }
      // Case-blind: the name names a folder, and some file systems are.
      Integer first = seen.putIfAbsent(target.name().toLowerCase(Locale.ROOT), i);
      if (first != null) {
        problems.add(
            at + ".name",
            "\""
                + target.name()
                + "\" is already the name of targets["
                + first
                + "]; each target needs its own (it names a folder)");
      }
      targets.add(target);
    }
    PoolRetry retry = PoolRetry.read(root, mode == Targets.Mode.POOL, problems);
    if (targets.isEmpty()) {
      return Targets.NONE;
    }
    return new Targets(mode == null ? Targets.Mode.FLEET : mode, targets, retry);
  }

  /** The target of {@code item}, or {@code null} when it has no usable name. */
  private Target readTarget(
      ConfigNode root, ConfigNode item, LoadDuration duration, Problems problems) {
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
    K6Settings k6 = new K6SettingsReader(paths).read(node, own);
    String gatewayUrl = node.string("gateway_url", SamplerConfigReader.DEFAULT_GATEWAY_URL);
    Rules.checkHttpUrl(node.pathOf("gateway_url"), gatewayUrl, own);
    String prometheusUrl =
        node.string("prometheus_url", SamplerConfigReader.DEFAULT_PROMETHEUS_URL);
    Rules.checkHttpUrl(node.pathOf("prometheus_url"), prometheusUrl, own);
    GatewaySettings gateway = new GatewaySettingsReader(paths).read(node, own);
    K6ExecutionSettings execution = new K6ExecutionReader(paths).read(node, duration, own);
    EmbeddedSettings embedded = new EmbeddedSettingsReader().read(node, own);
    // What a target inherits was checked, and reported, at the top level.
    problems.adopt(own, path -> given.stream().anyMatch(key -> within(path, item.pathOf(key))));
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
}
