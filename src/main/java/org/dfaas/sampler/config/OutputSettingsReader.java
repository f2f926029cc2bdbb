package org.dfaas.sampler.config;

import org.dfaas.sampler.config.OutputSettings.LatencyFormat;

/** Reads {@code results_extra_columns} and {@code latency_format}. */
final class OutputSettingsReader {

  OutputSettings read(ConfigNode root) {
    OutputSettings defaults = OutputSettings.DEFAULT;
    return new OutputSettings(
        root.bool("results_extra_columns", defaults.extraColumns()),
        root.choice(
            "latency_format",
            LatencyFormat.values(),
            LatencyFormat::key,
            defaults.latencyFormat()));
  }
}
