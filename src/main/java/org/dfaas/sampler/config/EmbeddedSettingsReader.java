package org.dfaas.sampler.config;

/** Reads {@code load_generator}, {@code platform} and {@code metrics_source}. */
final class EmbeddedSettingsReader {

  /** An unset or wrong value is the real part ({@link EmbeddedSettings#DEFAULTS}). */
  EmbeddedSettings read(ConfigNode root, Problems problems) {
    return new EmbeddedSettings(
        root.choice(
            "load_generator",
            EmbeddedSettings.LoadGenerator.values(),
            EmbeddedSettings.LoadGenerator::key,
            EmbeddedSettings.DEFAULTS.loadGenerator()),
        root.choice(
            "platform",
            EmbeddedSettings.Platform.values(),
            EmbeddedSettings.Platform::key,
            EmbeddedSettings.DEFAULTS.platform()),
        root.choice(
            "metrics_source",
            EmbeddedSettings.MetricsSourceKind.values(),
            EmbeddedSettings.MetricsSourceKind::key,
            EmbeddedSettings.DEFAULTS.metricsSource()));
  }
}
