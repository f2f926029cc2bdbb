package org.dfaas.sampler.config;

import java.util.Objects;

/**
 * Which parts of a campaign are the real ones and which the tool's own stand-ins (issue 6): the
 * load generator, the FaaS platform and the metrics source. Each default is the real part, so a
 * config written for a real node never runs against a stand-in by accident. Immutable.
 *
 * @param loadGenerator k6 (through {@code k6_executor}) or the built-in generator
 * @param platform the OpenFaaS gateway at {@code gateway_url} or the sandbox the tool starts
 * @param metricsSource Prometheus at {@code prometheus_url} or this machine's {@code /proc}
 */
public record EmbeddedSettings(
    LoadGenerator loadGenerator, Platform platform, MetricsSourceKind metricsSource) {

  /** The real parts: k6, OpenFaaS, Prometheus. */
  public static final EmbeddedSettings DEFAULTS =
      new EmbeddedSettings(LoadGenerator.K6, Platform.OPENFAAS, MetricsSourceKind.PROMETHEUS);

  public EmbeddedSettings {
    Objects.requireNonNull(loadGenerator, "loadGenerator");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(metricsSource, "metricsSource");
  }

  /** {@code load_generator}. */
  public enum LoadGenerator implements ConfigKeyword {
    K6,
    BUILTIN
  }

  /** {@code platform}. */
  public enum Platform implements ConfigKeyword {
    OPENFAAS,
    SANDBOX
  }

  /** {@code metrics_source}. */
  public enum MetricsSourceKind implements ConfigKeyword {
    PROMETHEUS,
    LOCAL
  }
}
