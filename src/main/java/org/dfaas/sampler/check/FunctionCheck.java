package org.dfaas.sampler.check;

/**
 * One configured function as the gateway lists it.
 *
 * @param deployed whether the gateway lists it
 * @param replicas its replicas, 0 when not deployed
 */
public record FunctionCheck(boolean deployed, int replicas) {}
