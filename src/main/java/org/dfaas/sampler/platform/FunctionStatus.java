package org.dfaas.sampler.platform;

import java.util.Objects;

/**
 * One function as {@code GET /system/functions} describes it. OpenFaaS leaves out a count that is
 * 0, so an absent count is 0 here.
 *
 * @param name the function's name
 * @param namespace its namespace, or {@code ""} when the gateway did not say
 * @param replicas the desired replicas
 * @param availableReplicas the ready replicas
 * @param invocationCount the invocations so far
 * @param maxReplicas its label {@code com.openfaas.scale.max}, or 0 when it has none
 */
public record FunctionStatus(
    String name,
    String namespace,
    int replicas,
    int availableReplicas,
    long invocationCount,
    int maxReplicas) {

  /** The label that caps a function's replicas. */
  public static final String SCALE_MAX_LABEL = "com.openfaas.scale.max";

  public FunctionStatus {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(namespace, "namespace");
  }

  /** Whether a configured function name ({@code name} or {@code name.namespace}) means this one. */
  public boolean isNamed(String configured) {
    return configured.equals(name) || configured.equals(name + "." + namespace);
  }
}
