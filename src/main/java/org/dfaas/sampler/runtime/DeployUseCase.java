package org.dfaas.sampler.runtime;

import java.time.Duration;
import java.util.List;
import org.dfaas.sampler.platform.FunctionDeployer;
import org.dfaas.sampler.platform.FunctionDeployment;
import org.dfaas.sampler.platform.StoreImages;

/**
 * The use case {@code deploy}: the config's functions deployed or updated through the gateway (the
 * sandbox's when it runs), then awaited until each has a ready replica.
 */
record DeployUseCase(RuntimeScope scope) {

  /**
   * @param readyWithin how long the functions may take to become ready once deployed
   * @throws org.dfaas.sampler.SamplerException (exit 2) naming every function with no image, before
   *     anything is sent; (exit 1) when the gateway fails or refuses, or a function is not ready in
   *     time
   */
  DeployResult deploy(Duration readyWithin) {
    List<FunctionDeployment> deployments = DeployImages.of(scope.config(), StoreImages.bundled());
    PlatformParts platform = scope.parts();
    FunctionDeployer deployer =
        new FunctionDeployer(
            platform.gateway(), scope.environment().clock(), scope.environment().sleeper());
    return new DeployResult(
        platform.config().gatewayUrl(), deployer.deploy(deployments, readyWithin));
  }
}
