package org.dfaas.sampler.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The effective, validated configuration of one campaign (compat §1). Built only by {@link
 * ConfigLoader}; every value here has passed validation.
 *
 * @param outputDir the output folder as configured, or {@code null} for the default
 * @param runId the run id as configured, or {@code null} to derive one at the campaign's start
 * @param k6 where and how k6 runs
 * @param gatewayUrl the OpenFaaS gateway as configured (a trailing slash is allowed)
 * @param prometheusUrl the Prometheus server
 * @param functions the functions, in file order, names unique
 * @param rateStrategy how rates are chosen
 * @param combinations which combination sizes are planned
 * @param duration how long one k6 run lasts
 * @param iterations how many times each configuration runs
 * @param cooldown when the node is idle again
 * @param overload when something is overloaded
 * @param queriesPath a queries file to use instead of the bundled one, or {@code null}
 * @param scaphandreEnabled whether the power queries run
 * @param functionPidRegexes per-function PID regexes for the power query
 * @param deployFunctions informational, as in the old tool
 * @param prometheus retries, timeout and credentials for Prometheus
 * @param gateway namespace and credentials for the OpenFaaS gateway
 * @param k6Execution how k6 gets run on the k6 host
 * @param embedded which parts are real and which the tool's stand-ins (load generator, platform,
 *     metrics source)
 * @param search how the campaign chooses what to measure: grid or frontier, fixed or adaptive
 *     iterations
 * @param output how the dataset is written: extra columns, latency format
 * @param warmup the unrecorded run before each function set's first configuration
 * @param telemetry the later versions' service keys: ports, Grafana annotations, Loki pushes
 * @param targets the nodes of {@code targets:} and how they share the work; {@link Targets#NONE}
 *     for the one implicit target of the top-level keys
 * @param setup what {@code setup} installs and where it downloads it from
 */
public record SamplerConfig(
    Path outputDir,
    String runId,
    K6Settings k6,
    String gatewayUrl,
    String prometheusUrl,
    List<FunctionSpec> functions,
    RateStrategy rateStrategy,
    Combinations combinations,
    LoadDuration duration,
    int iterations,
    CooldownSettings cooldown,
    OverloadSettings overload,
    Path queriesPath,
    boolean scaphandreEnabled,
    Map<String, String> functionPidRegexes,
    boolean deployFunctions,
    PrometheusSettings prometheus,
    GatewaySettings gateway,
    K6ExecutionSettings k6Execution,
    EmbeddedSettings embedded,
    SearchSettings search,
    OutputSettings output,
    WarmupSettings warmup,
    TelemetrySettings telemetry,
    Targets targets,
    SetupSettings setup) {

  /** Where an output folder goes when the config names none. */
  public static final Path DEFAULT_OUTPUT_DIR = Path.of("benchmark_results", "dfaas");

  public SamplerConfig {
    functions = List.copyOf(functions);
    telemetry = telemetry == null ? TelemetrySettings.NONE : telemetry;
    functionPidRegexes = Collections.unmodifiableMap(new LinkedHashMap<>(functionPidRegexes));
    Objects.requireNonNull(targets, "targets");
    setup = setup == null ? SetupSettings.DEFAULTS : setup;
  }

  /** The output folder: {@code output_dir} if set, else {@code ./benchmark_results/dfaas}. */
  public Path resolvedOutputDir() {
    return outputDir != null ? outputDir : DEFAULT_OUTPUT_DIR;
  }

  /**
   * This config with another gateway URL: the sandbox platform is served on a port chosen when it
   * starts, after the config was read.
   */
  public SamplerConfig withGatewayUrl(String url) {
    return toBuilder().gatewayUrl(url).build();
  }

  /** This config with another Prometheus URL: {@code {host.address}} is replaced at start. */
  public SamplerConfig withPrometheusUrl(String url) {
    return toBuilder().prometheusUrl(url).build();
  }

  /** This config with another search: {@code plan --search} overrides the config's mode. */
  public SamplerConfig withSearch(SearchSettings other) {
    return toBuilder().search(other).build();
  }

  /**
   * The config of one of its targets: the top-level config with the target's node, k6 host and
   * parts, and no targets of its own, so that it runs as a single-target config would.
   */
  public SamplerConfig forTarget(Target target) {
    return toBuilder()
        .k6(target.k6())
        .gatewayUrl(target.gatewayUrl())
        .prometheusUrl(target.prometheusUrl())
        .gateway(target.gateway())
        .k6Execution(target.k6Execution())
        .embedded(target.embedded())
        .targets(Targets.NONE)
        .build();
  }

  /** The function with this name, if the config has it. */
  public Optional<FunctionSpec> function(String name) {
    return functions.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** A builder with no values yet, for a reader that sets every one of them. */
  static Builder newBuilder() {
    return new Builder();
  }

  /** A builder holding this config's values, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * A config set value by value, by name: the reader's, or a changed copy of a config without
   * re-listing every value: {@code config.toBuilder().duration(d).iterations(1).build()}. What it
   * builds passes through the canonical constructor; values set here are not validated again, so
   * callers set only values they checked. Not thread-safe.
   */
  public static final class Builder {
    private Path outputDir;
    private String runId;
    private K6Settings k6;
    private String gatewayUrl;
    private String prometheusUrl;
    private List<FunctionSpec> functions;
    private RateStrategy rateStrategy;
    private Combinations combinations;
    private LoadDuration duration;
    private int iterations;
    private CooldownSettings cooldown;
    private OverloadSettings overload;
    private Path queriesPath;
    private boolean scaphandreEnabled;
    private Map<String, String> functionPidRegexes;
    private boolean deployFunctions;
    private PrometheusSettings prometheus;
    private GatewaySettings gateway;
    private K6ExecutionSettings k6Execution;
    private EmbeddedSettings embedded;
    private SearchSettings search;
    private OutputSettings output;
    private WarmupSettings warmup;
    private TelemetrySettings telemetry;
    private Targets targets;
    private SetupSettings setup;

    private Builder() {}

    private Builder(SamplerConfig config) {
      this.outputDir = config.outputDir;
      this.runId = config.runId;
      this.k6 = config.k6;
      this.gatewayUrl = config.gatewayUrl;
      this.prometheusUrl = config.prometheusUrl;
      this.functions = config.functions;
      this.rateStrategy = config.rateStrategy;
      this.combinations = config.combinations;
      this.duration = config.duration;
      this.iterations = config.iterations;
      this.cooldown = config.cooldown;
      this.overload = config.overload;
      this.queriesPath = config.queriesPath;
      this.scaphandreEnabled = config.scaphandreEnabled;
      this.functionPidRegexes = config.functionPidRegexes;
      this.deployFunctions = config.deployFunctions;
      this.prometheus = config.prometheus;
      this.gateway = config.gateway;
      this.k6Execution = config.k6Execution;
      this.embedded = config.embedded;
      this.search = config.search;
      this.output = config.output;
      this.warmup = config.warmup;
      this.telemetry = config.telemetry;
      this.targets = config.targets;
      this.setup = config.setup;
    }

    public Builder outputDir(Path outputDir) {
      this.outputDir = outputDir;
      return this;
    }

    public Builder runId(String runId) {
      this.runId = runId;
      return this;
    }

    public Builder k6(K6Settings k6) {
      this.k6 = k6;
      return this;
    }

    public Builder gatewayUrl(String gatewayUrl) {
      this.gatewayUrl = gatewayUrl;
      return this;
    }

    public Builder prometheusUrl(String prometheusUrl) {
      this.prometheusUrl = prometheusUrl;
      return this;
    }

    public Builder functions(List<FunctionSpec> functions) {
      this.functions = functions;
      return this;
    }

    public Builder rateStrategy(RateStrategy rateStrategy) {
      this.rateStrategy = rateStrategy;
      return this;
    }

    public Builder combinations(Combinations combinations) {
      this.combinations = combinations;
      return this;
    }

    public Builder duration(LoadDuration duration) {
      this.duration = duration;
      return this;
    }

    public Builder iterations(int iterations) {
      this.iterations = iterations;
      return this;
    }

    public Builder cooldown(CooldownSettings cooldown) {
      this.cooldown = cooldown;
      return this;
    }

    public Builder overload(OverloadSettings overload) {
      this.overload = overload;
      return this;
    }

    public Builder queriesPath(Path queriesPath) {
      this.queriesPath = queriesPath;
      return this;
    }

    public Builder scaphandreEnabled(boolean scaphandreEnabled) {
      this.scaphandreEnabled = scaphandreEnabled;
      return this;
    }

    public Builder functionPidRegexes(Map<String, String> functionPidRegexes) {
      this.functionPidRegexes = functionPidRegexes;
      return this;
    }

    public Builder deployFunctions(boolean deployFunctions) {
      this.deployFunctions = deployFunctions;
      return this;
    }

    public Builder prometheus(PrometheusSettings prometheus) {
      this.prometheus = prometheus;
      return this;
    }

    public Builder gateway(GatewaySettings gateway) {
      this.gateway = gateway;
      return this;
    }

    public Builder k6Execution(K6ExecutionSettings k6Execution) {
      this.k6Execution = k6Execution;
      return this;
    }

    public Builder embedded(EmbeddedSettings embedded) {
      this.embedded = embedded;
      return this;
    }

    public Builder search(SearchSettings search) {
      this.search = search;
      return this;
    }

    public Builder output(OutputSettings output) {
      this.output = output;
      return this;
    }

    public Builder warmup(WarmupSettings warmup) {
      this.warmup = warmup;
      return this;
    }

    public Builder telemetry(TelemetrySettings telemetry) {
      this.telemetry = telemetry;
      return this;
    }

    public Builder targets(Targets targets) {
      this.targets = targets;
      return this;
    }

    public Builder setup(SetupSettings setup) {
      this.setup = setup;
      return this;
    }

    public SamplerConfig build() {
      return new SamplerConfig(
          outputDir,
          runId,
          k6,
          gatewayUrl,
          prometheusUrl,
          functions,
          rateStrategy,
          combinations,
          duration,
          iterations,
          cooldown,
          overload,
          queriesPath,
          scaphandreEnabled,
          functionPidRegexes,
          deployFunctions,
          prometheus,
          gateway,
          k6Execution,
          embedded,
          search,
          output,
          warmup,
          telemetry,
          targets,
          setup);
    }
  }
}
