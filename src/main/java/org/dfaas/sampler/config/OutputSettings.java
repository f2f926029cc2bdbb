package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How the dataset is written (compat §6, §11): {@code results_extra_columns}, {@code
 * latency_format} and {@code config_id_hash}.
 *
 * @param extraColumns whether {@code results.csv} gets the latency detail, request count and
 *     dropped-iteration columns after the old tool's ones ({@code results_extra_columns})
 * @param latencyFormat how {@code medium_latency_function_*} is written ({@code latency_format})
 * @param configIdHash which digest makes the config ids in artifact names ({@code config_id_hash})
 */
public record OutputSettings(
    boolean extraColumns, LatencyFormat latencyFormat, ConfigIdHash configIdHash) {

  /** Extra columns on, latencies and config ids as the old tool wrote them. */
  public static final OutputSettings DEFAULT =
      new OutputSettings(true, LatencyFormat.INTEGER, ConfigIdHash.SHA1);

  /** Extra columns and latency format as given, config ids by SHA-1. */
  public OutputSettings(boolean extraColumns, LatencyFormat latencyFormat) {
    this(extraColumns, latencyFormat, ConfigIdHash.SHA1);
  }

  /** These settings with config ids made by {@code hash}. */
  public OutputSettings withConfigIdHash(ConfigIdHash hash) {
    return new OutputSettings(extraColumns, latencyFormat, hash);
  }

  static OutputSettings read(ConfigNode root) {
    return new OutputSettings(
        root.bool("results_extra_columns", DEFAULT.extraColumns()),
        root.choice(
            "latency_format", LatencyFormat.values(), LatencyFormat::key, DEFAULT.latencyFormat()),
        root.choice(
            "config_id_hash", ConfigIdHash.values(), ConfigIdHash::key, DEFAULT.configIdHash()));
  }

  void print(ObjectNode into) {
    into.put("results_extra_columns", extraColumns);
    into.put("latency_format", latencyFormat.key());
    into.put("config_id_hash", configIdHash.key());
  }

  /** How the mean latency of {@code medium_latency_function_*} is written. */
  public enum LatencyFormat implements ConfigKeyword {
    /** Cut to an integer, as the old tool (and the DFaaS sampler) wrote it. */
    INTEGER,
    /** Three decimals, as the old tool's later versions write it. */
    DECIMAL
  }

  /** The digest whose first 12 hex digits are a configuration's id (compat §3, §11). */
  public enum ConfigIdHash implements ConfigKeyword {
    /** SHA-1, as the old tool named its artifacts. */
    SHA1("SHA-1"),
    /** SHA-256, as the old tool's later versions name theirs. */
    SHA256("SHA-256");

    private final String algorithm;

    ConfigIdHash(String algorithm) {
      this.algorithm = algorithm;
    }

    /** The JDK's name of the digest. */
    public String algorithm() {
      return algorithm;
    }

    /** The other of the two. */
    public ConfigIdHash other() {
      return this == SHA1 ? SHA256 : SHA1;
    }
  }
}
