package org.dfaas.sampler.k6;

import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;

/**
 * A k6 summary that cannot be read: not JSON, no {@code metrics} map, or a metric of a loaded
 * function missing. A default would silently turn a broken run into a perfect one, so this fails
 * the configuration instead.
 */
public class K6SummaryException extends SamplerException {

  private static final long serialVersionUID = 1L;

  public K6SummaryException(String message, Throwable cause) {
    super(
        message,
        ExitCode.RUNTIME_FAILURE,
        "check k6.log in the run's workspace on the k6 host: k6 may have stopped early",
        cause);
  }

  public K6SummaryException(String message) {
    this(message, null);
  }
}
