package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The top level of the effective config map (compat §1): reads the keys that belong to no block
 * ({@code output_dir}, {@code run_id}, the two URLs, {@code duration}, {@code iterations}, the
 * metrics keys), has each block read its own, and lists the blocks in the order {@code validate}
 * prints them. Reading order is the order problems are listed in, so it stays as it is.
 */
final class SamplerConfigKeys {

  static final String DEFAULT_GATEWAY_URL = "http://127.0.0.1:31112";
  static final String DEFAULT_PROMETHEUS_URL = "http://127.0.0.1:30411";

  private final Path home;
  private final LongSupplier seedSource;

  SamplerConfigKeys(Path home, LongSupplier seedSource) {
    this.home = home;
    this.seedSource = seedSource;
  }

  SamplerConfig read(ConfigNode root, Problems problems) {
    Path outputDir = Rules.path(root, "output_dir", null, this::expand);
    String runId = root.string("run_id", null);
    if (runId != null && !SafeName.isSafe(runId)) {
      problems.add(
          "run_id",
          "must be letters, digits, '.', '_' or '-' (it names a folder on the k6 host), got \""
              + runId
              + "\"");
    }
    K6Settings k6 = K6Settings.read(root, this::expand, problems);
    String gatewayUrl = gatewayUrl(root, problems);
    String prometheusUrl = prometheusUrl(root, problems);

    RateStrategy strategy = new RateStrategyKeys(seedSource).read(root, problems);
    List<FunctionSpec> functions = FunctionSpec.readAll(root, strategy, problems);

    Combinations combinations = Combinations.read(root, functions.size(), problems);
    LoadDuration duration = readDuration(root, problems);
    int iterations = root.integerOr("iterations", 3);
    if (iterations < 1) {
      problems.add("iterations", "must be ≥ 1, got " + iterations);
    }
    CooldownSettings cooldown = CooldownSettings.read(root, problems);
    OverloadSettings overload = OverloadSettings.read(root, problems);
    Path queriesPath = Rules.path(root, "queries_path", null, this::expand);
    boolean scaphandre = root.bool("scaphandre_enabled", false);
    Map<String, String> pidRegexes = readPidRegexes(root, functions, problems);
    boolean deployFunctions = root.bool("deploy_functions", true);
    PrometheusSettings prometheus = PrometheusSettings.read(root, this::expand, problems);
    GatewaySettings gateway = GatewaySettings.read(root, this::expand, problems);
    K6ExecutionSettings k6Execution =
        K6ExecutionSettings.read(root, duration, this::expand, problems);
    SetupSettings setup = SetupSettings.read(root, k6, gatewayUrl, gateway, this::expand, problems);
    k6Execution = setup.binaryFor(root, k6Execution);
    EmbeddedSettings embedded = EmbeddedSettings.read(root);
    if (embedded.measuresNoSandbox() && !root.has("targets")) {
      // With targets, each target's own platform decides (Target).
      problems.add(root.pathOf("metrics_source"), EmbeddedSettings.NO_SANDBOX_TO_MEASURE);
    }
    SearchSettings search = SearchSettings.read(root, problems);
    OutputSettings output = OutputSettings.read(root);
    WarmupSettings warmup = WarmupSettings.read(root, problems);
    TelemetrySettings telemetry = TelemetrySettings.read(root, problems);
    Targets targets = Targets.read(root, duration, this::expand, problems);
    // What an output folder's campaign.yaml says about its widenings: no setting, so it loads.
    root.raw("history");
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

  /** The blocks of {@code config} in the order {@code validate} prints them. */
  static List<ConfigBlock> printedBlocks(SamplerConfig config) {
    return List.of(
        into -> printRun(config, into),
        config.k6()::print,
        into -> printUrls(config, into),
        into -> FunctionSpec.printAll(config.functions(), into),
        into -> RateStrategyKeys.print(config.rateStrategy(), into),
        config.combinations()::print,
        into -> printLoad(config, into),
        config.cooldown()::print,
        config.overload()::print,
        into -> printMetrics(config, into),
        config.k6Execution()::print,
        config.prometheus()::print,
        config.gateway()::print,
        config.embedded()::print,
        config.output()::print,
        config.warmup()::print,
        config.telemetry()::print,
        config.search()::print,
        config.targets()::print,
        config.setup()::print);
  }

  /** {@code gateway_url} of a node: the top level or a target. */
  static String gatewayUrl(ConfigNode node, Problems problems) {
    String url = node.string("gateway_url", DEFAULT_GATEWAY_URL);
    Rules.checkHttpUrl(node.pathOf("gateway_url"), url, problems);
    return url;
  }

  /** {@code prometheus_url} of a node: the top level or a target. */
  static String prometheusUrl(ConfigNode node, Problems problems) {
    String url = node.string("prometheus_url", DEFAULT_PROMETHEUS_URL);
    Rules.checkHttpUrl(node.pathOf("prometheus_url"), url, problems);
    return url;
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

  private static void printRun(SamplerConfig config, ObjectNode into) {
    into.put("output_dir", config.resolvedOutputDir().toString());
    ConfigPrinter.putOptional(into, "run_id", config.runId());
  }

  private static void printUrls(SamplerConfig config, ObjectNode into) {
    into.put("gateway_url", config.gatewayUrl());
    into.put("prometheus_url", config.prometheusUrl());
  }

  private static void printLoad(SamplerConfig config, ObjectNode into) {
    into.put("duration", config.duration().text());
    into.put("iterations", config.iterations());
  }

  private static void printMetrics(SamplerConfig config, ObjectNode into) {
    if (config.queriesPath() == null) {
      into.putNull("queries_path");
    } else {
      into.put("queries_path", config.queriesPath().toString());
    }
    into.put("scaphandre_enabled", config.scaphandreEnabled());
    ConfigPrinter.putMap(into, "function_pid_regexes", config.functionPidRegexes());
    into.put("deploy_functions", config.deployFunctions());
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
}
