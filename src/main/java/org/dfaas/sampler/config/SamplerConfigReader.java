package org.dfaas.sampler.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/** Reads and checks every top-level key of the effective config map (compat §1). */
final class SamplerConfigReader {

  static final String DEFAULT_GATEWAY_URL = "http://127.0.0.1:31112";
  static final String DEFAULT_PROMETHEUS_URL = "http://127.0.0.1:30411";

  private final Path home;
  private final LongSupplier seedSource;

  SamplerConfigReader(Path home, LongSupplier seedSource) {
    this.home = home;
    this.seedSource = seedSource;
  }

  SamplerConfig read(ConfigNode root, Problems problems) {
    Path outputDir = path(root, "output_dir", null);
    String runId = root.string("run_id", null);
    if (runId != null && !SafeName.isSafe(runId)) {
      problems.add(
          "run_id",
          "must be letters, digits, '.', '_' or '-' (it names a folder on the k6 host), got \""
              + runId
              + "\"");
    }
    K6Settings k6 = new K6SettingsReader(this::expand).read(root, problems);
    String gatewayUrl = root.string("gateway_url", DEFAULT_GATEWAY_URL);
    Rules.checkHttpUrl("gateway_url", gatewayUrl, problems);
    String prometheusUrl = root.string("prometheus_url", DEFAULT_PROMETHEUS_URL);
    Rules.checkHttpUrl("prometheus_url", prometheusUrl, problems);

    RateStrategy strategy = new RateStrategyReader(seedSource).read(root, problems);
    List<FunctionSpec> functions = new FunctionsReader().read(root, strategy, problems);

    Combinations combinations = readCombinations(root, functions.size(), problems);
    LoadDuration duration = readDuration(root, problems);
    int iterations = orElse(root.integer("iterations", 3), 3);
    if (iterations < 1) {
      problems.add("iterations", "must be ≥ 1, got " + iterations);
    }
    CooldownSettings cooldown = readCooldown(root, problems);
    OverloadSettings overload = readOverload(root, problems);
    Path queriesPath = path(root, "queries_path", null);
    boolean scaphandre = root.bool("scaphandre_enabled", false);
    Map<String, String> pidRegexes = readPidRegexes(root, functions, problems);
    boolean deployFunctions = root.bool("deploy_functions", true);
    PrometheusSettings prometheus = new PrometheusSettingsReader(this::expand).read(root, problems);
    GatewaySettings gateway = new GatewaySettingsReader(this::expand).read(root, problems);
    K6ExecutionSettings k6Execution =
        new K6ExecutionReader(this::expand).read(root, duration, problems);
    SetupSettings setup =
        new SetupSettingsReader(this::expand)
            .read(root, k6, gatewayUrl, gateway.passwordFile(), problems);
    if (setup.k6().installDirGiven() && !root.has("k6_binary")) {
      // Where setup installs k6, the executors run it from, PATH or not.
      k6Execution = withBinary(k6Execution, setup.k6().installDir() + "/k6");
    }
    EmbeddedSettings embedded = new EmbeddedSettingsReader().read(root, problems);
    SearchSettings search = new SearchSettingsReader().read(root, problems);
    OutputSettings output = new OutputSettingsReader().read(root);
    WarmupSettings warmup = new WarmupSettingsReader().read(root, problems);
    TelemetrySettings telemetry = new TelemetrySettingsReader().read(root, problems);
    Targets targets = new TargetsReader(this::expand).read(root, duration, problems);
    root.warnUnknownKeys();
    return SamplerConfig.newBuilder()
        .outputDir(outputDir)
        .runId(runId)
        .k6(k6)
        .gatewayUrl(gatewayUrl)
        .prometheusUrl(prometheusUrl)
        .functions(functions)
        .rateStrategy(strategy)
        .combinations(combinations)
        .duration(duration)
        .iterations(iterations)
        .cooldown(cooldown)
        .overload(overload)
        .queriesPath(queriesPath)
        .scaphandreEnabled(scaphandre)
        .functionPidRegexes(pidRegexes)
        .deployFunctions(deployFunctions)
        .prometheus(prometheus)
        .gateway(gateway)
        .k6Execution(k6Execution)
        .embedded(embedded)
        .search(search)
        .output(output)
        .warmup(warmup)
        .telemetry(telemetry)
        .targets(targets)
        .setup(setup)
        .build();
  }

  private static K6ExecutionSettings withBinary(K6ExecutionSettings execution, String binary) {
    return new K6ExecutionSettings(
        execution.executor(),
        binary,
        execution.hostKeyPolicy(),
        execution.knownHosts(),
        execution.connectTimeoutSeconds(),
        execution.runTimeoutSeconds());
  }

  private static Combinations readCombinations(
      ConfigNode root, int functionCount, Problems problems) {
    ConfigNode node = root.object("combinations").orElse(null);
    int min = node == null ? 1 : orElse(node.integer("min_functions", 1), 1);
    int max = node == null ? 2 : orElse(node.integer("max_functions", 2), 2);
    if (min < 1) {
      problems.add("combinations.min_functions", "must be ≥ 1, got " + min);
    }
    if (max <= min) {
      problems.add(
          "combinations.max_functions",
          "is the exclusive upper bound, so it must be > min_functions (" + min + "), got " + max);
    }
    if (min > functionCount && functionCount > 0) {
      problems.warn(
          "combinations.min_functions",
          min + " but only " + functionCount + " function(s) configured: the plan is empty");
    }
    if (node != null) {
      node.warnUnknownKeys();
    }
    return new Combinations(min, max);
  }

  private static LoadDuration readDuration(ConfigNode root, Problems problems) {
    String text = root.string("duration", "30s");
    if (text == null) {
      return LoadDuration.parse("30s").orElseThrow();
    }
    return LoadDuration.parse(text)
        .orElseGet(
            () -> {
              problems.add(
                  "duration",
                  "must be <int><unit> with unit ms, s, m or h and a value > 0 (e.g. 30s), got \""
                      + text
                      + "\"");
              return LoadDuration.parse("30s").orElseThrow();
            });
  }

  private static CooldownSettings readCooldown(ConfigNode root, Problems problems) {
    ConfigNode node = root.object("cooldown").orElse(null);
    int maxWait = node == null ? 180 : orElse(node.integer("max_wait_seconds", 180), 180);
    int sleepStep = node == null ? 5 : orElse(node.integer("sleep_step_seconds", 5), 5);
    double idle = node == null ? 15 : node.number("idle_threshold_pct", 15);
    if (maxWait < 0) {
      problems.add("cooldown.max_wait_seconds", "must be ≥ 0, got " + maxWait);
    }
    if (sleepStep <= 0) {
      problems.add("cooldown.sleep_step_seconds", "must be > 0, got " + sleepStep);
    }
    Rules.checkRange("cooldown.idle_threshold_pct", idle, 0, 100, problems);
    if (node != null) {
      node.warnUnknownKeys();
    }
    return new CooldownSettings(maxWait, sleepStep, idle);
  }

  private static OverloadSettings readOverload(ConfigNode root, Problems problems) {
    ConfigNode node = root.object("overload").orElse(null);
    double cpu = node == null ? 80 : node.number("cpu_overload_pct_of_capacity", 80);
    double ram = node == null ? 90 : node.number("ram_overload_pct", 90);
    double nodeMin = node == null ? 0.95 : node.number("success_rate_node_min", 0.95);
    double functionMin = node == null ? 0.90 : node.number("success_rate_function_min", 0.90);
    int replicas = node == null ? 15 : orElse(node.integer("replicas_overload_threshold", 15), 15);
    Rules.checkRange("overload.cpu_overload_pct_of_capacity", cpu, 0, 100, problems);
    Rules.checkRange("overload.ram_overload_pct", ram, 0, 100, problems);
    Rules.checkRange("overload.success_rate_node_min", nodeMin, 0, 1, problems);
    Rules.checkRange("overload.success_rate_function_min", functionMin, 0, 1, problems);
    if (replicas < 1) {
      problems.add("overload.replicas_overload_threshold", "must be ≥ 1, got " + replicas);
    }
    if (node != null) {
      node.warnUnknownKeys();
    }
    return new OverloadSettings(cpu, ram, nodeMin, functionMin, replicas);
  }

  private static Map<String, String> readPidRegexes(
      ConfigNode root, List<FunctionSpec> functions, Problems problems) {
    Map<String, String> regexes = Rules.stringMap(root, "function_pid_regexes");
    for (String name : regexes.keySet()) {
      if (functions.stream().noneMatch(f -> f.name().equals(name))) {
        problems.warn("function_pid_regexes." + name, "no function of that name is configured");
      }
    }
    return new LinkedHashMap<>(regexes);
  }

  private Path path(ConfigNode root, String key, String fallback) {
    return new K6SettingsReader(this::expand).path(root, key, fallback);
  }

  private Path expand(String text) {
    if (text.equals("~")) {
      return home;
    }
    if (text.startsWith("~/")) {
      return home.resolve(text.substring(2));
    }
    return Path.of(text);
  }

  private static int orElse(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
