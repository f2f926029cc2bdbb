package org.dfaas.sampler.k6;

/**
 * The failures of k6 runs on one host, as every executor raises them: the host is named once, where
 * the executor is made, and each failure names only the run, k6's exit status, its last lines and
 * the reason.
 *
 * @param host the k6 host named in every failure (an address, {@code localhost}, or what stands in
 *     for k6)
 */
public record K6HostFailures(String host) {

  /**
   * A run of {@code configId} that failed; later runs may still succeed.
   *
   * @param exit k6's exit status, or {@code null} when k6 never exited
   * @param tail the last lines of k6's output, empty when there were none
   * @param reason what went wrong, in a few words
   * @param cause the underlying error, or {@code null}
   */
  public K6ExecutionException failed(
      String configId, Integer exit, String tail, String reason, Throwable cause) {
    return new K6ExecutionException(configId, host, exit, tail, reason, cause);
  }

  /** A run of {@code configId} that failed with no underlying error. */
  public K6ExecutionException failed(String configId, Integer exit, String tail, String reason) {
    return failed(configId, exit, tail, reason, null);
  }

  /**
   * The host cannot run k6 at all (unreachable, refusing the key, no k6): the campaign stops.
   *
   * @see #failed(String, Integer, String, String, Throwable) the parameters
   */
  public K6HostUnavailableException unavailable(
      String configId, Integer exit, String tail, String reason, Throwable cause) {
    return new K6HostUnavailableException(configId, host, exit, tail, reason, cause);
  }

  /**
   * The host could not be reached or logged in to, so k6 never ran: {@code hint} says what to fix,
   * where a run's failure points at k6's log.
   */
  public K6HostUnavailableException notReached(
      String configId, String reason, String hint, Throwable cause) {
    return new K6HostUnavailableException(configId, host, reason, hint, cause);
  }
}
