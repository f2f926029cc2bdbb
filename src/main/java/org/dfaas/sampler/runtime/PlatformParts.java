package org.dfaas.sampler.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.EmbeddedSettings;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.k6.K6Executor;
import org.dfaas.sampler.k6.K6Executors;
import org.dfaas.sampler.metrics.MetricsSource;
import org.dfaas.sampler.metrics.PrometheusClient;
import org.dfaas.sampler.platform.OpenFaasGateway;
import org.dfaas.sampler.sandbox.BuiltinLoadGenerator;
import org.dfaas.sampler.sandbox.LocalMetricsSource;
import org.dfaas.sampler.sandbox.SandboxMetricsSource;
import org.dfaas.sampler.sandbox.SandboxOptions;
import org.dfaas.sampler.sandbox.SandboxServer;
import org.dfaas.sampler.sandbox.UsageCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The load generator, FaaS platform and metrics source a config asks for ({@code load_generator},
 * {@code platform}, {@code metrics_source}), real or the tool's own. With {@code platform: sandbox}
 * it starts the sandbox for its own lifetime and hands the config back with {@code gateway_url}
 * pointing at it.
 *
 * <p>Not thread-safe to build or close; the parts it hands out are thread-safe. Closing stops the
 * sandbox, the sampling and the executor.
 */
final class PlatformParts implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PlatformParts.class);

  private final SamplerConfig config;
  private final SandboxServer sandbox;
  private final Map<String, String> env;
  private OpenFaasGateway gateway;
  private final K6Executor executor;
  private final MetricsSource metrics;

  private PlatformParts(
      SamplerConfig config,
      SandboxServer sandbox,
      OpenFaasGateway gateway,
      K6Executor executor,
      MetricsSource metrics,
      Map<String, String> env) {
    this.config = config;
    this.env = env;
    this.sandbox = sandbox;
    this.gateway = gateway;
    this.executor = executor;
    this.metrics = metrics;
  }

  /**
   * Builds the parts of {@code configured}, starting the sandbox when it asks for one.
   *
   * @param env the process environment (passwords and passphrases of the real parts)
   * @param clock the wall clock the local metrics source stamps its samples with
   * @param options how the sandbox behaves
   * @throws SamplerException when the sandbox cannot start or a real part cannot be built
   */
  static PlatformParts start(
      SamplerConfig configured, Map<String, String> env, Clock clock, SandboxOptions options) {
    EmbeddedSettings embedded = configured.embedded();
    SamplerConfig config = configured;
    SandboxServer sandbox = null;
    OpenFaasGateway gateway = null;
    if (embedded.platform() == EmbeddedSettings.Platform.SANDBOX) {
      try {
        sandbox = SandboxServer.start(options);
      } catch (IOException e) {
        throw new SamplerException(
            "cannot start the sandbox platform on 127.0.0.1: " + e,
            ExitCode.RUNTIME_FAILURE,
            "is the loopback interface up?",
            e);
      }
      config = configured.withGatewayUrl(sandbox.url());
      LOG.info(
          "sandbox platform serving {} at {} (gateway_url overridden)",
          sandbox.functionNames(),
          sandbox.url());
      gateway =
          new OpenFaasGateway(
              sandbox.url(), null, sandbox.authorization(), OpenFaasGateway.DEFAULT_TIMEOUT);
    }
    MetricsSource metrics = null;
    try {
      metrics = metrics(config, sandbox, clock);
      // Last, so nothing after it can fail and leave an SSH session open.
      K6Executor executor =
          embedded.loadGenerator() == EmbeddedSettings.LoadGenerator.BUILTIN
              ? new BuiltinLoadGenerator(
                  BuiltinLoadGenerator.DEFAULT_REQUEST_TIMEOUT, System::nanoTime)
              : K6Executors.create(config, env, System::nanoTime);
      return new PlatformParts(config, sandbox, gateway, executor, metrics, env);
    } catch (RuntimeException e) {
      closeMetrics(metrics);
      if (sandbox != null) {
        sandbox.close();
      }
      throw e;
    }
  }

  /**
   * Builds the parts of one target (its own sandbox, on its own loopback port, when it asks for
   * one), as {@link #start} does for its config.
   */
  static PlatformParts start(
      ResolvedTarget target, SamplerEnvironment environment, SandboxOptions options) {
    return start(target.config(), environment.env(), environment.clock(), options);
  }

  private static MetricsSource metrics(SamplerConfig config, SandboxServer sandbox, Clock clock) {
    Duration timeSpan = Duration.ofMillis(config.duration().millis());
    EmbeddedSettings.MetricsSourceKind kind = config.embedded().metricsSource();
    if (kind == EmbeddedSettings.MetricsSourceKind.PROMETHEUS) {
      return PrometheusClient.create(config.prometheusUrl(), config.prometheus());
    }
    if (kind == EmbeddedSettings.MetricsSourceKind.SANDBOX) {
      // The config refuses metrics_source: sandbox without platform: sandbox.
      return SandboxMetricsSource.ofThisProcess(clock, timeSpan, () -> usage(sandbox));
    }
    try {
      return new LocalMetricsSource(
          Path.of("/proc"),
          clock,
          timeSpan,
          () -> sandbox == null ? Map.of() : usage(sandbox),
          true);
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new SamplerException(
          "metrics_source: local needs a Linux /proc: " + e.getMessage(),
          ExitCode.BAD_INPUT,
          "use metrics_source: prometheus on this machine",
          e);
    }
  }

  private static Map<String, UsageCounters> usage(SandboxServer sandbox) {
    Map<String, UsageCounters> usage = new LinkedHashMap<>();
    for (String name : sandbox.functionNames()) {
      sandbox.usage(name).ifPresent(counters -> usage.put(name, counters));
    }
    return usage;
  }

  private static void closeMetrics(MetricsSource metrics) {
    if (metrics != null) {
      metrics.close();
    }
  }

  /** The config, with {@code gateway_url} pointing at the sandbox when one runs. */
  SamplerConfig config() {
    return config;
  }

  /** Whether the metrics come from Prometheus (not the local source). */
  boolean prometheus() {
    return config.embedded().metricsSource() == EmbeddedSettings.MetricsSourceKind.PROMETHEUS;
  }

  /**
   * The platform's gateway client (the sandbox's, with its in-process credentials), built on first
   * use for a real gateway so that uses which never read it need no password.
   */
  synchronized OpenFaasGateway gateway() {
    if (gateway == null) {
      gateway = OpenFaasGateway.create(config.gatewayUrl(), config.gateway(), env);
    }
    return gateway;
  }

  /** The load generator: k6 through its executor, or the built-in one. */
  K6Executor executor() {
    return executor;
  }

  /** Prometheus, this machine's source or the sandbox's own. */
  MetricsSource metrics() {
    return metrics;
  }

  @Override
  public void close() {
    try {
      executor.close();
    } finally {
      try {
        closeMetrics(metrics);
      } finally {
        if (sandbox != null) {
          sandbox.close();
        }
      }
    }
  }
}
