package org.dfaas.sampler.config;

import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;
import org.dfaas.sampler.config.OutputSettings.LatencyFormat;

/** Reads {@code results_extra_columns}, {@code latency_format} and {@code config_id_hash}. */
final class OutputSettingsReader {

  OutputSettings read(ConfigNode root) {
    OutputSettings defaults = OutputSettings.DEFAULT;
    return new OutputSettings(
        root.bool("results_extra_columns", defaults.extraColumns()),
        root.choice(
            "latency_format", LatencyFormat.values(), LatencyFormat::key, defaults.latencyFormat()),
        root.choice(
            "config_id_hash", ConfigIdHash.values(), ConfigIdHash::key, defaults.configIdHash()));
  }
}
