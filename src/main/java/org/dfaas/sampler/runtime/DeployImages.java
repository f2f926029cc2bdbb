package org.dfaas.sampler.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.EmbeddedSettings;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.platform.FunctionDeployment;
import org.dfaas.sampler.platform.FunctionImage;
import org.dfaas.sampler.platform.StoreImages;
import org.dfaas.sampler.sandbox.SandboxServer;

/**
 * The image each configured function is deployed from: its own {@code image:}, else, on the
 * sandbox, the sandbox's own function of that name, else the pinned store table's. A function with
 * none is refused before anything is sent.
 */
final class DeployImages {

  private DeployImages() {}

  /**
   * @throws SamplerException (exit 2) naming every function with no image
   */
  static List<FunctionDeployment> of(SamplerConfig config, StoreImages store) {
    boolean sandbox = config.embedded().platform() == EmbeddedSettings.Platform.SANDBOX;
    Map<String, String> sandboxImages = sandbox ? SandboxServer.images() : Map.of();
    List<FunctionDeployment> deployments = new ArrayList<>();
    List<String> without = new ArrayList<>();
    List<FunctionSpec> functions = config.functions();
    for (int i = 0; i < functions.size(); i++) {
      FunctionSpec function = functions.get(i);
      String service = FunctionDeployment.serviceOf(function.name());
      Optional<FunctionImage> image =
          Optional.ofNullable(function.image())
              .map(own -> new FunctionImage(own, null))
              .or(
                  () ->
                      Optional.ofNullable(sandboxImages.get(service))
                          .map(own -> new FunctionImage(own, null)))
              .or(() -> store.of(service));
      if (image.isEmpty()) {
        without.add("functions[" + i + "] " + function.name());
        continue;
      }
      deployments.add(
          FunctionDeployment.of(function.name(), config.gateway().namespace(), image.get()));
    }
    if (!without.isEmpty()) {
      throw new SamplerException(
          "no image to deploy " + String.join(", ", without) + " from; nothing was deployed",
          ExitCode.BAD_INPUT,
          "give each an image: key (e.g. image: ghcr.io/openfaas/figlet:latest); without one,"
              + " only the store's "
              + String.join(", ", store.names())
              + (sandbox ? " and the sandbox's " + String.join(", ", sandboxImages.keySet()) : "")
              + " have a known image",
          null);
    }
    return deployments;
  }
}
