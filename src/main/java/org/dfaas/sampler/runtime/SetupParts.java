package org.dfaas.sampler.runtime;

import java.time.Duration;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.setup.AnsiblePlaybook;
import org.dfaas.sampler.setup.PlaybookRunner;
import org.dfaas.sampler.setup.Provisioner;

/** Builds the parts of {@code setup} and {@code teardown}. Stateless. */
final class SetupParts {

  /**
   * The longest one playbook may run: k3s, images and a helm chart over a slow link take minutes;
   * every download inside has its own deadline.
   */
  static final Duration PLAYBOOK_TIMEOUT = Duration.ofMinutes(45);

  private SetupParts() {}

  static Provisioner provisioner(SamplerConfig config, SamplerEnvironment environment) {
    PlaybookRunner runner =
        new PlaybookRunner(
            AnsiblePlaybook.find(environment.env()), config.k6Execution(), PLAYBOOK_TIMEOUT);
    return new Provisioner(
        runner,
        config.setup(),
        config.k6(),
        new Provisioner.NodeTarget(
            config.gatewayUrl(), config.prometheusUrl(), config.scaphandreEnabled()));
  }
}
