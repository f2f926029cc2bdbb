package org.dfaas.sampler.runtime;

import java.util.List;
import java.util.Objects;
import org.dfaas.sampler.platform.DeployedFunction;

/**
 * What {@code deploy} did.
 *
 * @param gatewayUrl the gateway the functions were deployed to (the sandbox's when it runs)
 * @param functions each configured function, in the config's order
 */
public record DeployResult(String gatewayUrl, List<DeployedFunction> functions) {

  public DeployResult {
    Objects.requireNonNull(gatewayUrl, "gatewayUrl");
    functions = List.copyOf(functions);
  }
}
