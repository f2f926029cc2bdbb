package org.dfaas.sampler.check;

/**
 * One configured function as the gateway lists it.
 *
 * @param listed whether the gateway's function list could be read at all; when not, {@code
 *     deployed} says nothing
 * @param deployed whether the gateway lists it
 * @param replicas its replicas, 0 when not deployed
 */
public record FunctionCheck(boolean listed, boolean deployed, int replicas) {

  /** A function of a list that was read. */
  public FunctionCheck(boolean deployed, int replicas) {
    this(true, deployed, replicas);
  }

  /** A function whose deployment is unknown: the gateway could not be read. */
  public static FunctionCheck unknown() {
    return new FunctionCheck(false, false, 0);
  }
}
