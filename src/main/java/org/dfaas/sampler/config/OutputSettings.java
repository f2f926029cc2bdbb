package org.dfaas.sampler.config;

import java.util.Objects;

/**
 * How the dataset is written (compat §6, §11).
 *
 * @param extraColumns whether {@code results.csv} gets the latency detail, request count and
 *     dropped-iteration columns after the old tool's ones ({@code results_extra_columns})
 * @param latencyFormat how {@code medium_latency_function_*} is written ({@code latency_format})
 */
public record OutputSettings(boolean extraColumns, LatencyFormat latencyFormat) {

  /** Extra columns on, latencies as the old tool wrote them. */
  public static final OutputSettings DEFAULT = new OutputSettings(true, LatencyFormat.INTEGER);

  public OutputSettings {
    Objects.requireNonNull(latencyFormat, "latencyFormat");
  }

  /** How the mean latency of {@code medium_latency_function_*} is written. */
  public enum LatencyFormat {
    /** Cut to an integer, as the old tool (and the DFaaS sampler) wrote it. */
    INTEGER("integer"),
    /** Three decimals, as the old tool's later versions write it. */
    DECIMAL("decimal");

    private final String key;

    LatencyFormat(String key) {
      this.key = key;
    }

    /** The spelling in a config file. */
    public String key() {
      return key;
    }
  }
}
