package org.dfaas.sampler.campaign;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dfaas.sampler.FakeTime;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.k6.K6RunRequest;
import org.dfaas.sampler.k6.K6RunResult;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.k6.ScriptedK6Executor;
import org.dfaas.sampler.metrics.MetricsCollector;
import org.dfaas.sampler.metrics.MetricsSource;
import org.dfaas.sampler.metrics.QueryCatalog;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.results.ResultStore;

/**
 * A campaign whose every external part is a fake: k6 answers at once with a summary whose success
 * rate the test chooses per run, Prometheus answers constants, the gateway reports one replica.
 * Only the output folder is real.
 */
final class FakeCampaign {

  /** What k6 "measured" in one run: the success rate of every function, by run. */
  interface Outcome {
    double successRate(K6RunRequest request, int run);
  }

  final SamplerConfig config;
  final FakeTime time = new FakeTime();
  final List<K6RunRequest> runs = new ArrayList<>();

  /** The warm-up runs, kept apart from {@link #runs} (the measured ones). */
  final List<K6RunRequest> warmUps = new ArrayList<>();

  final Map<String, Integer> runsPerConfig = new HashMap<>();
  Outcome outcome = (request, run) -> 1.0;
  Function<K6RunRequest, RuntimeException> failure = request -> null;

  /** Runs whenever the metrics of a finished run are read (not in the cooldown's snapshots). */
  Runnable whileReadingRunMetrics = () -> {};

  /** Off for benchmarks, whose millions of requests would otherwise all stay in memory. */
  boolean recordRuns = true;

  FakeCampaign(String yaml) {
    this.config = new ConfigLoader().load("campaign.yaml", yaml, List.of()).config();
  }

  DfaasGenerator generator(ResultStore store, CampaignListener listener, long maxConfigurations) {
    return new DfaasGenerator(
        CampaignParts.single(
            config,
            new RunIdentity("run-test", "node", 1, 1),
            Plan.of(config),
            target(""),
            store,
            listener,
            time,
            maxConfigurations));
  }

  /** The fake parts as a target named {@code name}; unnamed when it is empty. */
  TargetParts target(String name) {
    K6Runner k6 = K6Runner.fromConfig(config, ScriptedK6Executor.answering(this::run));
    MetricsSource prometheus = constantMetrics(this::value);
    MetricsCollector metrics =
        new MetricsCollector(
            QueryCatalog.bundled(false), prometheus, config.duration(), false, Map.of());
    org.dfaas.sampler.platform.FaasPlatform platform =
        names -> {
          Map<String, Integer> replicas = new HashMap<>();
          names.forEach(n -> replicas.put(n, 1));
          return replicas;
        };
    CooldownManager cooldown =
        new CooldownManager(config.cooldown(), metrics::nodeSnapshot, platform, time, time);
    OverloadEvaluator overload = new OverloadEvaluator(config.overload(), 4);
    return new TargetParts(
        name,
        k6,
        metrics,
        platform,
        cooldown,
        overload,
        CampaignListener.NONE,
        TargetParts.Probe.NONE);
  }

  double value(String name) {
    if (name.equals("cpu_usage_function")) {
      whileReadingRunMetrics.run();
    }
    return steadyValue(name);
  }

  /** What every query answers on a steady node: a quarter of its RAM and 40 % CPU in use. */
  static double steadyValue(String name) {
    return switch (name) {
      case "cpu_usage_node" -> 40.0;
      case "ram_usage_node" -> 2.0e9;
      case "ram_usage_node_pct" -> 25.0;
      case "cpu_count_node" -> 4.0;
      case "cpu_usage_function" -> 12.5;
      case "ram_usage_function" -> 1.0e8;
      default -> Double.NaN;
    };
  }

  private K6RunResult run(K6RunRequest request) {
    int run = 1;
    if (request.configId().startsWith("warmup-")) {
      warmUps.add(request);
    } else if (recordRuns) {
      runs.add(request);
      run = runsPerConfig.merge(request.configId(), 1, Integer::sum);
    }
    RuntimeException failed = failure.apply(request);
    if (failed != null) {
      throw failed;
    }
    time.sleep(java.time.Duration.ofSeconds(1));
    return summary(request, outcome.successRate(request, run));
  }

  /** Metrics that answer {@code value} of each query's name, at any instant and over any range. */
  static MetricsSource constantMetrics(java.util.function.ToDoubleFunction<String> value) {
    return new MetricsSource() {
      @Override
      public double instant(String name, String promql) {
        return value.applyAsDouble(name);
      }

      @Override
      public double range(
          String name,
          String promql,
          java.time.Instant start,
          java.time.Instant end,
          java.time.Duration step) {
        return value.applyAsDouble(name);
      }
    };
  }

  /** A k6 summary of {@code request} in which every function had {@code successRate}. */
  static K6RunResult summary(K6RunRequest request, double successRate) {
    StringBuilder metrics = new StringBuilder();
    request
        .script()
        .metricIds()
        .values()
        .forEach(
            id ->
                metrics
                    .append(metrics.length() == 0 ? "" : ",")
                    .append("\"success_rate_")
                    .append(id)
                    .append("\": {\"value\": ")
                    .append(successRate)
                    .append("}, \"latency_")
                    .append(id)
                    .append("\": {\"avg\": 20.5}, \"request_count_")
                    .append(id)
                    .append("\": {\"count\": 100}"));
    return new K6RunResult(
        "{\"metrics\": {" + metrics + "}}", request.script(), request.configId(), 1.0);
  }

  static Path output(Path dir) {
    return dir.resolve("out");
  }
}
