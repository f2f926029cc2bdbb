package org.dfaas.sampler.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code teardown}: remove what {@code setup --k6-host} made; never the node's data. */
@Command(
    name = "teardown",
    mixinStandardHelpOptions = true,
    description = {
      "Remove k6_workspace_root from the k6 host (and k6 itself with --all), through Ansible."
          + " The node and the output folders on this machine are never touched."
    })
final class TeardownCommand extends EnvironmentCommand {

  @Mixin AnsibleSteps ansible;

  @Option(names = "--all", description = "Remove k6 too.")
  boolean all;

  @Override
  public Integer call() {
    return ansible.run(
        environment,
        (setup, text, check) -> text.report(setup.teardownK6Host(all, check, text::step)));
  }
}
