package org.dfaas.sampler.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.dfaas.sampler.Secrets;

/**
 * Writes a config back as YAML in the plain layout, every key with its effective value, so the
 * output of {@code validate} loads again to the same config (a drawn random seed included).
 */
public final class ConfigPrinter {

  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .build();

  /** What {@code validate} prints in place of a secret. */
  public static final String MASK = "********";

  private ConfigPrinter() {}

  /** The effective config as YAML, headed by comments naming the source and the rates. */
  public static String toYaml(String source, SamplerConfig config) {
    int[] rates = config.rateStrategy().rates();
    String header =
        "# effective config of "
            + source
            + "\n# rates: "
            + Arrays.stream(rates).mapToObj(Integer::toString).collect(Collectors.joining(", "))
            + " ("
            + rates.length
            + ")\n";
    try {
      return header + YAML.writeValueAsString(tree(config));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a config tree always serialises", e);
    }
  }

  static ObjectNode tree(SamplerConfig config) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("output_dir", config.resolvedOutputDir().toString());
    if (config.runId() != null) {
      root.put("run_id", config.runId());
    }
    K6Settings k6 = config.k6();
    root.put("k6_host", k6.host());
    root.put("k6_user", k6.user());
    root.put("k6_ssh_key", k6.sshKey().toString());
    root.put("k6_port", k6.port());
    root.put("k6_workspace_root", k6.workspaceRoot());
    root.put("k6_log_stream", k6.logStream());
    ArrayNode outputs = root.putArray("k6_outputs");
    k6.outputs().forEach(output -> outputs.add(Secrets.maskUrlCredentials(output)));
    ObjectNode tags = root.putObject("k6_tags");
    k6.tags().forEach(tags::put);
    root.put("gateway_url", config.gatewayUrl());
    root.put("prometheus_url", config.prometheusUrl());
    ArrayNode functions = root.putArray("functions");
    for (FunctionSpec function : config.functions()) {
      ObjectNode item = functions.addObject();
      item.put("name", function.name());
      item.put("method", function.method());
      item.put("body", function.body());
      ObjectNode headers = item.putObject("headers");
      function.headers().forEach(headers::put);
      if (function.maxRate() == null) {
        item.putNull("max_rate");
      } else {
        item.put("max_rate", function.maxRate());
      }
    }
    root.set("rate_strategy", strategy(config.rateStrategy()));
    ObjectNode combinations = root.putObject("combinations");
    combinations.put("min_functions", config.combinations().minFunctions());
    combinations.put("max_functions", config.combinations().maxFunctions());
    root.put("duration", config.duration().text());
    root.put("iterations", config.iterations());
    ObjectNode cooldown = root.putObject("cooldown");
    cooldown.put("max_wait_seconds", config.cooldown().maxWaitSeconds());
    cooldown.put("sleep_step_seconds", config.cooldown().sleepStepSeconds());
    cooldown.put("idle_threshold_pct", config.cooldown().idleThresholdPct());
    OverloadSettings overload = config.overload();
    ObjectNode overloadNode = root.putObject("overload");
    overloadNode.put("cpu_overload_pct_of_capacity", overload.cpuOverloadPctOfCapacity());
    overloadNode.put("ram_overload_pct", overload.ramOverloadPct());
    overloadNode.put("success_rate_node_min", overload.successRateNodeMin());
    overloadNode.put("success_rate_function_min", overload.successRateFunctionMin());
    overloadNode.put("replicas_overload_threshold", overload.replicasOverloadThreshold());
    if (config.queriesPath() == null) {
      root.putNull("queries_path");
    } else {
      root.put("queries_path", config.queriesPath().toString());
    }
    root.put("scaphandre_enabled", config.scaphandreEnabled());
    ObjectNode regexes = root.putObject("function_pid_regexes");
    config.functionPidRegexes().forEach(regexes::put);
    root.put("deploy_functions", config.deployFunctions());
    K6ExecutionSettings execution = config.k6Execution();
    root.put("k6_executor", execution.executor().key());
    root.put("k6_binary", execution.binary());
    root.put("k6_host_key_policy", execution.hostKeyPolicy().key());
    root.put("k6_known_hosts", execution.knownHosts().toString());
    root.put("k6_connect_timeout_seconds", execution.connectTimeoutSeconds());
    root.put("k6_run_timeout_seconds", execution.runTimeoutSeconds());
    printPrometheus(root, config.prometheus());
    printGateway(root, config.gateway());
    root.put("load_generator", config.embedded().loadGenerator().key());
    root.put("platform", config.embedded().platform().key());
    root.put("metrics_source", config.embedded().metricsSource().key());
    root.put("results_extra_columns", config.output().extraColumns());
    root.put("latency_format", config.output().latencyFormat().key());
    root.put("config_id_hash", config.output().configIdHash().key());
    root.putObject("warmup")
        .put("duration", config.warmup().enabled().map(LoadDuration::text).orElse("0s"));
    printTelemetry(root, config.telemetry());
    SearchSettings search = config.search();
    ObjectNode searchNode = root.putObject("search");
    searchNode.put("mode", search.mode().key());
    searchNode.put("iterations", search.iterations().key());
    searchNode.put("margin", search.margin());
    searchNode.put("zero_rate_equivalent", search.zeroRateEquivalent());
    searchNode.put("interior_samples", search.interiorSamples());
    printTargets(root, config.targets());
    SetupSettingsReader.print(root, config.setup());
    return root;
  }

  private static void printTelemetry(ObjectNode root, TelemetrySettings telemetry) {
    putNumber(root, "openfaas_port", telemetry.openfaasPort());
    putNumber(root, "prometheus_port", telemetry.prometheusPort());
    TelemetrySettings.Grafana grafana = telemetry.grafana();
    if (!grafana.equals(TelemetrySettings.Grafana.UNSET)) {
      ObjectNode node = root.putObject("grafana");
      putFlag(node, "enabled", grafana.enabled());
      putOptional(node, "url", grafana.url());
      // The key is a secret: the printed config (and campaign.yaml) only says that one is set.
      putOptional(node, "api_key", grafana.hasApiKey() ? MASK : null);
      putNumber(node, "org_id", grafana.orgId());
    }
    TelemetrySettings.Loki loki = telemetry.loki();
    if (!loki.equals(TelemetrySettings.Loki.UNSET)) {
      ObjectNode node = root.putObject("loki");
      putFlag(node, "enabled", loki.enabled());
      putOptional(node, "endpoint", loki.endpoint());
      ObjectNode labels = node.putObject("labels");
      loki.labels().forEach(labels::put);
    }
  }

  /** Each target with every per-target value in force, inherited ones included. */
  private static void printTargets(ObjectNode root, Targets targets) {
    if (targets.isEmpty()) {
      return;
    }
    root.put("targets_mode", targets.mode().key());
    if (targets.pool()) {
      ObjectNode retry = root.putObject("pool_retry");
      retry.put("max_failures", targets.poolRetry().maxFailures());
      retry.put("backoff_seconds", targets.poolRetry().backoffSeconds());
      retry.put("max_backoff_seconds", targets.poolRetry().maxBackoffSeconds());
    }
    ArrayNode items = root.putArray("targets");
    for (Target target : targets.all()) {
      ObjectNode item = items.addObject();
      item.put("name", target.name());
      putOptional(item, "node_type", target.nodeType());
      item.put("gateway_url", target.gatewayUrl());
      item.put("prometheus_url", target.prometheusUrl());
      printGateway(item, target.gateway());
      item.put("k6_host", target.k6().host());
      item.put("k6_user", target.k6().user());
      item.put("k6_port", target.k6().port());
      item.put("k6_ssh_key", target.k6().sshKey().toString());
      item.put("k6_workspace_root", target.k6().workspaceRoot());
      item.put("k6_executor", target.k6Execution().executor().key());
      item.put("k6_binary", target.k6Execution().binary());
      item.put("k6_host_key_policy", target.k6Execution().hostKeyPolicy().key());
      item.put("k6_known_hosts", target.k6Execution().knownHosts().toString());
      item.put("platform", target.embedded().platform().key());
      item.put("metrics_source", target.embedded().metricsSource().key());
      item.put("load_generator", target.embedded().loadGenerator().key());
    }
  }

  private static void printPrometheus(ObjectNode root, PrometheusSettings prometheus) {
    root.put("prometheus_retry_seconds", prometheus.retrySeconds());
    root.put("prometheus_poll_seconds", prometheus.pollSeconds());
    root.put("prometheus_timeout_seconds", prometheus.timeoutSeconds());
    putOptional(root, "prometheus_user", prometheus.user());
    putOptional(root, "prometheus_password_file", prometheus.passwordFile());
    putOptional(root, "prometheus_bearer_token_file", prometheus.bearerTokenFile());
  }

  private static void printGateway(ObjectNode root, GatewaySettings gateway) {
    putOptional(root, "openfaas_namespace", gateway.namespace());
    root.put("openfaas_user", gateway.user());
    putOptional(root, "openfaas_password_file", gateway.passwordFile());
    if (gateway.password() != null) {
      // validate's output gets pasted into issues and chats: never the secret itself.
      root.put("openfaas_password", MASK);
    }
  }

  private static void putNumber(ObjectNode root, String key, Integer value) {
    if (value != null) {
      root.put(key, value);
    }
  }

  private static void putFlag(ObjectNode root, String key, Boolean value) {
    if (value != null) {
      root.put(key, value);
    }
  }

  private static void putOptional(ObjectNode root, String key, Object value) {
    if (value != null) {
      root.put(key, value.toString());
    }
  }

  private static ObjectNode strategy(RateStrategy strategy) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("type", strategy.type());
    if (strategy instanceof LinearRates linear) {
      node.put("min_rate", linear.minRate());
      node.put("max_rate", linear.maxRate());
      node.put("step", linear.step());
    } else if (strategy instanceof ExponentialRates exponential) {
      node.put("base", exponential.base());
      node.put("min_power", exponential.minPower());
      node.put("max_power", exponential.maxPower());
      if (exponential.maxRate() != null) {
        node.put("max_rate", exponential.maxRate());
      }
    } else if (strategy instanceof RandomRates random) {
      node.put("min_rate", random.minRate());
      node.put("max_rate", random.maxRate());
      node.put("count", random.count());
      node.put("seed", random.seed());
    } else if (strategy instanceof CustomRates custom) {
      ArrayNode rates = node.putArray("rates");
      Arrays.stream(custom.rates()).forEach(rates::add);
    }
    return node;
  }
}
