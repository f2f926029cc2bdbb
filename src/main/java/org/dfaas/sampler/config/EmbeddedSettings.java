package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Which parts of a campaign are the real ones and which the tool's own stand-ins (issue 6): the
 * load generator, the FaaS platform and the metrics source. Each default is the real part, so a
 * config written for a real node never runs against a stand-in by accident: {@code load_generator},
 * {@code platform} and {@code metrics_source}, at the top level or in a target. Immutable.
 *
 * @param loadGenerator k6 (through {@code k6_executor}) or the built-in generator
 * @param platform the OpenFaaS gateway at {@code gateway_url} or the sandbox the tool starts
 * @param metricsSource Prometheus at {@code prometheus_url}, this machine's {@code /proc} or the
 *     sandbox's own use
 */
public record EmbeddedSettings(
    LoadGenerator loadGenerator, Platform platform, MetricsSourceKind metricsSource) {

  /** The real parts: k6, OpenFaaS, Prometheus. */
  public static final EmbeddedSettings DEFAULTS =
      new EmbeddedSettings(LoadGenerator.K6, Platform.OPENFAAS, MetricsSourceKind.PROMETHEUS);

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
    /** This machine's {@code /proc}: the node is the machine. */
    LOCAL,
    /** The sandbox platform's own use: the node is the sandbox, needs {@code platform: sandbox}. */
    SANDBOX
  }

  /** Why {@link #measuresNoSandbox} settings are refused, as a config problem says it. */
  static final String NO_SANDBOX_TO_MEASURE =
      "sandbox measures the sandbox platform, which runs only with platform: sandbox"
          + " (use local for this machine, prometheus for a real node)";

  /** An unset or wrong value is the real part ({@link #DEFAULTS}). */
  static EmbeddedSettings read(ConfigNode root) {
    return new EmbeddedSettings(
        root.choice(
            "load_generator", LoadGenerator.values(), LoadGenerator::key, DEFAULTS.loadGenerator()),
        root.choice("platform", Platform.values(), Platform::key, DEFAULTS.platform()),
        root.choice(
            "metrics_source",
            MetricsSourceKind.values(),
            MetricsSourceKind::key,
            DEFAULTS.metricsSource()));
  }

  /** Whether it asks for the sandbox's own metrics without a sandbox to measure. */
  boolean measuresNoSandbox() {
    return metricsSource == MetricsSourceKind.SANDBOX && platform != Platform.SANDBOX;
  }

  /** The top-level keys; a target prints them in its own order ({@link Target}). */
  void print(ObjectNode into) {
    into.put("load_generator", loadGenerator.key());
    into.put("platform", platform.key());
    into.put("metrics_source", metricsSource.key());
  }
}
