package org.dfaas.sampler.cli;

import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.cli.render.SetupText;
import org.dfaas.sampler.runtime.SamplerEnvironment;
import org.dfaas.sampler.runtime.SamplerRuntime;
import org.dfaas.sampler.runtime.SetupUseCase;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code setup} and {@code teardown} share: the config, Ansible's {@code --check}, and steps
 * run on the config's runtime, each printed as it ends.
 */
final class AnsibleSteps {

  @Mixin ConfigOptions config;

  @Option(names = "--check", description = "Ansible's check mode: print what would change.")
  boolean check;

  /** The steps of a command, given the runtime's setup, the text printing them and the mode. */
  @FunctionalInterface
  interface Steps {
    void run(SetupUseCase setup, SetupText text, boolean check);
  }

  /** Runs {@code steps} on the config's runtime; a failed step ends the command with its error. */
  int run(SamplerEnvironment environment, Steps steps) {
    SetupText text = new SetupText(environment.out());
    try (SamplerRuntime runtime =
        SamplerRuntime.open(config.load(environment).config(), environment)) {
      steps.run(runtime.setup(), text, check);
    }
    return ExitCode.OK;
  }
}
