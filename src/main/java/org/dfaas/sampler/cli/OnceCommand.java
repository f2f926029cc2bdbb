package org.dfaas.sampler.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.k6.FunctionLoadResult;
import org.dfaas.sampler.k6.K6RunResult;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.sandbox.EmbeddedParts;
import org.dfaas.sampler.sandbox.SandboxOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code once}: run one configuration once through the configured executor (no cooldown, no
 * metrics) and print each function's result: the quickest check that the k6 host, k6 and the
 * gateway work together.
 */
@Command(
    name = "once",
    mixinStandardHelpOptions = true,
    description =
        "Run one configuration once through the configured k6 executor (k6's log on stderr),"
            + " then print each function's success rate, mean latency and request count.")
final class OnceCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CliEnvironment environment;

  @Mixin ConfigOptions config;

  @Mixin ConfigurationArgument configurationArgument;

  @Option(
      names = "--json",
      description = "Print only {\"config_id\", \"duration_seconds\", \"functions\"} on stdout.")
  boolean json;

  OnceCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws JsonProcessingException {
    SamplerConfig samplerConfig = config.load(environment).config();
    Configuration configuration = configurationArgument.parse(samplerConfig);
    String runId =
        samplerConfig.runId() != null
            ? samplerConfig.runId()
            : "run-" + Instant.now().getEpochSecond();
    SortedMap<String, FunctionLoadResult> results;
    K6RunResult run;
    try (EmbeddedParts embedded =
        EmbeddedParts.start(samplerConfig, environment.env(), SandboxOptions.DEFAULTS)) {
      K6Runner runner = K6Runner.fromConfig(embedded.config(), embedded.executor());
      run =
          runner.execute(
              configuration.id(),
              runner.buildScript(configuration.pairs(), samplerConfig.functions()),
              targetName(),
              runId);
      results = runner.parseSummary(run, configuration.pairs());
    }
    if (json) {
      environment.out().println(JSON.writeValueAsString(report(run, results)));
    } else {
      environment
          .out()
          .printf(
              Locale.ROOT,
              "config %s (%s) ran in %.1f s%n",
              run.configId(),
              configuration.describe(),
              run.durationSeconds());
      results.forEach(
          (name, result) ->
              environment
                  .out()
                  .printf(
                      Locale.ROOT,
                      "%s: success rate %.4f, mean latency %.2f ms, %.0f requests%n",
                      name,
                      result.successRate(),
                      result.avgLatencyMs(),
                      result.requestCount()));
    }
    environment.out().flush();
    return ExitCode.OK;
  }

  private static ObjectNode report(K6RunResult run, Map<String, FunctionLoadResult> results) {
    ObjectNode root = JSON.createObjectNode();
    root.put("config_id", run.configId());
    root.put("duration_seconds", run.durationSeconds());
    ObjectNode functions = root.putObject("functions");
    results.forEach(
        (name, result) -> {
          ObjectNode item = functions.putObject(name);
          item.put("success_rate", result.successRate());
          item.put("avg_latency", result.avgLatencyMs());
          item.put("request_count", result.requestCount());
        });
    return root;
  }

  /** compat §7: env {@code LB_RUN_HOST}, else this machine's host name. */
  private String targetName() {
    String fromEnv = environment.env().get("LB_RUN_HOST");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      throw new org.dfaas.sampler.SamplerException(
          "cannot tell this machine's host name for the workspace path; set LB_RUN_HOST", e);
    }
  }
}
