package org.dfaas.sampler.runtime;

import java.time.Duration;
import java.util.List;
import org.dfaas.sampler.config.EmbeddedSettings;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.config.GatewaySettings;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.platform.FunctionDeployment;
import org.dfaas.sampler.setup.AnsiblePlaybook;
import org.dfaas.sampler.setup.NodeSetupReport;
import org.dfaas.sampler.setup.PlaybookRunner;
import org.dfaas.sampler.setup.Provisioner;
import org.dfaas.sampler.setup.SetupListener;
import org.dfaas.sampler.setup.SetupReport;

/**
 * The use cases {@code setup} and {@code teardown}: the config's k6 host and node, provisioned
 * through the shipped Ansible playbooks. Public, unlike the other use cases, because {@code setup}
 * runs two of its steps and renders each as it ends: the runtime hands it out ({@link
 * SamplerRuntime#setup}) rather than forwarding each step. Not thread-safe, as the runtime.
 */
public final class SetupUseCase {

  /**
   * The longest one playbook may run: k3s, images and a helm chart over a slow link take minutes;
   * every download inside has its own deadline.
   */
  static final Duration PLAYBOOK_TIMEOUT = Duration.ofMinutes(45);

  /** How long the functions may take to be ready once deployed: image pulls included. */
  static final Duration READY_WITHIN = Duration.ofMinutes(5);

  private final RuntimeScope scope;

  SetupUseCase(RuntimeScope scope) {
    this.scope = scope;
  }

  /** {@code setup --k6-host}: installs k6 on the k6 host and creates its workspace root. */
  public SetupReport setupK6Host(boolean check, SetupListener listener) {
    return provisioner().setupK6Host(check, listener);
  }

  /** {@code teardown}: removes the workspace root from the k6 host, and k6 too when {@code all}. */
  public SetupReport teardownK6Host(boolean all, boolean check, SetupListener listener) {
    return provisioner().teardownK6Host(all, check, listener);
  }

  /**
   * {@code setup --node}: the node's playbook, then the campaign's functions deployed through the
   * gateway with the password the playbook handed over (the {@code deploy} use case), then their
   * pods awaited on the node. Check mode, {@code deploy_functions: false} or no functions stop
   * after the playbook.
   */
  public NodeSetupResult setupNode(boolean check, SetupListener listener) {
    SamplerConfig config = scope.config();
    Provisioner provisioner = provisioner();
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
    try (SamplerRuntime runtime = SamplerRuntime.open(withPassword, scope.environment())) {
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

  /** The parts of one step, built when the step runs. */
  private Provisioner provisioner() {
    SamplerConfig config = scope.config();
    PlaybookRunner runner =
        new PlaybookRunner(
            AnsiblePlaybook.find(scope.environment().env()),
            config.k6Execution(),
            PLAYBOOK_TIMEOUT);
    return new Provisioner(
        runner,
        config.setup(),
        config.k6(),
        new Provisioner.NodeTarget(
            config.gatewayUrl(), config.prometheusUrl(), config.scaphandreEnabled()));
  }
}
