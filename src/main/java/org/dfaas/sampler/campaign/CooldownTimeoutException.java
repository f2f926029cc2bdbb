package org.dfaas.sampler.campaign;

import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.TimeFormat;

/**
 * The node did not become idle within {@code cooldown.max_wait_seconds}: this configuration fails.
 */
public final class CooldownTimeoutException extends SamplerException {

  private static final long serialVersionUID = 1L;

  /**
   * @param configId the configuration that waited
   * @param waitedSeconds how long it waited
   * @param limitSeconds {@code cooldown.max_wait_seconds}
   * @param lastReason why the last look did not pass
   */
  public CooldownTimeoutException(
      String configId, long waitedSeconds, int limitSeconds, String lastReason) {
    super(
        "config "
            + configId
            + ": the node did not cool down after "
            + TimeFormat.duration(waitedSeconds)
            + " (cooldown.max_wait_seconds = "
            + limitSeconds
            + "); last look: "
            + lastReason,
        ExitCode.RUNTIME_FAILURE,
        "raise cooldown.max_wait_seconds or cooldown.idle_threshold_pct, or check what else loads"
            + " the node",
        null);
  }
}
