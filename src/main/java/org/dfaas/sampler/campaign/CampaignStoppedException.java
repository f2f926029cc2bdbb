package org.dfaas.sampler.campaign;

import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;

/** A failure that every later configuration would share: the campaign stops, resumable. */
public final class CampaignStoppedException extends SamplerException {

  private static final long serialVersionUID = 1L;

  /**
   * Keeps the exit code and hint of {@code cause} when it is the tool's own error: an output folder
   * entry refused mid-campaign is still bad input (exit 2), a full disk a run-time failure.
   */
  public CampaignStoppedException(String message, Throwable cause) {
    super(
        message,
        cause instanceof SamplerException own ? own.exitCode() : ExitCode.RUNTIME_FAILURE,
        cause instanceof SamplerException own ? own.hint() : null,
        cause);
  }

  @Override
  public boolean stopsCampaign() {
    return true;
  }
}
