package org.dfaas.sampler.platform;

import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;

/** The OpenFaaS gateway could not be read: unreachable, too slow, refused, or an odd reply. */
public final class GatewayException extends SamplerException {

  private static final long serialVersionUID = 1L;

  public GatewayException(String message, String hint, Throwable cause) {
    super(message, ExitCode.RUNTIME_FAILURE, hint, cause);
  }
}
