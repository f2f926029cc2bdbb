package org.dfaas.sampler.runtime;

import java.time.Duration;
import java.util.List;
import org.dfaas.sampler.config.EmbeddedSettings;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.config.GatewaySettings;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.platform.FunctionDeployment;
import org.dfaas.sampler.setup.NodeSetupReport;
import org.dfaas.sampler.setup.Provisioner;
import org.dfaas.sampler.setup.SetupListener;
import org.dfaas.sampler.setup.SetupReport;

/**
 * {@code setup --node}: the node's playbook, then the campaign's functions deployed through the
 * gateway with the password the playbook handed over (the {@code deploy} use case), then their pods
 * awaited on the node. Check mode, {@code deploy_functions: false} or no functions stop after the
 * playbook.
 */
final class NodeSetup {

  /** How long the functions may take to be ready once deployed: image pulls included. */
  static final Duration READY_WITHIN = Duration.ofMinutes(5);

  private NodeSetup() {}

  static NodeSetupResult run(
      SamplerConfig config,
      SamplerEnvironment environment,
      Provisioner provisioner,
      boolean check,
      SetupListener listener) {
    NodeSetupReport node = provisioner.setupNode(check, listener);
    if (check || !config.deployFunctions() || config.functions().isEmpty()) {
      return new NodeSetupResult(node, null, null);
    }
    GatewaySettings gateway = config.gateway();
    SamplerConfig withPassword =
        config.toBuilder()
            .gateway(
                new GatewaySettings(gateway.namespace(), gateway.user(), node.passwordFile(), null))
            .build();
    DeployResult deployed;
    try (SamplerRuntime runtime = SamplerRuntime.open(withPassword, environment)) {
      deployed = runtime.deploy(READY_WITHIN);
    }
    SetupReport pods = null;
    if (config.embedded().platform() == EmbeddedSettings.Platform.OPENFAAS) {
      List<String> names =
          config.functions().stream()
              .map(FunctionSpec::name)
              .map(FunctionDeployment::serviceOf)
              .toList();
      pods = provisioner.awaitFunctions(names, listener);
    }
    return new NodeSetupResult(node, deployed, pods);
  }
}
