package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The keys the old tool's later versions added for the services around a campaign (compat §11): the
 * ports of OpenFaaS and Prometheus (validated, not used), Grafana annotations and Loki pushes. A
 * value left unset is {@code null}, so the {@code LB_GRAFANA_*} and {@code LB_LOKI_*} variables can
 * stand in for it when the campaign starts. Each shape is checked when read; the services are
 * reached only when the campaign starts.
 *
 * @param openfaasPort {@code openfaas_port}, or {@code null}
 * @param prometheusPort {@code prometheus_port}, or {@code null}
 * @param grafana the {@code grafana} block
 * @param loki the {@code loki} block
 */
public record TelemetrySettings(
    Integer openfaasPort, Integer prometheusPort, Grafana grafana, Loki loki) {

  /** Nothing set: no annotations, no pushes. */
  public static final TelemetrySettings NONE =
      new TelemetrySettings(null, null, Grafana.UNSET, Loki.UNSET);

  /** Loki's label names: Prometheus's rule. */
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  /** The labels every pushed stream carries; {@code loki.labels} adds to them. */
  static final Set<String> STREAM_LABELS = Set.of("component", "host", "run_id", "workload");

  static TelemetrySettings read(ConfigNode root, Problems problems) {
    return new TelemetrySettings(
        port(root, "openfaas_port", problems),
        port(root, "prometheus_port", problems),
        root.object("grafana").map(node -> Grafana.read(node, problems)).orElse(Grafana.UNSET),
        root.object("loki").map(node -> Loki.read(node, problems)).orElse(Loki.UNSET));
  }

  private static Integer port(ConfigNode node, String key, Problems problems) {
    Integer port = node.integer(key, null);
    if (port != null && (port < 1 || port > 65535)) {
      problems.add(node.pathOf(key), "must be within 1..65535, got " + port);
    }
    return port;
  }

  private static Boolean readEnabled(ConfigNode node) {
    return node.has("enabled") ? node.bool("enabled", false) : null;
  }

  /** The ports, then each block that was given (an unset one stays unset when read again). */
  void print(ObjectNode into) {
    ConfigPrinter.putNumber(into, "openfaas_port", openfaasPort);
    ConfigPrinter.putNumber(into, "prometheus_port", prometheusPort);
    if (!grafana.equals(Grafana.UNSET)) {
      grafana.print(into.putObject("grafana"));
    }
    if (!loki.equals(Loki.UNSET)) {
      loki.print(into.putObject("loki"));
    }
  }

  /**
   * {@code grafana: {enabled, url, api_key, org_id}}; unset values are {@code null}.
   *
   * @param enabled whether annotations are posted
   * @param url Grafana's base URL
   * @param apiKey the API key sent as a bearer token; never shown
   * @param orgId the organisation, sent as {@code X-Grafana-Org-Id}
   */
  public record Grafana(Boolean enabled, String url, String apiKey, Integer orgId) {

    /** Nothing set. */
    public static final Grafana UNSET = new Grafana(null, null, null, null);

    static Grafana read(ConfigNode node, Problems problems) {
      Boolean enabled = readEnabled(node);
      String url = Rules.singleLine(node, "url", null);
      Rules.checkHttpUrl(node.pathOf("url"), url, problems);
      // Never echoed: a key in the wrong place is still a key.
      String apiKey =
          node.raw("api_key")
              .map(value -> value.isTextual() ? value.textValue() : null)
              .orElse(null);
      if (node.has("api_key") && (apiKey == null || Rules.hasControlCharacter(apiKey))) {
        problems.add(node.pathOf("api_key"), "must be a one-line string (its value is not shown)");
        apiKey = null;
      }
      Integer orgId = node.integer("org_id", null);
      if (orgId != null && orgId < 1) {
        problems.add(node.pathOf("org_id"), "must be ≥ 1, got " + orgId);
      }
      node.warnUnknownKeys();
      return new Grafana(enabled, url, apiKey, orgId);
    }

    void print(ObjectNode node) {
      ConfigPrinter.putFlag(node, "enabled", enabled);
      ConfigPrinter.putOptional(node, "url", url);
      // The key is a secret: the printed config (and campaign.yaml) only says that one is set.
      ConfigPrinter.putOptional(node, "api_key", hasApiKey() ? ConfigPrinter.MASK : null);
      ConfigPrinter.putNumber(node, "org_id", orgId);
    }

    /** Whether annotations are asked for. */
    public boolean on() {
      return Boolean.TRUE.equals(enabled);
    }

    /** Whether an API key is set (the key itself is never shown). */
    public boolean hasApiKey() {
      return apiKey != null && !apiKey.isEmpty();
    }

    /** Keeps the API key out of logs and error messages. */
    @Override
    public String toString() {
      return "Grafana[enabled="
          + enabled
          + ", url="
          + url
          + ", apiKey="
          + (hasApiKey() ? "(set)" : "(none)")
          + ", orgId="
          + orgId
          + "]";
    }
  }

  /**
   * {@code loki: {enabled, endpoint, labels}}; unset values are {@code null} or empty.
   *
   * @param enabled whether log lines are pushed
   * @param endpoint Loki's push URL ({@code …/loki/api/v1/push})
   * @param labels labels added to the stream's own
   */
  public record Loki(Boolean enabled, String endpoint, Map<String, String> labels) {

    /** Nothing set. */
    public static final Loki UNSET = new Loki(null, null, Map.of());

    public Loki {
      labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    static Loki read(ConfigNode node, Problems problems) {
      Boolean enabled = readEnabled(node);
      String endpoint = Rules.singleLine(node, "endpoint", null);
      Rules.checkHttpUrl(node.pathOf("endpoint"), endpoint, problems);
      Map<String, String> labels = Rules.stringMap(node, "labels");
      for (String name : labels.keySet()) {
        String at = node.pathOf("labels") + "." + name;
        if (!LABEL_NAME.matcher(name).matches()) {
          problems.add(
              at, "a label name must be letters, digits and '_', not starting with a digit");
        } else if (STREAM_LABELS.contains(name)) {
          problems.add(
              at,
              "is set by the tool itself ("
                  + String.join(", ", STREAM_LABELS.stream().sorted().toList())
                  + ")");
        }
      }
      node.warnUnknownKeys();
      return new Loki(enabled, endpoint, labels);
    }

    void print(ObjectNode node) {
      ConfigPrinter.putFlag(node, "enabled", enabled);
      ConfigPrinter.putOptional(node, "endpoint", endpoint);
      ConfigPrinter.putMap(node, "labels", labels);
    }

    /** Whether pushes are asked for. */
    public boolean on() {
      return Boolean.TRUE.equals(enabled);
    }
  }
}
