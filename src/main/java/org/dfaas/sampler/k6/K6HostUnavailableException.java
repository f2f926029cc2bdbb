package org.dfaas.sampler.k6;

/**
 * The k6 host cannot run k6 at all: it is unreachable after a reconnect, refuses the key or the
 * host key, or has no k6. Every later configuration would fail the same way, so a campaign stops on
 * it instead of recording one failure per configuration. The executors raise it through {@link
 * K6HostFailures#unavailable}.
 */
public final class K6HostUnavailableException extends K6ExecutionException {

  private static final long serialVersionUID = 1L;

  public K6HostUnavailableException(
      String configId,
      String host,
      Integer k6ExitCode,
      String outputTail,
      String reason,
      Throwable cause) {
    super(configId, host, k6ExitCode, outputTail, reason, cause);
  }

  /** The host could not be reached or logged in to: k6 never ran, so {@code hint} says instead. */
  K6HostUnavailableException(
      String configId, String host, String reason, String hint, Throwable cause) {
    super(configId, host, null, "", reason, hint, cause);
  }

  @Override
  public boolean stopsCampaign() {
    return true;
  }
}
