package org.dfaas.sampler.campaign;

import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;

/** A failure that every later configuration would share: the campaign stops, resumable. */
public final class CampaignStoppedException extends SamplerException {

  private static final long serialVersionUID = 1L;

  /** The campaign stops on {@code cause}, whose hint (when it has one) is kept. */
  public CampaignStoppedException(String message, Throwable cause) {
    super(
        message,
        ExitCode.RUNTIME_FAILURE,
        cause instanceof SamplerException failure ? failure.hint() : null,
        cause);
  }

  @Override
  public boolean stopsCampaign() {
    return true;
  }
}
