package org.dfaas.sampler.config;

import java.util.Objects;

/**
 * One node of {@code targets:} with every per-target value in force: what the item sets, else the
 * top level's. Immutable; safe to print (the gateway settings mask a password).
 *
 * @param name the target's safe name: its output folder in a fleet, its k6 workspace folder, the
 *     {@code host} of its events
 * @param nodeType a free label ({@code LIGHT}, {@code MID}, {@code HEAVY}), or {@code null}
 * @param k6 where and how its k6 runs
 * @param gatewayUrl its OpenFaaS gateway
 * @param prometheusUrl its Prometheus
 * @param gateway its gateway credentials
 * @param k6Execution how its k6 gets run
 * @param embedded which of its parts are the tool's own
 */
public record Target(
    String name,
    String nodeType,
    K6Settings k6,
    String gatewayUrl,
    String prometheusUrl,
    GatewaySettings gateway,
    K6ExecutionSettings k6Execution,
    EmbeddedSettings embedded) {

  public Target {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(k6, "k6");
    Objects.requireNonNull(gatewayUrl, "gatewayUrl");
    Objects.requireNonNull(prometheusUrl, "prometheusUrl");
    Objects.requireNonNull(gateway, "gateway");
    Objects.requireNonNull(k6Execution, "k6Execution");
    Objects.requireNonNull(embedded, "embedded");
  }
}
