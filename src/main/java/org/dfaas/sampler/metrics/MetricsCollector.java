package org.dfaas.sampler.metrics;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.dfaas.sampler.config.LoadDuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the node's and the functions' usage from a {@link MetricsSource} with the queries of a
 * {@link QueryCatalog}, by the rules of compat §8: power only with Scaphandre; a failed function
 * query makes that function's values NaN and the campaign goes on; after a run, range queries over
 * the run's window when the run lasted longer than the configured duration, otherwise instant
 * queries.
 *
 * <p>Thread-safe when its source is. A failed node query throws {@link PrometheusQueryException}: a
 * row without node values is worthless, so the configuration fails.
 */
public final class MetricsCollector {

  private static final Logger LOG = LoggerFactory.getLogger(MetricsCollector.class);

  private final QueryCatalog catalog;
  private final MetricsSource source;
  private final LoadDuration duration;
  private final boolean scaphandre;
  private final Map<String, String> pidRegexes;
  private final Executor executor;

  /** A collector that runs its queries one after another, on the calling thread. */
  public MetricsCollector(
      QueryCatalog catalog,
      MetricsSource source,
      LoadDuration duration,
      boolean scaphandre,
      Map<String, String> pidRegexes) {
    this(catalog, source, duration, scaphandre, pidRegexes, Runnable::run);
  }

  /**
   * @param catalog the active queries
   * @param source where values come from
   * @param duration the configured run duration, also the {@code {time_span}}
   * @param scaphandre whether the power queries run
   * @param pidRegexes per-function PID regexes for the function power query
   * @param executor runs the queries of one snapshot side by side (the caller owns it and shuts it
   *     down); {@code Runnable::run} runs them one after another
   */
  public MetricsCollector(
      QueryCatalog catalog,
      MetricsSource source,
      LoadDuration duration,
      boolean scaphandre,
      Map<String, String> pidRegexes,
      Executor executor) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.source = Objects.requireNonNull(source, "source");
    this.duration = Objects.requireNonNull(duration, "duration");
    this.scaphandre = scaphandre;
    this.pidRegexes = Map.copyOf(pidRegexes);
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /**
   * The node now (instant queries), as the baseline and the cooldown take it.
   *
   * @throws PrometheusQueryException when a node query fails
   */
  public NodeUsage nodeSnapshot() {
    return node(null);
  }

  /**
   * The node's and the functions' usage over one run.
   *
   * @param functions the functions of the configuration
   * @throws PrometheusQueryException when a node query fails (function queries never throw)
   */
  public MetricsRow afterRun(List<String> functions, RunWindow window) {
    RunWindow effective = window.length().compareTo(duration()) > 0 ? window : null;
    Map<String, CompletableFuture<FunctionUsage>> pending = new LinkedHashMap<>();
    for (String function : functions) {
      pending.put(function, async(() -> function(function, effective)));
    }
    NodeUsage node = node(effective);
    Map<String, FunctionUsage> usage = new LinkedHashMap<>();
    pending.forEach((function, future) -> usage.put(function, join(future)));
    return new MetricsRow(node, usage);
  }

  /**
   * The node's core count from {@code cpu_count_node}, or NaN when the queries file has no such
   * query or it fails (logged): the overload rule then falls back (compat §8).
   */
  public double cpuCount() {
    return catalog
        .find(QueryCatalog.CPU_COUNT_NODE)
        .map(
            query -> {
              try {
                return run(query, null, null, null);
              } catch (PrometheusUnreachableException e) {
                // The baseline's queries say so, as an error; a warning about cores adds nothing.
                LOG.debug("core count not read: {}", e.getMessage());
                return Double.NaN;
              } catch (PrometheusQueryException e) {
                LOG.warn("cannot read the node's core count: {}", e.getMessage());
                return Double.NaN;
              }
            })
        .orElse(Double.NaN);
  }

  private NodeUsage node(RunWindow window) {
    CompletableFuture<Double> cpu = nodeQuery(QueryCatalog.CPU_NODE, window);
    CompletableFuture<Double> ram = nodeQuery(QueryCatalog.RAM_NODE, window);
    CompletableFuture<Double> ramPct = nodeQuery(QueryCatalog.RAM_PCT_NODE, window);
    CompletableFuture<Double> power =
        scaphandre
            ? nodeQuery(QueryCatalog.POWER_NODE, window)
            : CompletableFuture.completedFuture(Double.NaN);
    return new NodeUsage(join(cpu), join(ram), join(ramPct), join(power));
  }

  private CompletableFuture<Double> nodeQuery(String name, RunWindow window) {
    MetricQuery query = catalog.get(name);
    return async(() -> run(query, window, null, null));
  }

  private <T> CompletableFuture<T> async(Supplier<T> task) {
    return CompletableFuture.supplyAsync(task, executor);
  }

  /** The future's value, its failure rethrown as it was thrown. */
  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private FunctionUsage function(String function, RunWindow window) {
    try {
      double cpu = run(catalog.get(QueryCatalog.CPU_FUNCTION), window, function, null);
      double ram = run(catalog.get(QueryCatalog.RAM_FUNCTION), window, function, null);
      String regex = pidRegexes.get(function);
      double power =
          scaphandre && regex != null
              ? run(catalog.get(QueryCatalog.POWER_FUNCTION), window, function, regex)
              : Double.NaN;
      return new FunctionUsage(cpu, ram, power);
    } catch (PrometheusQueryException e) {
      LOG.error("metrics of function {} are nan: {}", function, e.getMessage());
      return FunctionUsage.UNKNOWN;
    }
  }

  private double run(MetricQuery query, RunWindow window, String function, String pidRegex) {
    String promql = query.render(duration.text(), function, pidRegex);
    if (window != null && query.range()) {
      return source.range(query.name(), promql, window.start(), window.end(), query.step());
    }
    return source.instant(query.name(), promql);
  }

  private Duration duration() {
    return Duration.ofMillis(duration.millis());
  }
}
