package org.dfaas.sampler.cli;

import java.util.concurrent.Callable;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.cli.render.SetupText;
import org.dfaas.sampler.runtime.SamplerEnvironment;
import org.dfaas.sampler.runtime.SamplerRuntime;
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
final class TeardownCommand implements Callable<Integer> {

  private final SamplerEnvironment environment;

  @Mixin ConfigOptions config;

  @Option(names = "--all", description = "Remove k6 too.")
  boolean all;

  @Option(names = "--check", description = "Ansible's check mode: print what would change.")
  boolean check;

  TeardownCommand(SamplerEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    SetupText text = new SetupText(environment.out());
    try (SamplerRuntime runtime =
        SamplerRuntime.open(config.load(environment).config(), environment)) {
      text.report(runtime.setup().teardownK6Host(all, check, text::step));
    }
    return ExitCode.OK;
  }
}
