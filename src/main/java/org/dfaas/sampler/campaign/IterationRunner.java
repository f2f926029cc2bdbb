package org.dfaas.sampler.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;
import org.dfaas.sampler.k6.FunctionLoadResult;
import org.dfaas.sampler.k6.K6RunResult;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.k6.K6Script;
import org.dfaas.sampler.k6.K6Summary;
import org.dfaas.sampler.metrics.MetricsCollector;
import org.dfaas.sampler.metrics.MetricsRow;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.metrics.RunWindow;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.dfaas.sampler.platform.FaasPlatform;
import org.dfaas.sampler.results.FunctionMeasurement;
import org.dfaas.sampler.results.IterationRecord;
import org.dfaas.sampler.results.NodeMeasurement;
import org.dfaas.sampler.results.ResultRow;

/**
 * One iteration of one configuration (compat §4): cool down, run k6, read its summary, the replicas
 * and the metrics of the run's window, and judge overload. It writes nothing: the result is handed
 * back whole, so an iteration either lands on disk complete or not at all.
 *
 * <p>Not thread-safe: one campaign loop uses it.
 */
final class IterationRunner {

  private final K6Runner k6;
  private final MetricsCollector metrics;
  private final FaasPlatform platform;
  private final CooldownManager cooldown;
  private final OverloadEvaluator overload;
  private final RunIdentity identity;
  private final Clock clock;
  private final ConfigIdHash idHash;

  IterationRunner(
      K6Runner k6,
      MetricsCollector metrics,
      FaasPlatform platform,
      CooldownManager cooldown,
      OverloadEvaluator overload,
      RunIdentity identity,
      Clock clock,
      ConfigIdHash idHash) {
    this.idHash = idHash;
    this.k6 = k6;
    this.metrics = metrics;
    this.platform = platform;
    this.cooldown = cooldown;
    this.overload = overload;
    this.identity = identity;
    this.clock = clock;
  }

  IterationRecord run(
      Configuration configuration,
      K6Script script,
      int iteration,
      NodeUsage baseline,
      java.util.function.Consumer<Phase> phases)
      throws InterruptedException {
    String id = configuration.id(idHash);
    List<String> names = configuration.functionNames();
    phases.accept(Phase.COOLDOWN);
    CooldownResult rested = cooldown.awaitIdle(id, baseline, names);
    phases.accept(Phase.LOAD);
    Instant start = clock.instant();
    K6RunResult run = k6.execute(id, script, identity.targetName(), identity.runId());
    Instant end = clock.instant();
    if (Thread.interrupted()) {
      throw new InterruptedException("stopped while k6 ran configuration " + id);
    }
    phases.accept(Phase.METRICS);
    K6Summary summary = k6.readSummary(run, configuration.pairs());
    SortedMap<String, FunctionLoadResult> loads = summary.functions();
    Map<String, Integer> replicas = platform.replicas(names);
    MetricsRow usage = metrics.afterRun(names, new RunWindow(start, end));
    List<FunctionMeasurement> functions = new ArrayList<>();
    for (RatePair pair : configuration.pairs()) {
      FunctionLoadResult load = loads.get(pair.function());
      int replicaCount = replicas.getOrDefault(pair.function(), 0);
      functions.add(
          new FunctionMeasurement(
              pair.function(),
              pair.rate(),
              load.successRate(),
              usage.function(pair.function()),
              replicaCount,
              overload.functionOverloaded(load.successRate(), replicaCount),
              load.avgLatencyMs(),
              load.latency(),
              load.requestCount()));
    }
    if (Thread.interrupted()) {
      // Asked to stop while the replicas or the metrics were read: the row would be incomplete.
      throw new InterruptedException("stopped after k6 ran configuration " + id);
    }
    boolean overloaded = overload.nodeOverloaded(usage.node(), functions);
    NodeMeasurement node =
        new NodeMeasurement(rested.idle(), usage.node(), rested.restSeconds(), overloaded);
    List<String> reasons = overloaded ? overload.reasons(usage.node(), functions) : List.of();
    return new IterationRecord(
        configuration,
        iteration,
        identity.repetition(),
        summary.indentedJson(),
        usage,
        new ResultRow(functions, node, summary.droppedIterations(), reasons, overload.cores()));
  }

  /** Whether an iteration's row lies within {@code margin} of an overload threshold. */
  boolean nearThreshold(ResultRow row, double margin) {
    return overload.nearThreshold(row.node().loaded(), row.functions(), margin);
  }
}
