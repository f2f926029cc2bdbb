package org.dfaas.sampler.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code setup}: bring the k6 host and the node to a state {@code check} passes. */
@Command(
    name = "setup",
    mixinStandardHelpOptions = true,
    description = {
      "Provision what the config names through Ansible (ansible-playbook on this machine):"
          + " --k6-host installs k6 of setup.k6_version and creates k6_workspace_root; --node"
          + " installs k3s, helm, OpenFaaS (gateway NodePort, basic auth) and Prometheus with"
          + " node-exporter and cAdvisor (Scaphandre when scaphandre_enabled), writes the gateway"
          + " password to a 0600 file and prints the config line naming it, then deploys the"
          + " functions. Without a flag, both.",
      "One line per step with its duration; a second run changes nothing and says so. A failed"
          + " step names the host, the step and its last lines of output (exit 1); running the"
          + " command again continues. See docs/setup.md."
    })
final class SetupCommand extends EnvironmentCommand {

  @Mixin AnsibleSteps ansible;

  @Option(names = "--k6-host", description = "Set up the k6 host.")
  boolean k6Host;

  @Option(names = "--node", description = "Set up the node and deploy the functions.")
  boolean node;

  @Override
  public Integer call() {
    boolean both = !k6Host && !node;
    return ansible.run(
        environment,
        (setup, text, check) -> {
          if (k6Host || both) {
            text.report(setup.setupK6Host(check, text::step));
          }
          if (node || both) {
            text.node(setup.setupNode(check, text::step));
          }
        });
  }
}
