package org.dfaas.sampler.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.EmbeddedSettings.LoadGenerator;
import org.dfaas.sampler.config.EmbeddedSettings.MetricsSourceKind;
import org.dfaas.sampler.config.EmbeddedSettings.Platform;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.metrics.MetricQuery;
import org.dfaas.sampler.metrics.MetricsSource;
import org.dfaas.sampler.metrics.PrometheusUnreachableException;
import org.dfaas.sampler.metrics.QueryCatalog;
import org.dfaas.sampler.platform.FunctionStatus;

/**
 * Checks, part by part, that a campaign's setup works before hours are spent on it: the gateway
 * (reachable, credentials accepted, every configured function deployed) and Prometheus (every
 * active query returns data now) and k6 (reached through the configured executor, it answers {@code
 * k6 version}).
 *
 * <p>Never throws for a broken part; each failure becomes a FAIL with its reason. Not thread-safe.
 */
public final class SetupChecker {

  /** The most replicas OpenFaaS Community Edition gives a function. */
  static final int COMMUNITY_EDITION_MAX_REPLICAS = 5;

  private final SamplerConfig config;
  private final QueryCatalog catalog;
  private final Supplier<MetricsSource> prometheus;
  private final Supplier<List<FunctionStatus>> gateway;
  private final Supplier<String> k6Version;

  /**
   * A checker that does not check k6 (SKIP).
   *
   * @param prometheus makes the Prometheus client (may throw, e.g. for an unreadable secret file)
   * @param gateway lists the gateway's functions (throws when it cannot be read)
   */
  public SetupChecker(
      SamplerConfig config,
      QueryCatalog catalog,
      Supplier<MetricsSource> prometheus,
      Supplier<List<FunctionStatus>> gateway) {
    this(config, catalog, prometheus, gateway, null);
  }

  /**
   * @param prometheus makes the Prometheus client (may throw, e.g. for an unreadable secret file)
   * @param gateway lists the gateway's functions (throws when it cannot be read)
   * @param k6Version reaches k6 and returns its version (throws a {@link SamplerException} when it
   *     cannot), or {@code null} not to check k6
   */
  public SetupChecker(
      SamplerConfig config,
      QueryCatalog catalog,
      Supplier<MetricsSource> prometheus,
      Supplier<List<FunctionStatus>> gateway,
      Supplier<String> k6Version) {
    this.config = config;
    this.catalog = catalog;
    this.prometheus = prometheus;
    this.gateway = gateway;
    this.k6Version = k6Version;
  }

  /** Checks every part. */
  public CheckReport check() {
    List<String> warnings = new ArrayList<>();
    Map<String, FunctionCheck> functions = new LinkedHashMap<>();
    PartResult gatewayResult = checkGateway(functions, warnings);
    Map<String, QueryCheck> queries = new LinkedHashMap<>();
    PartResult prometheusResult = checkPrometheus(queries);
    PartResult k6 = checkK6();
    return new CheckReport(k6, gatewayResult, functions, prometheusResult, queries, warnings);
  }

  private PartResult checkK6() {
    boolean builtin = config.embedded().loadGenerator() == LoadGenerator.BUILTIN;
    String where = config.k6Execution().executor().key() + " executor";
    if (k6Version == null) {
      return new PartResult(PartStatus.SKIP, "not checked", builtin);
    }
    try {
      String version = k6Version.get();
      return new PartResult(
          PartStatus.OK, builtin ? version : version + " (" + where + ")", builtin);
    } catch (SamplerException e) {
      // The first line says what failed; the rest (k6's output) is for a run's error, not a line.
      String firstLine = e.getMessage().lines().findFirst().orElse(where);
      return new PartResult(
          PartStatus.FAIL, e.hint() == null ? firstLine : firstLine + "; " + e.hint(), builtin);
    }
  }

  /** The failure's message and what to do about it, which names the key to look at. */
  private static String withHint(SamplerException e) {
    return e.hint() == null ? e.getMessage() : e.getMessage() + "; " + e.hint();
  }

  private PartResult checkGateway(Map<String, FunctionCheck> functions, List<String> warnings) {
    boolean sandbox = config.embedded().platform() == Platform.SANDBOX;
    List<FunctionStatus> listed;
    try {
      listed = gateway.get();
    } catch (SamplerException e) {
      config.functions().forEach(f -> functions.put(f.name(), FunctionCheck.unknown()));
      return new PartResult(PartStatus.FAIL, withHint(e), sandbox);
    }
    List<String> missing = new ArrayList<>();
    int reachable = Integer.MAX_VALUE;
    for (var function : config.functions()) {
      Optional<FunctionStatus> status =
          listed.stream().filter(s -> s.isNamed(function.name())).findFirst();
      functions.put(
          function.name(),
          new FunctionCheck(status.isPresent(), status.map(FunctionStatus::replicas).orElse(0)));
      if (status.isEmpty()) {
        missing.add(function.name());
      } else {
        int max = status.get().maxReplicas();
        reachable = Math.min(reachable, max > 0 ? max : COMMUNITY_EDITION_MAX_REPLICAS);
      }
    }
    int threshold = config.overload().replicasOverloadThreshold();
    if (reachable != Integer.MAX_VALUE && threshold > reachable) {
      warnings.add(
          "overload.replicas_overload_threshold is "
              + threshold
              + " but a function reaches at most "
              + reachable
              + " replicas (com.openfaas.scale.max, or the Community Edition cap of "
              + COMMUNITY_EDITION_MAX_REPLICAS
              + "): replicas never mark a function overloaded");
    }
    if (!missing.isEmpty()) {
      return new PartResult(
          PartStatus.FAIL, "not deployed: " + String.join(", ", missing), sandbox);
    }
    return new PartResult(
        PartStatus.OK,
        listed.size() + " function(s) listed, every configured one deployed",
        sandbox);
  }

  private PartResult checkPrometheus(Map<String, QueryCheck> queries) {
    MetricsSourceKind kind = config.embedded().metricsSource();
    boolean local = kind != MetricsSourceKind.PROMETHEUS;
    String from =
        switch (kind) {
          case LOCAL -> "this machine's /proc, no Prometheus; ";
          case SANDBOX -> "the sandbox's own use, no Prometheus; ";
          case PROMETHEUS -> "";
        };
    MetricsSource source;
    try {
      source = prometheus.get();
    } catch (SamplerException e) {
      return new PartResult(PartStatus.FAIL, from + e.getMessage(), local);
    }
    Map<String, String> toRun = activeQueries();
    List<String> failed = new ArrayList<>();
    for (Map.Entry<String, String> query : toRun.entrySet()) {
      try {
        run(source, query.getKey(), query.getValue(), queries, failed);
      } catch (PrometheusUnreachableException e) {
        // Every other query would fail the same way: said once, with what it left unchecked.
        int notRun = toRun.size() - queries.size();
        return new PartResult(
            PartStatus.FAIL,
            e.getMessage() + "; " + notRun + " of " + toRun.size() + " queries not run",
            local);
      }
    }
    if (!failed.isEmpty()) {
      return new PartResult(
          PartStatus.FAIL,
          from
              + failed.size()
              + " of "
              + queries.size()
              + " queries failed: "
              + String.join(", ", failed),
          local);
    }
    return new PartResult(PartStatus.OK, from + queries.size() + " queries returned data", local);
  }

  /** Each active query's name (with its function, when it has one) and its PromQL. */
  private Map<String, String> activeQueries() {
    String timeSpan = config.duration().text();
    Map<String, String> active = new LinkedHashMap<>();
    for (MetricQuery query : catalog.queries()) {
      if (!query.query().contains("{function_name}") && !query.query().contains("{pid_regex}")) {
        active.put(query.name(), query.render(timeSpan, null, null));
        continue;
      }
      for (var function : config.functions()) {
        String regex = config.functionPidRegexes().get(function.name());
        if (query.query().contains("{pid_regex}") && regex == null) {
          continue;
        }
        active.put(
            query.name() + "(" + function.name() + ")",
            query.render(timeSpan, function.name(), regex));
      }
    }
    return active;
  }

  private static void run(
      MetricsSource source,
      String key,
      String promql,
      Map<String, QueryCheck> queries,
      List<String> failed) {
    try {
      queries.put(key, new QueryCheck(true, source.instant(key, promql), ""));
    } catch (PrometheusUnreachableException e) {
      throw e;
    } catch (SamplerException e) {
      queries.put(key, new QueryCheck(false, Double.NaN, e.getMessage()));
      failed.add(key);
    }
  }
}
