package org.dfaas.sampler.config;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code openfaas_port}, {@code prometheus_port}, {@code grafana} and {@code loki} (compat
 * §11), checking each shape; the services are reached only when the campaign starts.
 */
final class TelemetrySettingsReader {

  /** Loki's label names: Prometheus's rule. */
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  /** The labels every pushed stream carries; {@code loki.labels} adds to them. */
  static final Set<String> STREAM_LABELS = Set.of("component", "host", "run_id", "workload");

  TelemetrySettings read(ConfigNode root, Problems problems) {
    return new TelemetrySettings(
        port(root, "openfaas_port", problems),
        port(root, "prometheus_port", problems),
        root.object("grafana")
            .map(node -> grafana(node, problems))
            .orElse(TelemetrySettings.Grafana.UNSET),
        root.object("loki").map(node -> loki(node, problems)).orElse(TelemetrySettings.Loki.UNSET));
  }

  private static Integer port(ConfigNode node, String key, Problems problems) {
    Integer port = node.integer(key, null);
    if (port != null && (port < 1 || port > 65535)) {
      problems.add(node.pathOf(key), "must be within 1..65535, got " + port);
    }
    return port;
  }

  private static Boolean enabled(ConfigNode node) {
    return node.has("enabled") ? node.bool("enabled", false) : null;
  }

  private static TelemetrySettings.Grafana grafana(ConfigNode node, Problems problems) {
    Boolean enabled = enabled(node);
    String url = Rules.singleLine(node, "url", null);
    Rules.checkHttpUrl(node.pathOf("url"), url, problems);
    // Never echoed: a key in the wrong place is still a key.
    String apiKey =
        node.raw("api_key").map(value -> value.isTextual() ? value.textValue() : null).orElse(null);
    if (node.has("api_key") && (apiKey == null || Rules.hasControlCharacter(apiKey))) {
      problems.add(node.pathOf("api_key"), "must be a one-line string (its value is not shown)");
      apiKey = null;
    }
    Integer orgId = node.integer("org_id", null);
    if (orgId != null && orgId < 1) {
      problems.add(node.pathOf("org_id"), "must be ≥ 1, got " + orgId);
    }
    node.warnUnknownKeys();
    return new TelemetrySettings.Grafana(enabled, url, apiKey, orgId);
  }

  private static TelemetrySettings.Loki loki(ConfigNode node, Problems problems) {
    Boolean enabled = enabled(node);
    String endpoint = Rules.singleLine(node, "endpoint", null);
    Rules.checkHttpUrl(node.pathOf("endpoint"), endpoint, problems);
    Map<String, String> labels = Rules.stringMap(node, "labels");
    for (String name : labels.keySet()) {
      String at = node.pathOf("labels") + "." + name;
      if (!LABEL_NAME.matcher(name).matches()) {
        problems.add(at, "a label name must be letters, digits and '_', not starting with a digit");
      } else if (STREAM_LABELS.contains(name)) {
        problems.add(
            at,
            "is set by the tool itself ("
                + String.join(", ", STREAM_LABELS.stream().sorted().toList())
                + ")");
      }
    }
    node.warnUnknownKeys();
    return new TelemetrySettings.Loki(enabled, endpoint, labels);
  }
}
