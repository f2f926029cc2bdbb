package org.dfaas.sampler.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    SearchSettings search) {

  /** Where an output folder goes when the config names none. */
  public static final Path DEFAULT_OUTPUT_DIR = Path.of("benchmark_results", "dfaas");

  public SamplerConfig {
    functions = List.copyOf(functions);
    functionPidRegexes = Collections.unmodifiableMap(new LinkedHashMap<>(functionPidRegexes));
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
    return new SamplerConfig(
        outputDir,
        runId,
        k6,
        url,
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
        search);
  }

  /** This config with another search: {@code plan --search} overrides the config's mode. */
  public SamplerConfig withSearch(SearchSettings other) {
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
        other);
  }

  /** The function with this name, if the config has it. */
  public Optional<FunctionSpec> function(String name) {
    return functions.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
