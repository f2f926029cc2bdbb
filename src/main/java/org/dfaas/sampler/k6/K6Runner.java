package org.dfaas.sampler.k6;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.config.K6Settings;
import org.dfaas.sampler.config.LoadDuration;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;

/**
 * Everything the campaign loop needs from k6, and nothing about how k6 is reached: it writes the
 * script of a configuration, has a {@link K6Executor} run it, and reads the summary back into one
 * result per function. Thread-safe when its executor is.
 */
public final class K6Runner {

  private final K6Settings settings;
  private final String gatewayUrl;
  private final LoadDuration duration;
  private final K6Executor executor;
  private final K6ScriptWriter scriptWriter;
  private final K6SummaryParser summaryParser = new K6SummaryParser();

  /**
   * @param settings where and how k6 runs
   * @param gatewayUrl the OpenFaaS gateway the scripts call, trailing slash allowed
   * @param duration how long each run lasts
   * @param executor how k6 gets run
   */
  public K6Runner(
      K6Settings settings, String gatewayUrl, LoadDuration duration, K6Executor executor) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.gatewayUrl = gatewayUrl;
    this.duration = Objects.requireNonNull(duration, "duration");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.scriptWriter =
        new K6ScriptWriter(Objects.requireNonNull(gatewayUrl, "gatewayUrl"), duration.text());
  }

  /** A runner for the k6 part of {@code config}. */
  public static K6Runner fromConfig(SamplerConfig config, K6Executor executor) {
    return new K6Runner(config.k6(), config.gatewayUrl(), config.duration(), executor);
  }

  /** This runner with runs of another duration (the warm-up's), through the same executor. */
  public K6Runner withDuration(LoadDuration other) {
    return new K6Runner(settings, gatewayUrl, other, executor);
  }

  /**
   * The script of one configuration.
   *
   * @param configPairs the configuration's functions and rates, in any order, names distinct
   * @param functions the campaign's functions; must include every function of {@code configPairs}
   * @throws IllegalArgumentException when a pair names a function not in {@code functions}, or two
   *     pairs name the same function
   */
  public K6Script buildScript(List<RatePair> configPairs, List<FunctionSpec> functions) {
    return buildScript(scriptWriter, configPairs, functions);
  }

  /**
   * The script {@code config}'s campaign writes for one configuration, with no k6 to run it (the
   * {@code script} command).
   *
   * @throws IllegalArgumentException as {@link #buildScript} does
   */
  public static K6Script script(SamplerConfig config, List<RatePair> configPairs) {
    K6ScriptWriter writer = new K6ScriptWriter(config.gatewayUrl(), config.duration().text());
    return buildScript(writer, configPairs, config.functions());
  }

  private static K6Script buildScript(
      K6ScriptWriter scriptWriter, List<RatePair> configPairs, List<FunctionSpec> functions) {
    Map<String, FunctionSpec> byName =
        functions.stream()
            .collect(Collectors.toMap(FunctionSpec::name, Function.identity(), (a, b) -> a));
    List<K6ScriptWriter.Load> loads = new ArrayList<>();
    // A Configuration sorts the pairs by name and refuses duplicates: the script's order.
    for (RatePair pair : new Configuration(configPairs).pairs()) {
      FunctionSpec function = byName.get(pair.function());
      if (function == null) {
        throw new IllegalArgumentException(
            "function " + pair.function() + " of the configuration is not among the functions");
      }
      loads.add(new K6ScriptWriter.Load(function, pair.rate()));
    }
    return scriptWriter.write(loads);
  }

  /**
   * Runs {@code script} through the executor.
   *
   * @param configId the id of the configuration, naming its workspace on the k6 host
   * @param targetName the host the campaign measures (compat §7)
   * @param runId the campaign's run id
   * @throws K6ExecutionException when the run fails (see {@link K6Executor#run})
   */
  public K6RunResult execute(String configId, K6Script script, String targetName, String runId) {
    return executor.run(new K6RunRequest(configId, script, targetName, runId, settings, duration));
  }

  /**
   * The results of each function of a run.
   *
   * @param run the run, whose script gives the metric ids
   * @param configPairs the configuration's functions and rates; a function at rate 0 sends nothing,
   *     so its missing metrics mean success rate 1, latency 0 and no requests
   * @return function name → result, sorted by name
   * @throws K6SummaryException when the summary is unreadable or lacks a metric of a function at a
   *     rate above 0
   */
  public SortedMap<String, FunctionLoadResult> parseSummary(
      K6RunResult run, List<RatePair> configPairs) {
    return summaryParser.parse(
        "config " + run.configId(), run.summary(), run.script().metricIds(), configPairs);
  }

  /**
   * The summary of a run, read once: each function's results, k6's dropped iterations and the text
   * the output folder keeps.
   *
   * @param run the run, whose script gives the metric ids
   * @param configPairs the configuration's functions and rates, as for {@link #parseSummary}
   * @throws K6SummaryException as {@link #parseSummary} does
   */
  public K6Summary readSummary(K6RunResult run, List<RatePair> configPairs) {
    return summaryParser.read(
        "config " + run.configId(), run.summary(), run.script().metricIds(), configPairs);
  }
}
