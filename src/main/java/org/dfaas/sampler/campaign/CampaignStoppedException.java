package org.dfaas.sampler.campaign;

import org.dfaas.sampler.SamplerException;

/** A failure that every later configuration would share: the campaign stops, resumable. */
public final class CampaignStoppedException extends SamplerException {

  private static final long serialVersionUID = 1L;

  public CampaignStoppedException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean stopsCampaign() {
    return true;
  }
}
